export { alpha3ToAlpha2, countryCodes } from './codes.js';
export { countryFlag, countryName, destinationKind } from './names.js';
export type { DestinationKind } from './names.js';
export { matchRank, normalizeSearchText, productSearchKeys } from './search.js';
export type { SearchableProduct } from './search.js';
export { createDestinationIndex, searchDestinations } from './destinations.js';
export type { DestinationEntry, DestinationIndex } from './destinations.js';
