import type { Product } from '../../api/schemas.js';
import type { DestinationEntry } from '../../geo/index.js';

export type CountryListDataState = 'loading' | 'error' | 'empty' | 'ready';
export type CountryListEntry = DestinationEntry<Product>;
/** Countries, or regions and global plans together. */
export type CountryListGroupKind = 'country' | 'region';

/** What an option shows and its state, handed to render functions. */
export interface CountryListOptionState extends CountryListEntry {
  index: number;
  active: boolean;
  selected: boolean;
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

export interface UseCountryListOptions {
  /** Selected product id (controlled); `null` for none. */
  value?: number | null | undefined;
  /** Product id selected at first (uncontrolled). @default null */
  defaultValue?: number | null | undefined;
  /** Called when the selected destination changes. */
  onChange?: ((product: Product) => void) | undefined;
  /** Called on every pick, a re-pick of the selected destination included. */
  onSelect?: ((product: Product) => void) | undefined;
  /** Visible label of the search field. @default messages.searchLabel */
  label?: string | undefined;
}
