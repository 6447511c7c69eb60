import { popularEntries, type DestinationIndex } from '../../geo/index.js';
import type { Product } from '../../api/schemas.js';
import { entryDisplay } from './display.js';
import type { CountryListEntry, CountryListGroupKind } from './types.js';

// The built-in popular group shows the catalogue's first few of geo's most-visited destinations: a
// screenful, not the whole ranking. A partner's own `popular` list is shown whole.
const DEFAULT_POPULAR_LIMIT = 8;

/** A run of options of one kind: option indexes `start` (inclusive) to `end` (exclusive); `row` is its first row. */
export interface ListSection {
  kind: CountryListGroupKind;
  start: number;
  end: number;
  row: number;
}

/**
 * The options in list order and their sections. When there is more than one section each starts with a
 * heading row, so row and option indexes differ by the headings above.
 */
export interface ListModel {
  options: readonly CountryListEntry[];
  sections: readonly ListSection[];
  headings: boolean;
  rowCount: number;
}

function model(runs: readonly [CountryListGroupKind, readonly CountryListEntry[]][]): ListModel {
  const kept = runs.filter(([, entries]) => entries.length);
  const headings = kept.length > 1;
  const sections: ListSection[] = [];
  let start = 0;
  let row = 0;
  for (const [kind, entries] of kept) {
    sections.push({ kind, start, end: start + entries.length, row });
    start += entries.length;
    row += entries.length + +headings;
  }
  const options = kept.length === 1 ? kept[0]![1] : kept.flatMap(([, entries]) => entries);
  return { options, sections, headings, rowCount: row };
}

/** Countries, then regions and global, each in the order given. */
function byKind(entries: readonly CountryListEntry[]): [CountryListEntry[], CountryListEntry[]] {
  const countries: CountryListEntry[] = [];
  const regions: CountryListEntry[] = [];
  for (const entry of entries) (entry.kind === 'country' ? countries : regions).push(entry);
  return [countries, regions];
}

/**
 * The list with an empty query: the popular destinations present (in `popular`'s order, one product per
 * code; geo's ranking by default), then regions and global (Global first, then by name), then every
 * country A–Z (popular ones too, so the alphabet has no holes).
 */
export function browseModel(index: DestinationIndex<Product>, popular: readonly string[] | undefined): ListModel {
  const [countries, regions] = byKind(index.entries);
  const codes = new Set<string>();
  const picked = popularEntries(index, popular).filter((entry) => {
    const code = entry.product.country_code.toUpperCase();
    return !codes.has(code) && codes.add(code);
  });
  const compare = new Intl.Collator(index.locale, { numeric: true }).compare;
  regions.sort((a, b) => +(b.kind === 'global') - +(a.kind === 'global') || compare(entryDisplay(a).name, entryDisplay(b).name));
  return model([
    ['popular', popular ? picked : picked.slice(0, DEFAULT_POPULAR_LIMIT)],
    ['region', regions],
    ['country', countries],
  ]);
}

/** Search results in rank order, countries apart from regions and global; the group of the best match first. */
export function searchModel(found: readonly CountryListEntry[]): ListModel {
  const [countries, regions] = byKind(found);
  return model(
    found[0]?.kind === 'country'
      ? [['country', countries], ['region', regions]]
      : [['region', regions], ['country', countries]],
  );
}

/** The section holding option `i`, one of `list.options` (sections are few: a linear scan). */
export const sectionOf = (list: ListModel, i: number): ListSection => list.sections.find((section) => i < section.end)!;

/** The row of option `i`. */
export const rowOfOption = (list: ListModel, i: number): number => {
  const section = sectionOf(list, i);
  return section.row + +list.headings + i - section.start;
};

/** The section of row `row`, and the option shown there (-1 for the section's heading). */
export function atRow(list: ListModel, row: number): [ListSection, number] {
  let section = list.sections[0]!;
  for (const next of list.sections) if (next.row <= row) section = next;
  const option = section.start + row - section.row - +list.headings;
  return [section, option < section.start ? -1 : option];
}
