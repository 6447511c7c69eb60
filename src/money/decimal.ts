/**
 * Exact decimal arithmetic for prices. The API sends amounts as JSON numbers; the value it
 * meant is the number's shortest round-trip decimal (`String(4.505)` is "4.505"), so we work
 * from that string in scaled BigInts and round exactly once. Float maths would turn 4.505 into
 * 450.49999… minor units and 4.50 × 0.95 into 427.49999….
 */

/** A non-negative decimal `units / 10^scale`. */
interface Decimal {
  units: bigint;
  scale: number;
}

const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
// Beyond 20 digits Intl refuses the currency anyway; the cap keeps 10n ** n cheap.
const MAX_DIGITS = 20;

function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

function describe(value: unknown): string {
  return typeof value === 'number' ? String(value) : `${typeof value} ${String(value)}`;
}

function checkAmount(amount: number, name: string): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${name} must be a finite number >= 0, got ${describe(amount)}`);
  }
}

function checkDigits(digits: number): void {
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_DIGITS) {
    throw new RangeError(`digits must be an integer from 0 to ${MAX_DIGITS}, got ${describe(digits)}`);
  }
}

/** The decimal the number was written as; handles exponent forms such as 1e-7 and 1e+21. */
function parseDecimal(value: number): Decimal {
  const match = DECIMAL.exec(String(value));
  if (!match) throw new RangeError(`Not a non-negative decimal: ${describe(value)}`);
  const [, int = '0', fraction = '', exponent = '0'] = match;
  const scale = fraction.length - Number(exponent);
  const units = BigInt(int + fraction);
  return scale >= 0 ? { units, scale } : { units: units * pow10(-scale), scale: 0 };
}

/** numerator / denominator rounded half away from zero; denominator > 0. */
function divideRounded(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  if (twice < denominator) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > MAX_SAFE || value < -MAX_SAFE) {
    throw new RangeError(`${what} is too large to be exact: ${value} minor units`);
  }
  return Number(value);
}

/** `amount` in minor units (`digits` decimals), rounded once, half away from zero. */
export function toMinor(amount: number, digits: number): number {
  checkAmount(amount, 'amount');
  checkDigits(digits);
  const { units, scale } = parseDecimal(amount);
  return toSafeNumber(divideRounded(units * pow10(digits), pow10(scale)), `amount ${amount}`);
}

/**
 * `amount × (1 − discountPercent / 100)` in minor units, computed exactly and rounded once,
 * half away from zero: 4.50 at 5 % with 2 digits is 428.
 */
export function discountMinor(amount: number, discountPercent: number, digits: number): number {
  checkAmount(amount, 'amount');
  checkDigits(digits);
  if (
    typeof discountPercent !== 'number' ||
    !Number.isFinite(discountPercent) ||
    discountPercent < 0 ||
    discountPercent > 100
  ) {
    throw new RangeError(`discount must be a percentage from 0 to 100, got ${describe(discountPercent)}`);
  }
  const a = parseDecimal(amount);
  const d = parseDecimal(discountPercent);
  // (100 − d) / 100 with d = d.units / 10^d.scale, kept over a common denominator.
  const keep = 100n * pow10(d.scale) - d.units;
  const numerator = a.units * keep * pow10(digits);
  const denominator = pow10(a.scale + d.scale) * 100n;
  return toSafeNumber(divideRounded(numerator, denominator), `amount ${amount} at ${discountPercent} %`);
}

/**
 * Minor units per gigabyte, rounded half away from zero; `undefined` when `gb` is 0 (unlimited
 * or per-minute plans) or not a finite positive number, so callers show no per-GB price.
 */
export function pricePerGbMinor(minor: number, gb: number): number | undefined {
  if (!Number.isSafeInteger(minor) || minor < 0) {
    throw new RangeError(`minor must be a safe integer >= 0, got ${describe(minor)}`);
  }
  if (typeof gb !== 'number' || !Number.isFinite(gb) || gb <= 0) return undefined;
  const { units, scale } = parseDecimal(gb);
  return toSafeNumber(divideRounded(BigInt(minor) * pow10(scale), units), `price per GB`);
}

/** The exact decimal string of an integer minor amount: (428, 2) → "4.28", (-5, 3) → "-0.005". */
export function minorToDecimalString(minor: number, digits: number): `${number}` {
  if (!Number.isSafeInteger(minor)) {
    throw new RangeError(`minor must be a safe integer, got ${describe(minor)}`);
  }
  checkDigits(digits);
  const sign = minor < 0 ? '-' : '';
  const abs = String(Math.abs(minor));
  if (digits === 0) return `${sign}${abs}` as `${number}`;
  const padded = abs.padStart(digits + 1, '0');
  const cut = padded.length - digits;
  // Intl.NumberFormat takes numeric strings exactly; the template type is how TS spells that.
  return `${sign}${padded.slice(0, cut)}.${padded.slice(cut)}` as `${number}`;
}
