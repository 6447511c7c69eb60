/**
 * Exact decimal arithmetic for prices. The API sends amounts as JSON numbers; the value it
 * meant is the number's shortest round-trip decimal (`String(4.505)` is "4.505"), so we work
 * from that string in scaled BigInts and round exactly once. Float maths would turn 4.505 into
 * 450.49999… minor units and 4.50 × 0.95 into 427.49999….
 */

/** Throws a RangeError naming the bad value. */
const fail = (what: string, value: unknown): never => {
  throw new RangeError(`Invalid ${what}: ${value}`);
};

/** 10^n; `n` must be an integer from 0 to 20 (Intl refuses more digits, and it keeps 10n ** n cheap). */
const pow10 = (n: number): bigint =>
  Number.isInteger(n) && n >= 0 && n <= 20 ? 10n ** BigInt(n) : fail('digits (0 to 20)', n);

/**
 * The non-negative decimal a number was written as, `[units, scale]` for `units / 10^scale`;
 * handles exponent forms such as 1e-7 and 1e+21. A RangeError names anything else (or above `max`).
 */
const parse = (value: number, name: string, max = Infinity): [bigint, bigint] => {
  const [, int, fraction = '', exponent = 0] =
    (typeof value == 'number' && value <= max && /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(String(value))) ||
    fail(name, value);
  const scale = fraction.length - +exponent;
  const units = BigInt(int! + fraction);
  return scale < 0 ? [units * 10n ** BigInt(-scale), 1n] : [units, 10n ** BigInt(scale)];
};

/** numerator / denominator (both >= 0) rounded half away from zero, as an exact safe integer. */
const divide = (numerator: bigint, denominator: bigint): number => {
  const result = Number((2n * numerator + denominator) / (2n * denominator));
  return Number.isSafeInteger(result) ? result : fail('result (too large to be exact)', result);
};

/**
 * `amount × (1 − discountPercent / 100)` in minor units, computed exactly and rounded once,
 * half away from zero: 4.50 at 5 % with 2 digits is 428.
 */
export const discountMinor = (amount: number, discountPercent: number, digits: number): number => {
  const [units, scale] = parse(amount, 'amount (a finite number >= 0)');
  const [off, offScale] = parse(discountPercent, 'discount (0 to 100)', 100);
  // (100 − d) / 100 with d = off / offScale, kept over a common denominator.
  return divide(units * (100n * offScale - off) * pow10(digits), scale * offScale * 100n);
};

/** `amount` in minor units (`digits` decimals), rounded once, half away from zero. */
export const toMinor = (amount: number, digits: number): number => discountMinor(amount, 0, digits);

/**
 * Minor units per gigabyte, rounded half away from zero; `undefined` when `gb` is 0 (unlimited
 * or per-minute plans) or not a finite positive number, so callers show no per-GB price.
 */
export const pricePerGbMinor = (minor: number, gb: number): number | undefined => {
  if (!(Number.isSafeInteger(minor) && minor >= 0)) fail('minor (a safe integer >= 0)', minor);
  if (typeof gb == 'number' && gb > 0 && gb < Infinity) {
    const [units, scale] = parse(gb, 'gb');
    return divide(BigInt(minor) * scale, units);
  }
};

/** The exact decimal string of an integer minor amount: (428, 2) → "4.28", (-5, 3) → "-0.005". */
export const minorToDecimalString = (minor: number, digits: number): `${number}` => {
  if (!Number.isSafeInteger(minor)) fail('minor (a safe integer)', minor);
  pow10(digits);
  const padded = String(Math.abs(minor)).padStart(digits + 1, '0');
  const cut = padded.length - digits;
  // Intl.NumberFormat takes numeric strings exactly; the template type is how TS spells that.
  return `${minor < 0 ? '-' : ''}${padded.slice(0, cut)}${digits ? '.' : ''}${padded.slice(cut)}` as `${number}`;
};
