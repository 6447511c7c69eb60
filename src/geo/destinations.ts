import { countryFlag, countryName, destinationKind, destinationMark, perLocale } from './names.js';
import type { DestinationKind } from './names.js';
import { popularDestinations } from './popular.js';
import { regionOf } from './regions.js';
import {
  destinationAliasKeys,
  destinationCodeKeys,
  destinationNameKeys,
  joinKeys,
  MatchRank,
  normalizeSearchText,
  prepareQuery,
  rankKeys,
  withProductName,
} from './search.js';
import type { SearchableProduct } from './search.js';

/** One product of a destination index, with what a list row shows and what search matches. */
export interface DestinationEntry<P extends SearchableProduct = SearchableProduct> {
  product: P;
  /** Display name in the index's locale: a country's, a known region's ("Europa"), a localised "Global", else the product name. */
  name: string;
  /** Flag emoji of a country, '' for regions and global. */
  flag: string;
  /** What a row shows before the name: the flag, a region's own mark (🇪🇺, 🌏…), 🌐 for global. */
  mark: string;
  /** Lets the UI group countries apart from regions and global plans. */
  kind: DestinationKind;
  /** Normalised names, the display name first, then English and product names, joined by `joinKeys`. */
  key: string;
  /** Normalised aliases ("uk", "vae", "eu"), joined by `joinKeys`. */
  aliases: string;
  /** Normalised alpha-3 and alpha-2 codes, joined by `joinKeys`; a query matches them only whole. */
  codes: string;
}

/** Products prepared once per catalogue, locale and popularity order for `searchDestinations`. */
export interface DestinationIndex<P extends SearchableProduct = SearchableProduct> {
  locale: string;
  /** Every entry, sorted by display name in the locale. */
  entries: readonly DestinationEntry<P>[];
  /** Every entry, popular destinations first in their order, then by name: search ties resolve by it. */
  bySearchOrder: readonly DestinationEntry<P>[];
  /**
   * The keys of every entry in search order, names then aliases then codes, as one string, so that a search
   * is the engine's own string search. Keys are "\n"-delimited and a query holds no "\n": a match lies
   * within one key of one entry.
   */
  haystack: string;
  /** Where each entry's keys start in `haystack`, and its length at the end. */
  starts: Int32Array;
}

export interface DestinationIndexOptions {
  /** Alpha-3 codes, most popular first; breaks ties between equally good matches. @default popularDestinations */
  popular?: readonly string[] | undefined;
}

/** Intl.Collator for the locale, cached (a collator costs far more than a comparison). */
const localeCollator = perLocale((locale) => new Intl.Collator(locale, { numeric: true }));

const codeRanks = (codes: readonly string[]): Map<string, number> =>
  new Map(codes.map((code, i) => [code.toUpperCase(), i] as const).reverse());

/**
 * Names, marks, kinds and search keys for every product, sorted by name. Build it once per
 * catalogue, locale and popular list (e.g. in a `useMemo`); `searchDestinations` then only scans.
 */
export const createDestinationIndex = <P extends SearchableProduct>(
  products: readonly P[],
  locale: string,
  options: DestinationIndexOptions = {},
): DestinationIndex<P> => {
  // Catalogues repeat a country across many products; its name and keys are made once per code. A region is
  // known by its code or by its product's name ("Europe eSIM"), so its keys are made once per code and product name.
  const shared = new Map<string, { name: string; names: readonly string[]; aliases: string; codes: string }>();
  const entries = products.map((product): DestinationEntry<P> => {
    const code = product.country_code;
    const kind = destinationKind(code);
    const region = kind === 'region' ? product.name || code : undefined;
    const cacheKey = `${code}\n${region}`;
    let keys = shared.get(cacheKey);
    if (!keys) {
      keys = {
        name: countryName(code, locale, region ?? ''),
        names: destinationNameKeys(code, locale, region),
        aliases: joinKeys(region ? (regionOf(code, region)?.aliases?.split('|') ?? []) : destinationAliasKeys(code)),
        codes: joinKeys(destinationCodeKeys(code)),
      };
      shared.set(cacheKey, keys);
    }
    const { name, names, aliases, codes } = keys;
    return {
      product,
      name: name || product.name,
      flag: countryFlag(code),
      mark: destinationMark(code, product.name),
      kind,
      key: joinKeys(withProductName(names, product.name)),
      aliases,
      codes,
    };
  });
  // Collating each distinct name once and sorting by its position is several times faster
  // than collating 5,000 pairs; the stable sort keeps API order among equal names.
  const order = new Map(
    [...new Set(entries.map((entry) => entry.name))].sort(localeCollator(locale).compare).map((name, i) => [name, i]),
  );
  entries.sort((a, b) => order.get(a.name)! - order.get(b.name)!);
  const popularity = codeRanks(options.popular ?? popularDestinations);
  const rank = (entry: DestinationEntry<P>) => popularity.get(entry.product.country_code.toUpperCase()) ?? Infinity;
  const popularFirst = entries.filter((entry) => rank(entry) < Infinity).sort((a, b) => rank(a) - rank(b));
  const bySearchOrder = popularFirst.concat(entries.filter((entry) => rank(entry) === Infinity));
  // Made with the index, so the first keystroke does not pay for it.
  const starts = new Int32Array(bySearchOrder.length + 1);
  let haystack = '';
  bySearchOrder.forEach(({ key, aliases, codes }, i) => {
    haystack += key + aliases + codes;
    starts[i + 1] = haystack.length;
  });
  return { locale, entries, bySearchOrder, haystack, starts };
};

/** Marks each entry whose keys contain `needle`: the engine's string search, resumed at the next entry after a hit. */
function markContaining({ haystack, starts }: DestinationIndex, needle: string, marks: Uint8Array): void {
  let entry = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, starts[entry]!)) {
    while (starts[entry + 1]! <= at) entry++;
    marks[entry++] = 1;
  }
}

/**
 * The entries matching `query`, best first: an exact name, alias or code, then a prefix of the display
 * name, of another name or alias, a word start, a substring of a name, and last a name or alias one
 * typo away (queries of 4+ characters); popular destinations first among equals, then by name.
 * Codes match only whole ("de" finds Germany, "eu" does not). An empty query returns every entry in name order.
 */
export const searchDestinations = <P extends SearchableProduct>(
  index: DestinationIndex<P>,
  query: string,
): DestinationEntry<P>[] => {
  const normalised = normalizeSearchText(query);
  if (!normalised) return index.entries.slice();
  const prepared = prepareQuery(normalised);
  // Only entries that can match are ranked: every match but a typo contains the query, and a typo keeps
  // the first letter at the start of a word. The native string search finds them; ranking stays per entry.
  const candidates = new Uint8Array(index.bySearchOrder.length);
  markContaining(index, normalised, candidates);
  if (prepared.typos) {
    markContaining(index, `\n${normalised[0]}`, candidates);
    markContaining(index, ` ${normalised[0]}`, candidates);
  }
  // Entries are visited in search order, so bucketing by rank keeps popularity and name order without sorting.
  const ranks: DestinationEntry<P>[][] = [[], [], [], [], [], []];
  for (let i = 0; i < candidates.length; i++) {
    if (!candidates[i]) continue;
    const entry = index.bySearchOrder[i]!;
    const rank = rankKeys(entry, prepared);
    if (rank !== MatchRank.none) ranks[rank]!.push(entry);
  }
  const found = ranks[0]!.concat(ranks[1]!, ranks[2]!, ranks[3]!, ranks[4]!, ranks[5]!);
  // Mid-IME the field holds a syllable still being composed: romaji or pinyin letters after kana or hanzi
  // ("べとなm", "日b"), or a Korean final consonant that the next vowel makes the next syllable's first ("믹"
  // on the way to 미국, "읿" to 일본). Rather than an empty list at every such keystroke, the query without it.
  const settled = normalised.replace(/([^ -~])[a-z]+$|[ᆨ-ᇂ]$/, '$1');
  return found.length || settled === normalised ? found : searchDestinations(index, settled);
};

/**
 * The entries of `popular` destinations present in the index, in `popular`'s order (a code's
 * several products in name order): what a "Popular" group shows. Codes the catalogue lacks are skipped.
 */
export const popularEntries = <P extends SearchableProduct>(
  index: DestinationIndex<P>,
  popular: readonly string[] = popularDestinations,
): DestinationEntry<P>[] => {
  const ranks = codeRanks(popular);
  const rank = (entry: DestinationEntry<P>) => ranks.get(entry.product.country_code.toUpperCase()) ?? -1;
  return index.entries.filter((entry) => rank(entry) >= 0).sort((a, b) => rank(a) - rank(b));
};
