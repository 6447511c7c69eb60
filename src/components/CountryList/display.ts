import { normalizeSearchText, withoutDirectionControls } from '../../geo/index.js';
import type { CountryListEntry } from './types.js';

/** What a row shows beyond the search index: the name once, and a detail only when it adds something. */
export interface EntryDisplay {
  /** The destination's name: a country's or known region's localised name; an unknown region's product name without "eSIM". */
  name: string;
  /** The part of the product's name that says more than `name` ("Plan 3", "Jamaica, Barbados…"), or ''. */
  detail: string;
}

// Words of a product name that say nothing a traveller does not know from the row already.
const FILLER = /^(e ?sim|sim|data|plans?|roaming|travel|card)$/;
// Separators around a product's own extra words ("Japan eSIM — Tokyo, Osaka"); an opening parenthesis is
// no separator, its closing one ends the words ("Japan eSIM (Tokyo & Osaka)").
const EDGE_JUNK = /^[\s\-‐–—:·|,/)]+|[\s\-‐–—:·|,/(]+$/g;

const isFiller = (word: string) => {
  const folded = normalizeSearchText(word);
  return !folded || FILLER.test(folded);
};

/**
 * `words` without leading separators and filler words (but a "Plan" before other words), and without a
 * trailing "eSIM" ("Ascension and Tristan da Cunha eSIM"), joined.
 */
function trimFiller(words: readonly string[]): string {
  let first = 0;
  let end = words.length;
  while (first < end && isFiller(words[first]!)) first++;
  // "Plan" names the words after it: "Japan eSIM — Plan 3" adds "Plan 3", not "3".
  if (first < end && /plan/i.test(words[first - 1] ?? '')) first--;
  // Only "eSIM" at the end: "Unlimited data" or "with roaming" keep their last word.
  while (end > first && /^e ?sim$/.test(normalizeSearchText(words[end - 1]!))) end--;
  return words.slice(first, end).join(' ').replace(EDGE_JUNK, '');
}

/**
 * What the product's name says beyond the destination: its name without the longest leading run of words
 * the destination is known by (localised or English name, alias, code), else without its first `from` words,
 * and the filler after it. "Japan eSIM" → "", "USA eSIM" → "", "Japan eSIM — Plan 3" → "Plan 3",
 * "Global Roaming" → "", "South Georgia eSIM" → "" (every word is one of the destination's).
 */
function detailAfterName(entry: CountryListEntry, words: readonly string[], from = 0): string {
  const own = normalizeSearchText(entry.product.name);
  const keys = new Set(
    `${entry.key}${entry.aliases}${entry.codes}\n${entry.name}`.split('\n').filter((key) => key && key !== own).map(normalizeSearchText),
  );
  let n = words.length;
  while (n > 0 && !keys.has(normalizeSearchText(words.slice(0, n).join(' ')))) n--;
  const detail = trimFiller(words.slice(n || from));
  if (!detail) return '';
  // Nothing but words of the destination's names, connectives and filler ("South Georgia eSIM"): it adds nothing.
  const known = new Set([...keys].flatMap((key) => key.split(' ')));
  return normalizeSearchText(detail).split(' ').every((word) => isFiller(word) || known.has(word)) ? '' : detail;
}

function describe(entry: CountryListEntry): EntryDisplay {
  const words = entry.product.name.trim().split(/\s+/);
  // A region's product name is "<its name> eSIM[ — <what it adds>]", and its name is the words before "eSIM"
  // ("Scandinavia eSIM — Norway…"), unless the index already knows it by name ("Europa"). Then what follows
  // that name tells its products apart ("Europe 30 eSIM", "Europe 42 eSIM"), as a country's do; words before
  // "eSIM" that are no name of it spell the region their own way ("Balkan eSIM") and add nothing.
  const filler = entry.kind === 'region' ? words.findIndex(isFiller) : -1;
  if (filler > 0 && entry.name === entry.product.name) return { name: words.slice(0, filler).join(' '), detail: trimFiller(words.slice(filler + 1)) };
  return { name: entry.name, detail: detailAfterName(entry, words, filler + 1) };
}

// Per index entry (entries live as long as their catalogue and locale): rows only look them up.
const displays = new WeakMap<CountryListEntry, EntryDisplay>();

/** The name and detail a row shows for `entry`; computed once per entry, on first render. */
export function entryDisplay(entry: CountryListEntry): EntryDisplay {
  let display = displays.get(entry);
  if (!display) {
    // A direction override in a product's name would reverse the detail after it.
    const { name, detail } = describe(entry);
    displays.set(entry, (display = { name: withoutDirectionControls(name), detail: withoutDirectionControls(detail) }));
  }
  return display;
}
