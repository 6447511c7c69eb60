import { currencyDigits, formatMinor, variantPrice } from '../../../src/money/index.js';

/** What Intl itself prints for a modest amount given as a plain number. */
function intl(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

describe('currencyDigits', () => {
  it('reads the minor unit from Intl', () => {
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('KWD')).toBe(3);
  });

  it('names an invalid code', () => {
    expect(() => currencyDigits('US')).toThrow(RangeError);
    expect(() => currencyDigits('US')).toThrow('"US"');
  });
});

describe('formatMinor', () => {
  const locales = ['en-US', 'de-DE', 'ja-JP', 'ar-EG'];
  const cases: [number, string, number][] = [
    [428, 'USD', 4.28],
    [1416, 'EUR', 14.16],
    [925, 'JPY', 925],
    [123456, 'JPY', 123456],
    [11111, 'KWD', 11.111],
    [5, 'KWD', 0.005],
    [0, 'USD', 0],
  ];

  it.each(locales)('agrees with Intl in %s', (locale) => {
    for (const [minor, currency, amount] of cases) {
      // Intl's own string, apart from the isolates around a Latin currency code in right-to-left formats.
      expect(formatMinor(minor, currency, locale).replace(/[\u2068\u2069]/g, '')).toBe(intl(amount, currency, locale));
    }
  });

  it('prints the locale’s own style', () => {
    expect(formatMinor(428, 'USD', 'en-US')).toBe('$4.28');
    expect(formatMinor(428, 'USD', 'de-DE')).toMatch(/^4,28\s\$$/);
    expect(formatMinor(123456, 'EUR', 'de-DE')).toMatch(/^1\.234,56\s€$/);
    expect(formatMinor(925, 'JPY', 'ja-JP')).toMatch(/^[¥￥]925$/);
    expect(formatMinor(11111, 'KWD', 'en-US')).toContain('11.111');
    expect(formatMinor(428, 'USD', 'ar-EG')).toContain('٤٫٢٨');
  });

  it('stays exact where a float would not', () => {
    expect(formatMinor(Number.MAX_SAFE_INTEGER, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
    expect(formatMinor(-5, 'USD', 'en-US')).toMatch(/^[-−]\$0\.05$/);
  });

  it('keeps a Latin currency code whole in right-to-left formats, and leaves the rest as Intl writes it', () => {
    // Without the isolate, an RTL page lays "4.28 US$" out as "$US 4.28".
    expect(formatMinor(428, 'USD', 'ar')).toBe('\u200f4.28\u00a0\u2068US$\u2069');
    expect(formatMinor(428, 'ILS', 'he')).toBe(new Intl.NumberFormat('he', { style: 'currency', currency: 'ILS' }).format(4.28));
    expect(formatMinor(428, 'USD', 'en-US')).toBe('$4.28');
    expect(formatMinor(428, 'USD', 'de-DE')).toBe('4,28\u00a0$');
  });

  it('falls back to en-US for a locale Intl rejects', () => {
    expect(formatMinor(428, 'USD', 'not a locale!')).toBe('$4.28');
  });

  it('rejects non-integer minor amounts and bad currencies', () => {
    expect(() => formatMinor(4.28, 'USD', 'en-US')).toThrow(RangeError);
    expect(() => formatMinor(428, 'DOLLARS', 'en-US')).toThrow('"DOLLARS"');
  });
});

describe('variantPrice', () => {
  it('prices the API example exactly', () => {
    expect(variantPrice({ amount: 4.5, client_discount: 5, currency_code: 'USD' })).toEqual({
      currency: 'USD',
      minorDigits: 2,
      originalMinor: 450,
      discountedMinor: 428,
      discountPercent: 5,
      original: '$4.50',
      discounted: '$4.28',
    });
  });

  it('formats in the given locale and currency', () => {
    const price = variantPrice({ amount: 1000, client_discount: 7.5, currency_code: 'JPY' }, 'de-DE');
    expect(price).toMatchObject({ minorDigits: 0, originalMinor: 1000, discountedMinor: 925 });
    expect(price.original).toMatch(/^1\.000\s¥$/);
    expect(price.discounted).toMatch(/^925\s¥$/);

    const kwd = variantPrice({ amount: 12.345, client_discount: 10, currency_code: 'KWD' });
    expect(kwd).toMatchObject({ minorDigits: 3, originalMinor: 12345, discountedMinor: 11111 });
  });

  it('keeps an undiscounted price whole', () => {
    const price = variantPrice({ amount: 14.9, client_discount: 0, currency_code: 'USD' });
    expect(price.discountedMinor).toBe(price.originalMinor);
    expect(price.discounted).toBe(price.original);
  });

  it('rounds an amount with more decimals than the currency once, after the discount', () => {
    // 4.505 × 0.9 = 4.0545 → 4.05; the original 4.505 → 4.51 (half away from zero).
    expect(variantPrice({ amount: 4.505, client_discount: 10, currency_code: 'USD' })).toMatchObject({
      originalMinor: 451,
      discountedMinor: 405,
      original: '$4.51',
      discounted: '$4.05',
    });
    // 1234.5 JPY has no minor unit: 1235 before, 1234.5 × 0.95 = 1172.775 → 1173 after.
    expect(variantPrice({ amount: 1234.5, client_discount: 5, currency_code: 'JPY' })).toMatchObject({
      originalMinor: 1235,
      discountedMinor: 1173,
    });
  });

  it('applies a discount with decimals exactly', () => {
    // 14.90 × 0.925 = 13.7825 → 13.78; 29.99 × 0.925 = 27.74075 → 27.74.
    expect(variantPrice({ amount: 14.9, client_discount: 7.5, currency_code: 'USD' })).toMatchObject({
      discountPercent: 7.5,
      discountedMinor: 1378,
      discounted: '$13.78',
    });
    expect(variantPrice({ amount: 29.99, client_discount: 7.5, currency_code: 'EUR' }, 'de-DE').discounted).toMatch(/^27,74\s€$/);
  });

  it('refuses codes that are no currency in use, whatever Intl would print for them', () => {
    for (const code of ['XXX', 'XTS', 'XAU', 'ABC', 'usd']) {
      expect(() => variantPrice({ amount: 4.5, client_discount: 0, currency_code: code })).toThrow(RangeError);
      expect(() => formatMinor(450, code, 'en-US')).toThrow(`"${code}"`);
    }
    expect(variantPrice({ amount: 1000, client_discount: 0, currency_code: 'XOF' }).originalMinor).toBe(1000);
  });

  it('refuses an amount above a billion, which per-GB maths could no longer keep exact', () => {
    expect(() => variantPrice({ amount: 1e21, client_discount: 0, currency_code: 'USD' })).toThrow(/1e\+21/);
    expect(variantPrice({ amount: 1e9, client_discount: 0, currency_code: 'KWD' }).originalMinor).toBe(1e12);
    // Just past the billion, not only far past it: the limit is where it says.
    expect(() => variantPrice({ amount: 1e9 + 0.01, client_discount: 0, currency_code: 'KWD' })).toThrow(RangeError);
    expect(() => variantPrice({ amount: 2e9, client_discount: 0, currency_code: 'USD' })).toThrow('2000000000');
  });

  it('throws a RangeError naming a bad amount or discount', () => {
    expect(() => variantPrice({ amount: -4.5, client_discount: 5, currency_code: 'USD' })).toThrow('-4.5');
    expect(() => variantPrice({ amount: 4.5, client_discount: 120, currency_code: 'USD' })).toThrow('120');
    expect(() => variantPrice({ amount: 4.5, client_discount: 5, currency_code: '$' })).toThrow(RangeError);
  });
});
