import { countryFlag, countryName, destinationKind, supportedLocale } from './names.js';
import type { DestinationKind } from './names.js';
import { destinationSearchKeys, matchRank, normalizeSearchText, withProductName } from './search.js';
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
  /** Normalised search keys (see `productSearchKeys`). */
  keys: readonly string[];
}

/** Products prepared once per catalogue and locale for `searchDestinations`. */
export interface DestinationIndex<P extends SearchableProduct = SearchableProduct> {
  locale: string;
  /** Every entry, sorted by display name in the locale. */
  entries: readonly DestinationEntry<P>[];
}

const collatorCache = new Map<string, Intl.Collator>();

/** Intl.Collator for the locale, cached (a collator costs far more than a comparison). */
export function localeCollator(locale: string): Intl.Collator {
  let collator = collatorCache.get(locale);
  if (!collator) {
    collator = new Intl.Collator(supportedLocale(locale), { numeric: true });
    collatorCache.set(locale, collator);
  }
  return collator;
}

/**
 * Names, flags, kinds and search keys for every product, sorted by name. Build it once per
 * catalogue and locale (e.g. in a `useMemo`); `searchDestinations` then only scans.
 */
export function createDestinationIndex<P extends SearchableProduct>(
  products: readonly P[],
  locale: string,
): DestinationIndex<P> {
  // Catalogues repeat a country across many products; names and keys are per code.
  const byCode = new Map<string, Omit<DestinationEntry<P>, 'product'>>();
  const entries = products.map((product): DestinationEntry<P> => {
    const code = product.country_code;
    let shared = byCode.get(code);
    if (!shared) {
      shared = {
        name: countryName(code, locale, ''),
        flag: countryFlag(code),
        kind: destinationKind(code),
        keys: destinationSearchKeys(code, locale),
      };
      byCode.set(code, shared);
    }
    return {
      product,
      name: shared.name || product.name,
      flag: shared.flag,
      kind: shared.kind,
      keys: withProductName(shared.keys, product.name),
    };
  });
  // Collating each distinct name once and sorting by its position is several times faster
  // than collating 5,000 pairs; the stable sort keeps API order among equal names.
  const collator = localeCollator(locale);
  const order = new Map<string, number>();
  [...new Set(entries.map((entry) => entry.name))]
    .sort(collator.compare)
    .forEach((name, position) => order.set(name, position));
  entries.sort((a, b) => (order.get(a.name) ?? 0) - (order.get(b.name) ?? 0));
  return { locale, entries };
}

/**
 * The entries matching `query`, best rank first (name prefix, then word prefix, then
 * substring) and by localised name within a rank. An empty query returns every entry.
 */
export function searchDestinations<P extends SearchableProduct>(
  index: DestinationIndex<P>,
  query: string,
): DestinationEntry<P>[] {
  const normalised = normalizeSearchText(query);
  if (normalised.length === 0) return index.entries.slice();
  // The entries are already in name order, so bucketing by rank keeps that order without sorting.
  const prefix: DestinationEntry<P>[] = [];
  const word: DestinationEntry<P>[] = [];
  const inside: DestinationEntry<P>[] = [];
  for (const entry of index.entries) {
    const rank = matchRank(entry.keys, normalised);
    if (rank === 0) prefix.push(entry);
    else if (rank === 1) word.push(entry);
    else if (rank === 2) inside.push(entry);
  }
  return prefix.concat(word, inside);
}
