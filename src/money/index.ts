export { discountMinor, minorToDecimalString, pricePerGbMinor, toMinor } from './decimal.js';
export { currencyDigits, formatMinor } from './format.js';
export { variantPrice } from './price.js';
export type { Price, PricedVariant } from './price.js';
