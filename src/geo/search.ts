import { alpha3ToAlpha2 } from './codes.js';
import { countryName } from './names.js';

/** What a product needs to be found by search. */
export interface SearchableProduct {
  country_code: string;
  name: string;
}

// NFD leaves these letters whole, yet travellers type them with plain Latin keyboards. PLAIN[i] is
// the spelling of LETTERS.source[i] (index 0 is the class's "[").
const LETTERS = /[ßøæœłđðþıħ]/g;
const PLAIN = ' ss o ae oe l d d th i h'.split(' ');

/**
 * Folds text for matching: lower case, accents and punctuation gone, whitespace collapsed.
 * "Curaçao" → "curacao", "Åland" → "aland", "Straße" → "strasse", "Guinea-Bissau" → "guinea bissau".
 * Apostrophes vanish ("Côte d’Ivoire" ↔ "cote divoire"); other punctuation separates words so
 * "Guinea-Bissau" is found by "bissau" as a word start.
 */
export const normalizeSearchText = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f'’ʼ`´]/g, '')
    .replace(LETTERS, (c) => PLAIN[LETTERS.source.indexOf(c)]!)
    .replace(/[\s\-‐–—_.,;:()/&+"“”]+/g, ' ')
    .trim();

// Names people type that Intl's English and local names (always keys) do not contain or start
// with, already normalised. Both spellings are listed where ICU versions disagree
// (Türkiye/Turkey, Czechia/Czech Republic).
const ALIASES: Readonly<Record<string, string>> = {
  USA: 'america|united states of america',
  GBR: 'uk|britain|great britain|england',
  ARE: 'uae|dubai',
  NLD: 'holland',
  CZE: 'czechia|czech republic',
  TUR: 'turkiye|turkey',
  CIV: 'ivory coast',
  SWZ: 'swaziland',
  VAT: 'holy see',
  RUS: 'russian federation',
  IRN: 'persia',
  VNM: 'viet nam',
  PSE: 'palestine',
  CPV: 'cape verde|cabo verde',
  TLS: 'east timor',
  COD: 'drc|dr congo',
  MAC: 'macau|macao',
  GLO: 'worldwide',
};

/**
 * The normalised keys a destination code is found by, whatever the product: localised and
 * English names, alpha-3 and alpha-2 codes, aliases. A region code yields only itself.
 */
export const destinationSearchKeys = (code: string, locale: string): string[] => {
  const upper = code.toUpperCase();
  return [
    ...new Set(
      [
        countryName(upper, locale, ''),
        countryName(upper, 'en', ''),
        upper,
        alpha3ToAlpha2(upper) ?? '',
        ...(ALIASES[upper]?.split('|') ?? []),
      ].map(normalizeSearchText),
    ),
  ].filter(Boolean);
};

/** `keys` plus the normalised product name, unless a key already equals it. */
export const withProductName = (keys: readonly string[], productName: string): string[] => {
  const name = normalizeSearchText(productName);
  return name && !keys.includes(name) ? [...keys, name] : [...keys];
};

/**
 * The normalised strings a product is found by: its localised and English names, alpha-3 and
 * alpha-2 codes, the product's own name and common aliases ("uae", "holland", "turkey").
 */
export const productSearchKeys = (product: SearchableProduct, locale: string): string[] =>
  withProductName(destinationSearchKeys(product.country_code, locale), product.name);

/**
 * `keys` as one string, each key after a line feed (which normalised text never holds): one string per product
 * instead of an array, and `rankKey` finds a key start as "\n" + query.
 */
export const joinKeys = (keys: readonly string[]): string => `\n${keys.join('\n')}`;

/**
 * How well a `joinKeys` string matches a normalised query: 0 a key starts with it, 1 a word inside a key
 * does, 2 it occurs anywhere, -1 no match. An empty query matches everything with 0. Runs per product per
 * keystroke: callers make `keyStart` ("\n" + query) and `wordStart` (" " + query) once, so it only scans.
 */
export const rankKey = (key: string, query: string, keyStart: string, wordStart: string): number =>
  key.includes(keyStart) ? 0 : key.includes(wordStart) ? 1 : key.includes(query) ? 2 : -1;

/** `rankKey` over separate normalised `keys`. */
export const matchRank = (keys: readonly string[], query: string): number =>
  rankKey(joinKeys(keys), query, `\n${query}`, ` ${query}`);
