import { isCurrencyCode } from '../../../src/money/index.js';

describe('isCurrencyCode', () => {
  it.each(['USD', 'EUR', 'JPY', 'KWD', 'CHF', 'XOF', 'XAF', 'XCD', 'XPF'])('%s is money', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['XXX', 'XTS', 'XAU', 'XAG', 'XDR', 'XSU', 'ABC', 'ZZZ', 'usd', 'US', 'USDT', '', 5, null])('%j is not', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('without Intl.supportedValuesOf (engines before 2022)', () => {
  const supportedValuesOf = Intl.supportedValuesOf;
  beforeEach(() => {
    vi.resetModules();
    Object.defineProperty(Intl, 'supportedValuesOf', { value: undefined, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(Intl, 'supportedValuesOf', { value: supportedValuesOf, configurable: true, writable: true });
  });

  it('tells money from invented and non-cash codes all the same', async () => {
    const fresh = await import('../../../src/money/currency.js');
    expect(['USD', 'JPY', 'XOF'].map(fresh.isCurrencyCode)).toEqual([true, true, true]);
    expect(['ABC', 'XXX', 'XAU'].map(fresh.isCurrencyCode)).toEqual([false, false, false]);
  });
});
