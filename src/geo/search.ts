import { alpha3ToAlpha2 } from './codes.js';
import { countryName } from './names.js';

/** What a product needs to be found by search. */
export interface SearchableProduct {
  country_code: string;
  name: string;
}

// NFD leaves these letters whole, yet travellers type them with plain Latin keyboards.
// Apostrophes vanish ("Côte d’Ivoire" ↔ "cote divoire"); other punctuation separates words so
// "Guinea-Bissau" is found by "bissau" as a word start.
const SUBSTITUTES: Readonly<Record<string, string>> = {
  ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
  "'": '', '’': '', 'ʼ': '', '`': '', '´': '',
  '-': ' ', '‐': ' ', '–': ' ', '—': ' ', _: ' ', '.': ' ', ',': ' ', ';': ' ', ':': ' ',
  '(': ' ', ')': ' ', '/': ' ', '&': ' ', '+': ' ', '"': ' ', '“': ' ', '”': ' ',
};
const FOLD = /[\u0300-\u036fßøæœłđðþıħ'’ʼ`´\-‐–—_.,;:()/&+"“”]/g;
const SPACES = /\s+/g;

function substitute(char: string): string {
  // Combining marks left over by NFD are not in the table and simply go.
  return SUBSTITUTES[char] ?? '';
}

/**
 * Folds text for matching: lower case, accents and punctuation gone, whitespace collapsed.
 * "Curaçao" → "curacao", "Åland" → "aland", "Straße" → "strasse", "Guinea-Bissau" → "guinea bissau".
 */
export function normalizeSearchText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(FOLD, substitute).replace(SPACES, ' ').trim();
}

// Names people type that Intl's English and local names may not contain, already normalised.
// Both spellings are listed where ICU versions disagree (Türkiye/Turkey, Czechia/Czech Republic).
const ALIASES: Readonly<Record<string, string>> = {
  USA: 'usa|us|america|united states|united states of america',
  GBR: 'uk|gb|britain|great britain|england|scotland|wales|united kingdom',
  ARE: 'uae|emirates|united arab emirates|dubai',
  NLD: 'holland|netherlands',
  CZE: 'czechia|czech republic',
  TUR: 'turkiye|turkey',
  KOR: 'south korea|korea',
  PRK: 'north korea',
  MKD: 'north macedonia|macedonia',
  CIV: 'ivory coast|cote divoire',
  MMR: 'burma|myanmar',
  SWZ: 'eswatini|swaziland',
  VAT: 'vatican|holy see',
  RUS: 'russia|russian federation',
  VNM: 'vietnam|viet nam',
  LAO: 'laos',
  IRN: 'iran|persia',
  SYR: 'syria',
  BOL: 'bolivia',
  VEN: 'venezuela',
  TZA: 'tanzania',
  MDA: 'moldova',
  PSE: 'palestine',
  CPV: 'cape verde|cabo verde',
  TLS: 'east timor|timor leste',
  COD: 'drc|dr congo|congo kinshasa',
  COG: 'congo brazzaville',
  HKG: 'hong kong',
  MAC: 'macau|macao',
  BRN: 'brunei',
  GLO: 'global|world|worldwide',
};

/**
 * The normalised keys a destination code is found by, whatever the product: localised and
 * English names, alpha-3 and alpha-2 codes, aliases. A region code yields only itself.
 */
export function destinationSearchKeys(code: string, locale: string): string[] {
  const upper = code.toUpperCase();
  const keys = new Set<string>();
  // An empty fallback leaves regions nameless here; their product name is added per product.
  keys.add(normalizeSearchText(countryName(upper, locale, '')));
  keys.add(normalizeSearchText(countryName(upper, 'en', '')));
  keys.add(upper.toLowerCase());
  const alpha2 = alpha3ToAlpha2(upper);
  if (alpha2 !== undefined) keys.add(alpha2.toLowerCase());
  const aliases = ALIASES[upper];
  if (aliases !== undefined) for (const alias of aliases.split('|')) keys.add(alias);
  keys.delete('');
  return [...keys];
}

/** `keys` plus the normalised product name, unless a key already equals it. */
export function withProductName(keys: readonly string[], productName: string): string[] {
  const name = normalizeSearchText(productName);
  return name === '' || keys.includes(name) ? keys.slice() : [...keys, name];
}

/**
 * The normalised strings a product is found by: its localised and English names, alpha-3 and
 * alpha-2 codes, the product's own name and common aliases ("uae", "holland", "turkey").
 */
export function productSearchKeys(product: SearchableProduct, locale: string): string[] {
  return withProductName(destinationSearchKeys(product.country_code, locale), product.name);
}

const SPACE = 32;
const NO_MATCH = 3;

/**
 * How well normalised `keys` match a normalised query: 0 a key starts with it, 1 a word inside a
 * key does, 2 it occurs anywhere, -1 no match. An empty query matches everything with 0.
 * Runs per product per keystroke, so it only scans with indexOf and allocates nothing.
 */
export function matchRank(keys: readonly string[], normalisedQuery: string): number {
  if (normalisedQuery.length === 0) return 0;
  let best = NO_MATCH;
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    if (key === undefined) continue;
    let at = key.indexOf(normalisedQuery);
    if (at === 0) return 0;
    while (at > 0 && best > 1) {
      if (key.charCodeAt(at - 1) === SPACE) best = 1;
      else if (best > 2) best = 2;
      at = key.indexOf(normalisedQuery, at + 1);
    }
  }
  return best === NO_MATCH ? -1 : best;
}
