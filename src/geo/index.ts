export { alpha3ToAlpha2, countryCodes } from './codes.js';
export { countryFlag, countryName, destinationKind, supportedLocale } from './names.js';
export type { DestinationKind } from './names.js';
export {
  destinationSearchKeys,
  matchRank,
  normalizeSearchText,
  productSearchKeys,
} from './search.js';
export type { SearchableProduct } from './search.js';
export { createDestinationIndex, localeCollator, searchDestinations } from './destinations.js';
export type { DestinationEntry, DestinationIndex } from './destinations.js';
