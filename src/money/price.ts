import { discountMinor, toMinor } from './decimal.js';
import { currencyDigits, formatMinor } from './format.js';
import { MAX_AMOUNT } from './limits.js';

/** A variant's price before and after the partner's discount, exact and formatted. */
export interface Price {
  /** ISO 4217 code, e.g. "USD". */
  currency: string;
  /** Digits of the currency's minor unit as Intl resolves them (USD 2, JPY 0, KWD 3). */
  minorDigits: number;
  /** `amount` in minor units, rounded half away from zero. */
  originalMinor: number;
  /** `amount × (1 − discountPercent / 100)` in minor units, rounded once, half away from zero. */
  discountedMinor: number;
  /** The variant's `client_discount`, 0–100. */
  discountPercent: number;
  /** `originalMinor` formatted in the locale, e.g. "$4.50". */
  original: string;
  /** `discountedMinor` formatted in the locale, e.g. "$4.28". */
  discounted: string;
}

/** The fields of a variant that decide its price. */
export interface PricedVariant {
  amount: number;
  client_discount: number;
  currency_code: string;
}

/**
 * The variant's price before and after `client_discount`, exact and formatted in `locale`.
 * Throws a RangeError naming the bad value for an amount outside 0 to `MAX_AMOUNT`, a discount
 * outside 0–100 or a code that is no ISO 4217 currency in use.
 * @example variantPrice({ amount: 4.5, client_discount: 5, currency_code: 'USD' }).discounted // "$4.28"
 */
export const variantPrice = (
  { amount, client_discount: discountPercent, currency_code: currency }: PricedVariant,
  locale = 'en-US',
): Price => {
  if (amount > MAX_AMOUNT) throw new RangeError(`Invalid amount (0 to ${MAX_AMOUNT}): ${amount}`);
  const minorDigits = currencyDigits(currency);
  const originalMinor = toMinor(amount, minorDigits);
  const discountedMinor = discountMinor(amount, discountPercent, minorDigits);
  return {
    currency,
    minorDigits,
    originalMinor,
    discountedMinor,
    discountPercent,
    original: formatMinor(originalMinor, currency, locale),
    discounted: formatMinor(discountedMinor, currency, locale),
  };
};
