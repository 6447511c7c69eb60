import type { Product } from '../../api/schemas.js';
import { createDestinationIndex, searchDestinations, type DestinationEntry, type DestinationIndex } from '../../geo/index.js';
import type { EsimMessages } from '../../i18n/messages.js';
import { dataFlag } from '../shared/classNames.js';

export type CountryListDataState = 'loading' | 'error' | 'empty' | 'ready';
export type CountryListEntry = DestinationEntry<Product>;
/** Countries, or regions and global plans together. */
export type CountryListGroupKind = 'country' | 'region';

/** What an option shows and its state, handed to render functions. */
export interface CountryListOptionState extends CountryListEntry {
  index: number;
  active: boolean;
  selected: boolean;
  disabled: boolean;
  /** Number of options in the whole (filtered) list. */
  setSize: number;
}

/** A run of rendered options of one group; `label` is undefined when the list is not grouped. */
export interface CountryListGroup {
  kind: CountryListGroupKind;
  label: string | undefined;
  /** Whether the group's heading row is within the rendered rows. */
  heading: boolean;
  /** Option indexes `start` (inclusive) to `end` (exclusive). */
  start: number;
  end: number;
}

/** The filtered list: one group after the other, `split` options in the first. */
export interface CountryListResults {
  items: CountryListEntry[];
  split: number;
  grouped: boolean;
  firstKind: CountryListGroupKind;
}

// Per catalogue (TanStack keeps the array while the data is unchanged) and locale, shared by every
// list on the page: coming back from the plans remounts the list without rebuilding ~5,000 entries.
const indexes = new WeakMap<readonly Product[], Map<string, DestinationIndex<Product>>>();
export function destinationIndex(products: readonly Product[], locale: string): DestinationIndex<Product> {
  let byLocale = indexes.get(products);
  if (!byLocale) indexes.set(products, (byLocale = new Map()));
  let index = byLocale.get(locale);
  if (!index) byLocale.set(locale, (index = createDestinationIndex(products, locale)));
  return index;
}

/** Searches and groups: countries apart from regions and global plans. */
export function groupResults(index: DestinationIndex<Product> | undefined, query: string): CountryListResults {
  const found = index ? searchDestinations(index, query) : [];
  const countries: CountryListEntry[] = [];
  const others: CountryListEntry[] = [];
  for (const entry of found) (entry.kind === 'country' ? countries : others).push(entry);
  // Rank order is kept inside each group; with a query the group holding the best match comes
  // first, so "europe" shows the Europe plan on top instead of below every country containing "eu".
  const regionsFirst = query !== '' && found[0] !== undefined && found[0].kind !== 'country';
  const [head, tail] = regionsFirst ? [others, countries] : [countries, others];
  return {
    items: head.concat(tail),
    split: head.length,
    grouped: head.length > 0 && tail.length > 0,
    firstKind: regionsFirst ? 'region' : 'country',
  };
}

/** Rows are [heading, options 0…split-1, heading, options split…] when grouped, else just options. */
export const rowOfOption = ({ grouped, split }: CountryListResults, i: number) => (grouped ? i + (i < split ? 1 : 2) : i);

/** The groups, and their options, within rendered rows `start`…`end`. */
export function visibleGroups(results: CountryListResults, start: number, end: number, messages: EsimMessages): CountryListGroup[] {
  const { items, split, grouped, firstKind } = results;
  if (!grouped) {
    return items.length ? [{ kind: items[0]?.kind === 'country' ? 'country' : 'region', label: undefined, heading: false, start, end }] : [];
  }
  const labels = { country: messages.countriesGroup, region: messages.regionsGroup };
  const otherKind: CountryListGroupKind = firstKind === 'country' ? 'region' : 'country';
  const groups: CountryListGroup[] = [];
  if (start <= split) {
    groups.push({ kind: firstKind, label: labels[firstKind], heading: start === 0, start: Math.max(0, start - 1), end: Math.min(split, end - 1) });
  }
  if (end > split + 1) {
    groups.push({ kind: otherKind, label: labels[otherKind], heading: start <= split + 1, start: Math.max(split, start - 2), end: end - 2 });
  }
  return groups;
}

export function announcementFor(status: CountryListDataState, count: number, query: string, messages: EsimMessages) {
  if (status === 'loading' || status === 'error') return '';
  if (count > 0) return messages.resultCount(count);
  return query ? messages.noDestinations(query) : messages.emptyCatalogue;
}

/** ARIA and data attributes of the option at `option.index`; `CountryList.Option` and `getOptionProps` share them. */
export function optionAttributes(option: CountryListOptionState, id: string) {
  return {
    id,
    role: 'option',
    'aria-selected': option.selected,
    'aria-disabled': option.disabled || undefined,
    'aria-setsize': option.setSize,
    'aria-posinset': option.index + 1,
    'data-index': option.index,
    'data-kind': option.kind,
    'data-active': dataFlag(option.active),
    'data-selected': dataFlag(option.selected),
    'data-disabled': dataFlag(option.disabled),
  } as const;
}
