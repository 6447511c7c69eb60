export { discountMinor, minorToDecimalString, pricePerGbMinor, toMinor } from './decimal.js';
export { currencyDigits, formatMinor } from './format.js';
export { variantPrice } from './price.js';
export type { Price, PricedVariant } from './price.js';
export { isCurrencyCode } from './currency.js';
export { isPlanData, MAX_AMOUNT, MAX_DATA_GB, MAX_VALIDITY_DAYS, MIN_DATA_GB } from './limits.js';
