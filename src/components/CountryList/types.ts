import type { Product } from '../../api/schemas.js';
import type { DestinationEntry } from '../../geo/index.js';

/** `offline`: no catalogue yet and the browser is offline (loading resumes by itself once back online). */
export type CountryListDataState = 'loading' | 'offline' | 'error' | 'empty' | 'ready';
export type CountryListEntry = DestinationEntry<Product>;
/** Popular destinations (empty query only), countries, or regions and global plans together. */
export type CountryListGroupKind = 'popular' | 'country' | 'region';

/** What an option shows and its state, handed to render functions. */
export interface CountryListOptionState extends CountryListEntry {
  index: number;
  /** The highlighted option (where Enter acts), whether or not the field has focus. */
  active: boolean;
  /** Shown as active: the option is active and the search field has focus. */
  focused: boolean;
  selected: boolean;
  /** Number of options in the whole (filtered) list. */
  setSize: number;
  /** The group the option is listed in (a popular destination is listed again among the countries). */
  group: CountryListGroupKind;
  /** What the product's name adds to `name` ("Plan 3"), or '' when it would only repeat it. */
  detail: string;
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
  /** Called when the selected destination changes: by a pick, or a preselection once the catalogue lists it. */
  onChange?: ((product: Product) => void) | undefined;
  /** Called on every pick, a re-pick of the selected destination included. */
  onSelect?: ((product: Product) => void) | undefined;
  /** Visible label of the search field. @default messages.searchLabel */
  label?: string | undefined;
  /** Selected destination by alpha-3 code (controlled), e.g. "JPN"; `null` for none. `value` wins when both are given. */
  country?: string | null | undefined;
  /** Destination preselected by alpha-3 code once the catalogue lists it (uncontrolled), e.g. "JPN". @default null */
  defaultCountry?: string | null | undefined;
  /** Called with the alpha-3 code when the traveller picks a destination of another country. */
  onCountryChange?: ((country: string) => void) | undefined;
  /** Alpha-3 codes listed first under "Popular" while the query is empty; `[]` hides the group. @default the most-visited destinations in the catalogue */
  popular?: readonly string[] | undefined;
}
