import { minorToDecimalString } from './decimal.js';

const digitsCache = new Map<string, number>();
// Lists format hundreds of prices per render; an Intl.NumberFormat costs far more than a lookup.
const formatterCache = new Map<string, Intl.NumberFormat>();

/**
 * The currency's minor-unit digits as Intl resolves them (USD 2, JPY 0, KWD 3). Throws a
 * RangeError naming the code when it is not a well-formed ISO 4217 code.
 */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits;
    } catch {
      throw new RangeError(`Invalid currency code: ${JSON.stringify(currency)} (expected ISO 4217, e.g. "USD")`);
    }
    digits ??= 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

function formatter(currency: string, locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let cached = formatterCache.get(key);
  if (!cached) {
    const options: Intl.NumberFormatOptions = {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    };
    try {
      cached = new Intl.NumberFormat(locale, options);
    } catch {
      // The currency was already validated, so only the locale can be at fault: a partner's
      // odd locale string should cost the formatting style, not the checkout.
      cached = new Intl.NumberFormat('en-US', options);
    }
    formatterCache.set(key, cached);
  }
  return cached;
}

/**
 * Formats an integer amount of minor units in the locale: (428, 'USD', 'de-DE') → "4,28 $".
 * The value reaches Intl as an exact decimal string, so no float division can misprint it.
 */
export function formatMinor(minor: number, currency: string, locale: string): string {
  const digits = currencyDigits(currency);
  return formatter(currency, locale, digits).format(minorToDecimalString(minor, digits));
}
