// variantPrice over generated plans, against an exact reference that shares no code with src/money: the
// amount as the decimal it was written as (units / 10^scale), the currency's digits from ISO 4217.
import fc from 'fast-check';
import { variantPrice } from '../../../src/money/index.js';
import { apiAmount, CURRENCY_DIGITS, currency, fuzz } from '../api/arbitraries.js';

/** units / 10^scale × (10000 − h) / 10000 in minor units, rounded half away from zero (values are ≥ 0). */
function reference(units: bigint, scale: number, hundredths: number, digits: number): number {
  const numerator = units * BigInt(10_000 - hundredths) * 10n ** BigInt(digits);
  const denominator = 10n ** BigInt(scale) * 10_000n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

describe('variantPrice properties', () => {
  it('is exact against the reference, never raises the price, and formats in every locale', () => {
    fc.assert(
      fc.property(
        apiAmount,
        fc.integer({ min: 0, max: 10_000 }),
        currency,
        fc.constantFrom('en-US', 'de-DE', 'ja-JP', 'ar-EG', 'hi-IN'),
        (amount, hundredths, code, locale) => {
          const price = variantPrice({ amount: amount.value, client_discount: Number(`${hundredths}e-2`), currency_code: code }, locale);
          const digits = CURRENCY_DIGITS[code];
          expect(price.minorDigits).toBe(digits);
          expect(price.originalMinor).toBe(reference(amount.units, amount.scale, 0, digits));
          expect(price.discountedMinor).toBe(reference(amount.units, amount.scale, hundredths, digits));
          expect(price.discountedMinor).toBeLessThanOrEqual(price.originalMinor);
          expect(price.original).toMatch(/\p{Nd}/u);
          expect(price.discounted).toMatch(/\p{Nd}/u);
        },
      ),
      fuzz,
    );
  });
});
