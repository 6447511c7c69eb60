import fc from 'fast-check';
import { discountMinor, minorToDecimalString, pricePerGbMinor, toMinor } from '../../../src/money/index.js';

/** A decimal as the API means it: `units / 10^scale`, and the JSON number that carries it. */
interface ApiDecimal {
  units: bigint;
  scale: number;
  value: number;
}

// Up to 10 significant digits, so the number's shortest round-trip string is the same decimal.
const apiDecimal = fc
  .record({ units: fc.integer({ min: 0, max: 9_999_999_999 }), scale: fc.integer({ min: 0, max: 6 }) })
  .map(({ units, scale }): ApiDecimal => ({ units: BigInt(units), scale, value: Number(`${units}e-${scale}`) }));
// Discounts with up to two decimals, in hundredths of a percent.
const hundredths = fc.integer({ min: 0, max: 10_000 });
const digits = fc.constantFrom(0, 2, 3);

/** Independent reference: exact rational, then floor(x + 1/2) (all values are non-negative). */
function reference(amount: ApiDecimal, discountHundredths: number, minorDigits: number): number {
  const numerator = amount.units * BigInt(10_000 - discountHundredths) * 10n ** BigInt(minorDigits);
  const denominator = 10n ** BigInt(amount.scale) * 10_000n;
  return Number((2n * numerator + denominator) / (2n * denominator));
}

const percent = (h: number): number => Number(`${h}e-2`);

describe('discountMinor / toMinor properties', () => {
  it('match an exact BigInt reference', () => {
    fc.assert(
      fc.property(apiDecimal, hundredths, digits, (amount, h, d) => {
        expect(discountMinor(amount.value, percent(h), d)).toBe(reference(amount, h, d));
        expect(toMinor(amount.value, d)).toBe(reference(amount, 0, d));
      }),
      { numRuns: 2000 },
    );
  });

  it('0 % is the original, 100 % is zero, and the discounted price never exceeds the original', () => {
    fc.assert(
      fc.property(apiDecimal, hundredths, digits, (amount, h, d) => {
        const original = toMinor(amount.value, d);
        const discounted = discountMinor(amount.value, percent(h), d);
        expect(discountMinor(amount.value, 0, d)).toBe(original);
        expect(discountMinor(amount.value, 100, d)).toBe(0);
        expect(Number.isSafeInteger(discounted)).toBe(true);
        expect(discounted).toBeLessThanOrEqual(original);
        expect(discounted).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('a bigger discount never gives a bigger price', () => {
    fc.assert(
      fc.property(apiDecimal, hundredths, hundredths, digits, (amount, h1, h2, d) => {
        const [low, high] = h1 <= h2 ? [h1, h2] : [h2, h1];
        expect(discountMinor(amount.value, percent(high), d)).toBeLessThanOrEqual(
          discountMinor(amount.value, percent(low), d),
        );
      }),
    );
  });
});

describe('known prices', () => {
  it.each([
    // amount, discount, digits, expected minor
    [4.5, 5, 2, 428], // 4.275 → 4.28; Math.round(4.5 * 0.95 * 100) gives 427
    [14.9, 5, 2, 1416], // 14.155 → 14.16
    [1000, 7.5, 0, 925], // JPY
    [12.345, 10, 3, 11111], // KWD: 11.1105 → 11.111
    [4.505, 0, 2, 451], // 4.505 * 100 is 450.49999… in floats
    [2.675, 0, 2, 268], // (2.675).toFixed(2) is "2.67"
    [0.005, 0, 2, 1],
    [0.004, 0, 2, 0],
    [1.005, 0, 2, 101],
    [0.015, 50, 2, 1], // 0.0075 → 0.01
    [99.99, 33.33, 2, 6666], // 66.663333 → 66.66
    [10, 12.5, 0, 9], // 8.75 → 9
    [1e-7, 0, 2, 0],
    [1.5e-7, 0, 2, 0],
    [1e15, 0, 0, 1e15],
    [7e13, 50, 2, 3.5e15],
  ])('%s at %s percent, %s digits → %s', (amount, discount, d, expected) => {
    expect(discountMinor(amount, discount, d)).toBe(expected);
  });

  it('rounds the original once, half away from zero', () => {
    expect(toMinor(4.505, 2)).toBe(451);
    expect(toMinor(2.675, 2)).toBe(268);
    expect(toMinor(0.0005, 3)).toBe(1);
    expect(toMinor(0.49, 0)).toBe(0);
    expect(toMinor(0.5, 0)).toBe(1);
    expect(toMinor(-0, 2)).toBe(0);
  });
});

describe('invalid input', () => {
  it.each([-1, -0.01, Number.NaN, Number.POSITIVE_INFINITY])('amount %s throws a RangeError naming it', (amount) => {
    expect(() => toMinor(amount, 2)).toThrow(RangeError);
    expect(() => discountMinor(amount, 5, 2)).toThrow(String(amount));
  });

  it.each([-1, 100.01, 101, Number.NaN, Number.NEGATIVE_INFINITY])('discount %s throws a RangeError naming it', (discount) => {
    expect(() => discountMinor(4.5, discount, 2)).toThrow(RangeError);
    expect(() => discountMinor(4.5, discount, 2)).toThrow(String(discount));
  });

  it('throws when the result is no longer a safe integer', () => {
    expect(() => toMinor(1e21, 2)).toThrow(RangeError);
    expect(() => toMinor(1e14, 2)).toThrow(/too large/);
    expect(toMinor(9e13, 2)).toBe(9e15);
  });

  it('rejects digits outside 0–20', () => {
    expect(() => toMinor(1, -1)).toThrow(RangeError);
    expect(() => toMinor(1, 1.5)).toThrow(RangeError);
  });
});

describe('helpers', () => {
  it('writes minor units as an exact decimal string', () => {
    expect(minorToDecimalString(428, 2)).toBe('4.28');
    expect(minorToDecimalString(5, 3)).toBe('0.005');
    expect(minorToDecimalString(-5, 2)).toBe('-0.05');
    expect(minorToDecimalString(925, 0)).toBe('925');
    expect(minorToDecimalString(Number.MAX_SAFE_INTEGER, 2)).toBe('90071992547409.91');
    expect(() => minorToDecimalString(1.5, 2)).toThrow(RangeError);
  });

  it('divides a price by its data exactly', () => {
    expect(pricePerGbMinor(428, 1)).toBe(428);
    expect(pricePerGbMinor(1416, 5)).toBe(283); // 283.2
    expect(pricePerGbMinor(1000, 1.5)).toBe(667); // 666.67
    expect(pricePerGbMinor(3, 2)).toBe(2); // 1.5, half away from zero
    expect(pricePerGbMinor(428, 0)).toBeUndefined();
    expect(pricePerGbMinor(428, Number.NaN)).toBeUndefined();
  });
});
