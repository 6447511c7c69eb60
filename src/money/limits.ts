// What exact money and a plan card can handle. The api schemas leave out any record beyond these, so
// whatever the client returns can be priced: with at most 4 minor digits (Intl resolves 0–3 for every
// currency in use), MAX_AMOUNT is at most 10^13 minor units, and divided by MIN_DATA_GB at most 10^15,
// both below Number.MAX_SAFE_INTEGER (9.007 × 10^15). No real plan comes near either end.

/** The largest price in major units (a billion: room for IDR, VND or IRR plan prices). */
export const MAX_AMOUNT = 1e9;
/** The least data a plan may include besides 0 (unlimited or per-minute): 10 MB. */
export const MIN_DATA_GB = 0.01;
/** The most data a plan may include: a petabyte. */
export const MAX_DATA_GB = 1e6;
/** The longest validity: ten years. */
export const MAX_VALIDITY_DAYS = 3650;

/** 0 (unlimited or per-minute), or MIN_DATA_GB to MAX_DATA_GB. */
export const isPlanData = (gb: number): boolean => gb === 0 || (gb >= MIN_DATA_GB && gb <= MAX_DATA_GB);
