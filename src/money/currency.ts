// Which codes are money a traveller can be charged in. Intl formats any three letters ("ABC 4.28",
// "¤4.28" for XXX), so its acceptance proves nothing; whether it has a name for the code does.

/** X-codes that are not cash: gold and other metals, funds, SDR, test and "no currency" (XXX). The five real X-currencies stay. */
const NOT_CASH = /^X(?!AF|CD|CG|OF|PF)/;

/**
 * The runtime's ISO 4217 names, made on first use (never at import). `Intl.DisplayNames` names only codes
 * it knows (Chrome 81, Safari 14.1, Firefox 86, Node 14): ABC reads as unknown. It also knows withdrawn
 * codes (DEM), which Intl still formats exactly; `Intl.supportedValuesOf` (2022) would refuse those, at
 * 60 B gzip more in the client and a second path for older engines.
 */
let names: Intl.DisplayNames | undefined;

/** True for an ISO 4217 code of money Intl knows (`USD`, `JPY`, `XOF`); false for `XXX`, `XAU`, `XTS`, `ABC`, `usd`. */
export const isCurrencyCode = (code: unknown): code is string =>
  typeof code == 'string' &&
  /^[A-Z]{3}$/.test(code) &&
  !NOT_CASH.test(code) &&
  (names ??= new Intl.DisplayNames('en', { type: 'currency', fallback: 'none' })).of(code) !== undefined;
