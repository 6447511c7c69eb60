import { countryFlag, countryName, destinationKind, perLocale } from './names.js';
import type { DestinationKind } from './names.js';
import { destinationSearchKeys, joinKeys, normalizeSearchText, rankKey, withProductName } from './search.js';
import type { SearchableProduct } from './search.js';

/** One product of a destination index, with what a list row shows and what search matches. */
export interface DestinationEntry<P extends SearchableProduct = SearchableProduct> {
  product: P;
  /** Display name in the index's locale (a region's product name, a localised "Global"). */
  name: string;
  /** Flag emoji, '' for regions and global. */
  flag: string;
  /** Lets the UI group countries apart from regions and global plans. */
  kind: DestinationKind;
  /** Normalised search keys (see `productSearchKeys`), joined by `joinKeys`. */
  key: string;
}

/** Products prepared once per catalogue and locale for `searchDestinations`. */
export interface DestinationIndex<P extends SearchableProduct = SearchableProduct> {
  locale: string;
  /** Every entry, sorted by display name in the locale. */
  entries: readonly DestinationEntry<P>[];
}

/** Intl.Collator for the locale, cached (a collator costs far more than a comparison). */
export const localeCollator = perLocale((locale) => new Intl.Collator(locale, { numeric: true }));

/**
 * Names, flags, kinds and search keys for every product, sorted by name. Build it once per
 * catalogue and locale (e.g. in a `useMemo`); `searchDestinations` then only scans.
 */
export const createDestinationIndex = <P extends SearchableProduct>(
  products: readonly P[],
  locale: string,
): DestinationIndex<P> => {
  // Catalogues repeat a country across many products; names and keys are per code.
  const byCode = new Map<string, [string, readonly string[]]>();
  const entries = products.map((product): DestinationEntry<P> => {
    const code = product.country_code;
    let shared = byCode.get(code);
    if (!shared) byCode.set(code, (shared = [countryName(code, locale, ''), destinationSearchKeys(code, locale)]));
    return {
      product,
      name: shared[0] || product.name,
      flag: countryFlag(code),
      kind: destinationKind(code),
      key: joinKeys(withProductName(shared[1], product.name)),
    };
  });
  // Collating each distinct name once and sorting by its position is several times faster
  // than collating 5,000 pairs; the stable sort keeps API order among equal names.
  const order = new Map(
    [...new Set(entries.map((entry) => entry.name))].sort(localeCollator(locale).compare).map((name, i) => [name, i]),
  );
  entries.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  return { locale, entries };
};

/**
 * The entries matching `query`, best rank first (name prefix, then word prefix, then
 * substring) and by localised name within a rank. An empty query returns every entry.
 */
export const searchDestinations = <P extends SearchableProduct>(
  index: DestinationIndex<P>,
  query: string,
): DestinationEntry<P>[] => {
  const normalised = normalizeSearchText(query);
  if (!normalised) return index.entries.slice();
  // The entries are already in name order, so bucketing by rank keeps that order without sorting.
  const ranks: DestinationEntry<P>[][] = [[], [], []];
  const keyStart = `\n${normalised}`;
  const wordStart = ` ${normalised}`;
  for (const entry of index.entries) {
    const rank = rankKey(entry.key, normalised, keyStart, wordStart);
    if (rank >= 0) ranks[rank]!.push(entry);
  }
  return ranks[0]!.concat(ranks[1]!, ranks[2]!);
};
