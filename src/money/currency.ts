// Which codes are money a traveller can be charged in. Intl formats any three letters ("ABC 4.28",
// "¤4.28" for XXX), so its acceptance proves nothing; its list of supported currencies does.

/** X-codes that are not cash: gold and other metals, funds, SDR, test and "no currency" (XXX). The five real X-currencies stay. */
const NOT_CASH = /^X(?!AF|CD|CG|OF|PF)/;

let known: ((code: string) => boolean) | undefined;

/**
 * The runtime's ISO 4217 knowledge, read once on first use (never at import): `Intl.supportedValuesOf`
 * where it exists (Chrome 99, Safari 15.4, Firefox 93, Node 18); else `Intl.DisplayNames`, which names
 * only codes it knows; else (very old engines) any well-formed code.
 */
function knownCurrencies(): (code: string) => boolean {
  if (typeof Intl.supportedValuesOf == 'function') {
    const codes = new Set(Intl.supportedValuesOf('currency'));
    return (code) => codes.has(code);
  }
  if (typeof Intl.DisplayNames == 'function') {
    const names = new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' });
    return (code) => names.of(code) !== undefined;
  }
  return () => true;
}

/** True for an ISO 4217 code of a currency in use (`USD`, `JPY`, `XOF`); false for `XXX`, `XAU`, `ABC`, `usd`. */
export const isCurrencyCode = (code: unknown): code is string =>
  typeof code == 'string' && /^[A-Z]{3}$/.test(code) && !NOT_CASH.test(code) && (known ??= knownCurrencies())(code);
