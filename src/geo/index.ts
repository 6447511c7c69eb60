export { alpha3ToAlpha2, countryCodes, normalCountryCode } from './codes.js';
export { countryFlag, countryName, destinationKind, destinationMark, withoutDirectionControls } from './names.js';
export type { DestinationKind } from './names.js';
export { popularDestinations } from './popular.js';
export { MatchRank, matchRank, normalizeSearchText, productSearchKeys } from './search.js';
export type { SearchableProduct } from './search.js';
export { createDestinationIndex, popularEntries, searchDestinations } from './destinations.js';
export type { DestinationEntry, DestinationIndex, DestinationIndexOptions } from './destinations.js';
