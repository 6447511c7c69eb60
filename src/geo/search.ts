import { ALIASES } from './aliases.js';
import { alpha3ToAlpha2 } from './codes.js';
import { countryName } from './names.js';

/** What a product needs to be found by search. */
export interface SearchableProduct {
  country_code: string;
  name: string;
}

// NFKD leaves these letters whole, yet travellers type them with plain Latin keyboards, and to an Arabic
// searcher ٱ/ا, ى/ي and ة/ه are one letter (as are أ, إ, آ and ا, whose hamza or madda NFKD splits off).
// PLAIN[i] is the spelling of LETTERS.source[i] (index 0 is the class's "[").
const LETTERS = /[ßøæœłđðþıħٱىة]/g;
const PLAIN = ' ss o ae oe l d d th i h ا ي ه'.split(' ');

/**
 * Folds text for matching: lower case, accents, Arabic vowel marks and Hebrew points gone, full-width
 * forms plain, punctuation gone, whitespace collapsed. "Curaçao" → "curacao", "Straße" → "strasse",
 * "Guinea-Bissau" → "guinea bissau", "أمريكا" → "امريكا", "ＵＳＡ" → "usa". Apostrophes and
 * gershayim vanish ("Côte d’Ivoire" ↔ "cote divoire", "ארה״ב" ↔ "ארהב"); other punctuation
 * separates words so "Guinea-Bissau" is found by "bissau" as a word start. Hiragana is read as
 * katakana ("あめりか" → "アメリカ").
 */
export const normalizeSearchText = (text: string): string =>
  // Most product names and typed queries are plain ASCII: the same result without the Unicode passes.
  /^[\x20-\x7e\t\n]*$/.test(text)
    ? text.toLowerCase().replace(/['`"]/g, '').replace(/[\s\-_.,;:()/&+]+/g, ' ').trim()
    : normalizeUnicode(text);

const normalizeUnicode = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’ʼ`´\u064b-\u065f\u0670\u0640\u0591-\u05bd\u05bf-\u05c7\u05f3\u05f4"“”]/g, '')
    .replace(LETTERS, (c) => PLAIN[LETTERS.source.indexOf(c)]!)
    // Hiragana as katakana, one block 0x60 below the other: an IME shows "あめりか" until it is converted,
    // and Intl's names are in katakana ("アメリカ").
    .replace(/[ぁ-ゖ]/g, (c) => String.fromCodePoint(c.charCodeAt(0) + 96))
    .replace(/[\s\-‐–—_.,;:()/&+\u05be]+/g, ' ')
    .trim();

/**
 * The normalised names of a destination code: localised first (the display name), then English, and English
 * spelled out as travellers type it where CLDR abbreviates ("St. Kitts & Nevis" → "saint kitts and nevis").
 * A key of its own rather than a fold of every key and query, so that each spelling's prefixes still match
 * while it is typed ("sa…", "trinidad a…") and nothing else moves. Likewise each name as it is typed without
 * its special letters where a fold cannot reach: on a Chinese page in either script (a Hong Kong traveller on
 * a Simplified page types 台灣, 泰國), German umlauts as ae/oe/ue ("oes…" → Österreich), and Arabic without the
 * article ال ("هند" → الهند, India, not Honduras). `fallback` names a region known by its product's name.
 */
export const destinationNameKeys = (code: string, locale: string, fallback = ''): string[] => {
  const names = [locale, 'en', ...(/^zh/i.test(locale) ? ['zh', 'zh-Hant'] : [])].map((l) => countryName(code, l, fallback));
  names.push(names[1]!.replace(/\bSt\./g, 'Saint').replace(/&/g, 'and'));
  // The article as Intl writes it, before the fold: ألمانيا and ألبانيا start with a hamza'd alif, not with ال.
  const keys = names.flatMap((name) => [name, name.replace(/[äöü]/gi, '$&e'), name.replace(/(^| )ال/g, '$1')]);
  return [...new Set(keys.map(normalizeSearchText))].filter(Boolean);
};

/** The normalised aliases travellers type for a destination code ("uk", "vae", "ドバイ"). */
export const destinationAliasKeys = (code: string): string[] =>
  (ALIASES[code.toUpperCase()]?.split('|') ?? []).map(normalizeSearchText);

/** The codes a destination is found by, normalised; they match a query only whole. */
export const destinationCodeKeys = (code: string): string[] =>
  [code, alpha3ToAlpha2(code) ?? ''].map(normalizeSearchText).filter(Boolean);

/** `keys` plus the normalised product name, unless a key already equals it. */
export const withProductName = (keys: readonly string[], productName: string): string[] => {
  const name = normalizeSearchText(productName);
  return name && !keys.includes(name) ? [...keys, name] : [...keys];
};

/**
 * The normalised strings a product is found by: its localised and English names, alpha-3 and
 * alpha-2 codes, the product's own name and common aliases ("uae", "holland", "turkey").
 */
export const productSearchKeys = (product: SearchableProduct, locale: string): string[] => [
  ...new Set([
    ...withProductName(destinationNameKeys(product.country_code, locale), product.name),
    ...destinationAliasKeys(product.country_code),
    ...destinationCodeKeys(product.country_code),
  ]),
];

/**
 * `keys` as one string, each key between line feeds (which normalised text never holds): one string
 * per product instead of an array; a key equals the query where "\n" + query + "\n" occurs.
 */
export const joinKeys = (keys: readonly string[]): string => `\n${keys.join('\n')}\n`;

/** How a query matched, best first. Lower is better; -1 is no match. */
export const MatchRank = { exact: 0, namePrefix: 1, prefix: 2, wordPrefix: 3, substring: 4, typo: 5, none: -1 } as const;

/** A normalised query with the needles `rankKeys` looks for, made once per keystroke. */
export interface PreparedQuery {
  text: string;
  whole: string;
  start: string;
  word: string;
  /** Whether one-edit typos are tolerated (4 characters or more). */
  typos: boolean;
}

export const prepareQuery = (normalised: string): PreparedQuery => ({
  text: normalised,
  whole: `\n${normalised}\n`,
  start: `\n${normalised}`,
  word: ` ${normalised}`,
  typos: normalised.length >= 4,
});

// Whether q[from…] equals text from `at` on (text running out or a key ending counts as a difference).
const sameFrom = (text: string, at: number, q: string, from: number): boolean => {
  for (let k = from; k < q.length; k++) if (text.charCodeAt(at + k - from) !== q.charCodeAt(k)) return false;
  return true;
};

/**
 * Whether the text from `at`, whose first letter is q's, starts with `q` give or take one edit: a letter
 * swapped for another, added, left out, or two neighbours transposed. Linear in q, no allocation.
 */
const startsWithinOneEdit = (text: string, at: number, q: string): boolean => {
  let i = 0;
  while (i < q.length && text.charCodeAt(at + i) === q.charCodeAt(i)) i++;
  if (i === q.length) return true;
  return (
    sameFrom(text, at + i + 1, q, i + 1) || // substituted
    sameFrom(text, at + i, q, i + 1) || // one letter too many
    sameFrom(text, at + i + 1, q, i) || // one letter left out
    (text.charCodeAt(at + i) === q.charCodeAt(i + 1) &&
      text.charCodeAt(at + i + 1) === q.charCodeAt(i) &&
      sameFrom(text, at + i + 2, q, i + 2)) // transposed
  );
};

/**
 * Whether a word of `names` (a `joinKeys` string) starts with `q` within one edit after its first letter: a
 * first letter typed wrong is rare and makes too many false friends ("fran" → Iran), so only words that start
 * with q's first letter are tried.
 */
const typoMatch = (names: string, q: string): boolean => {
  const first = q[0]!;
  for (let at = names.indexOf(first); at >= 0; at = names.indexOf(first, at + 1)) {
    const before = names.charCodeAt(at - 1);
    if ((before === 10 || before === 32) && startsWithinOneEdit(names, at, q)) return true;
  }
  return false;
};

/** A product's search keys as `joinKeys` strings, made once per catalogue. */
export interface SearchKeys {
  /** Its display name first, then its English and product names. */
  key: string;
  /** Aliases: whole or as a prefix (of a word), never as a substring, which would only add noise. */
  aliases: string;
  /** Codes: only whole. */
  codes: string;
}

/**
 * How well a product matches: an exact name, alias or code; a prefix of its display name; a prefix of
 * another name or alias; a word start; a substring of a name; a name or alias one typo away (4+
 * characters). Runs per product per keystroke: it only scans.
 */
export const rankKeys = ({ key, aliases, codes }: SearchKeys, query: PreparedQuery): number =>
  key.includes(query.whole) || aliases.includes(query.whole) || codes.includes(query.whole)
    ? MatchRank.exact
    : key.startsWith(query.start)
      ? MatchRank.namePrefix
      : key.includes(query.start) || aliases.includes(query.start)
        ? MatchRank.prefix
        : key.includes(query.word) || aliases.includes(query.word)
          ? MatchRank.wordPrefix
          : key.includes(query.text)
            ? MatchRank.substring
            : query.typos && (typoMatch(key, query.text) || typoMatch(aliases, query.text))
              ? MatchRank.typo
              : MatchRank.none;

/** `rankKeys` over separate normalised names (display name first), aliases and codes, for one-off checks. */
export const matchRank = (
  names: readonly string[],
  query: string,
  { aliases = [], codes = [] }: { aliases?: readonly string[]; codes?: readonly string[] } = {},
): number =>
  query
    ? rankKeys({ key: joinKeys(names), aliases: joinKeys(aliases), codes: joinKeys(codes) }, prepareQuery(query))
    : MatchRank.exact;
