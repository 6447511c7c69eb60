import { isCurrencyCode } from '../../../src/money/index.js';

describe('isCurrencyCode', () => {
  it.each(['USD', 'EUR', 'JPY', 'KWD', 'CHF', 'XOF', 'XAF', 'XCD', 'XPF'])('%s is money', (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });

  it.each(['XXX', 'XTS', 'XAU', 'XAG', 'XDR', 'XSU', 'ABC', 'ZZZ', 'usd', 'US', 'USDT', '', 5, null])('%j is not', (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe('on runtimes without Intl.supportedValuesOf', () => {
  const supportedValuesOf = Intl.supportedValuesOf;
  beforeEach(() => {
    vi.resetModules();
    Object.defineProperty(Intl, 'supportedValuesOf', { value: undefined, configurable: true, writable: true });
  });
  afterEach(() => {
    Object.defineProperty(Intl, 'supportedValuesOf', { value: supportedValuesOf, configurable: true, writable: true });
  });

  it('asks Intl.DisplayNames, which names only codes it knows', async () => {
    const fresh = await import('../../../src/money/currency.js');
    expect(['USD', 'JPY', 'XOF'].map(fresh.isCurrencyCode)).toEqual([true, true, true]);
    expect(['ABC', 'XXX', 'XAU'].map(fresh.isCurrencyCode)).toEqual([false, false, false]);
  });
});
