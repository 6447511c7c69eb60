import { isCurrencyCode } from './currency.js';
import { minorToDecimalString } from './decimal.js';

// Lists format hundreds of prices per render; an Intl.NumberFormat costs far more than a lookup.
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * The currency formatter for the locale, cached. A locale Intl rejects costs the formatting style
 * (en-US), not the checkout; a code that is no ISO 4217 currency in use (`XXX`, `ABC`, `usd`) is a
 * RangeError naming it.
 */
const formatter = (currency: string, locale: string): Intl.NumberFormat => {
  const key = `${locale}\u0000${currency}`;
  let cached = formatters.get(key);
  if (!cached) {
    if (!isCurrencyCode(currency)) throw new RangeError(`Invalid currency code: ${JSON.stringify(currency)}`);
    const options = { style: 'currency', currency } as const;
    try {
      cached = new Intl.NumberFormat(locale, options);
    } catch {
      cached = new Intl.NumberFormat('en-US', options);
    }
    formatters.set(key, cached);
  }
  return cached;
};

/**
 * The currency's minor-unit digits as Intl resolves them (USD 2, JPY 0, KWD 3). Throws a
 * RangeError naming the code when it is no ISO 4217 currency in use.
 */
export const currencyDigits = (currency: string): number =>
  formatter(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;

/**
 * Formats an integer amount of minor units in the locale: (428, 'USD', 'de-DE') → "4,28 $".
 * The value reaches Intl as an exact decimal string (with the currency's own digits, so Intl
 * never rounds it), so no float division can misprint it. Right-to-left formats (they open with
 * U+200F) get a Latin currency code isolated (U+2068…U+2069): otherwise the bidi algorithm splits
 * "4.28 US$" into "$US 4.28" wherever the string is shown, a price tag or an aria-label alike.
 */
export const formatMinor = (minor: number, currency: string, locale: string): string => {
  const format = formatter(currency, locale);
  const value = minorToDecimalString(minor, currencyDigits(currency));
  const text = format.format(value);
  return text[0] === '\u200f'
    ? format
        .formatToParts(value)
        .map((part) => (part.type === 'currency' && /[a-z]/i.test(part.value) ? `\u2068${part.value}\u2069` : part.value))
        .join('')
    : text;
};
