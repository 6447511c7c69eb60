import {
  createContext,
  Fragment,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import type { Product } from '../../api/schemas.js';
import { createDestinationIndex, searchDestinations, type DestinationEntry, type DestinationIndex } from '../../geo/index.js';
import { useCatalogue, usePrefetchProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { ErrorState } from '../shared/ErrorState.js';
import { partClassName, type ClassNameProp } from '../shared/classNames.js';
import { useControllableState } from '../shared/useControllableState.js';

// One module on purpose: the bundle pays for each module's own imports of react and the JSX runtime.

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
  /** Makes the list read-only, e.g. while the checkout submits. @default false */
  disabled?: boolean | undefined;
  /** Row height in px. @default measured from the first option (`--esim-option-height`) */
  rowHeight?: number | undefined;
  /** Rows rendered beyond each edge of the visible area. @default 3 */
  overscan?: number | undefined;
}

// Row height until the first option is measured: the default theme's `--esim-option-height` (3.5rem at 16 px).
const DEFAULT_ROW_HEIGHT = 56;
// jsdom and a hidden list report no size; render about a list's worth of rows anyway.
const FALLBACK_VIEWPORT_ROWS = 8;
const PREFETCH_INTENT_MS = 120;
// Long enough that typing "germ" is announced once, not four times.
const ANNOUNCE_DELAY_MS = 500;
// Windowing needs a scroll box even without the stylesheet; its height stays themeable by variable.
const LISTBOX_STYLE = { overflowY: 'auto', maxHeight: 'var(--esim-list-height, 22rem)' } as const;

// Per catalogue (TanStack keeps the array while the data is unchanged) and locale, shared by every
// list on the page: coming back from the plans remounts the list without rebuilding ~5,000 entries.
const indexes = new WeakMap<readonly Product[], Record<string, DestinationIndex<Product>>>();

/** `data-*` flags: present (empty) when truthy, absent otherwise, so `[data-selected]` selectors work. */
export const flag = (on: unknown) => (on ? '' : undefined);

const indexOfTarget = (event: SyntheticEvent): number => {
  const option = (event.target as Element).closest?.('[data-index]');
  return option ? Number(option.getAttribute('data-index')) : -1;
};

/**
 * Everything CountryList does, without markup: catalogue, local search, grouping, keyboard,
 * selection, prefetch, windowing and announcements, as state plus prop getters.
 *
 * Windowing is fixed-height and hand-rolled: rows sit in normal flow after a padding that stands in
 * for the rows above, inside a box as tall as the whole list (no absolute positioning, so an unstyled
 * list whose rows are not exactly `rowHeight` tall never overlaps, it only scrolls slightly off).
 */
export function useCountryList(options: UseCountryListOptions = {}) {
  const { onChange, onSelect, disabled = false, overscan = 3 } = options;
  const { locale, dir, messages } = useEsimContext();
  const catalogue = useCatalogue();
  const prefetch = usePrefetchProduct();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useControllableState<number | null>(options.value, options.defaultValue ?? null);

  const products = catalogue.data?.products;
  // Names, flags and search keys are built once per catalogue and locale; keystrokes only scan them.
  const index = useMemo(() => {
    if (!products) return;
    let byLocale = indexes.get(products);
    if (!byLocale) indexes.set(products, (byLocale = {}));
    return (byLocale[locale] ??= createDestinationIndex(products, locale));
  }, [products, locale]);
  const trimmed = query.trim();

  // Countries apart from regions and global plans, rank order kept inside each group; with a query the
  // group holding the best match comes first, so "europe" shows the Europe plan on top of every "eu" country.
  const { items, split, regionsFirst } = useMemo(() => {
    const found = index ? searchDestinations(index, trimmed) : [];
    const groups: [CountryListEntry[], CountryListEntry[]] = [[], []];
    const regionsFirst = !!trimmed && !!found[0] && found[0].kind !== 'country';
    for (const entry of found) groups[+((entry.kind === 'country') === regionsFirst)]!.push(entry);
    return { items: groups[0].concat(groups[1]), split: groups[0].length, regionsFirst };
  }, [index, trimmed]);
  const grouped = split > 0 && split < items.length;
  const count = items.length;

  const status: CountryListDataState = index ? (count ? 'ready' : 'empty') : catalogue.isError ? 'error' : 'loading';

  // The active option belongs to one result list: a new list starts on its top match while
  // searching, else on the selected destination, so Enter picks what the traveller sees first.
  const [activeState, setActiveState] = useState<{ items: CountryListEntry[] | null; index: number }>({
    items: null,
    index: -1,
  });
  const activeIndex =
    activeState.items === items
      ? activeState.index
      : trimmed ? (count ? 0 : -1) : items.findIndex((entry) => entry.product.id === selectedId);
  const activeEntry = items[activeIndex];

  // Windowing. Rows are [heading, options 0…split-1, heading, options split…] when grouped, else options.
  const [first, setFirst] = useState(0);
  const [viewport, setViewport] = useState(0);
  const [measured, setMeasured] = useState(0);
  const listRef = useRef<HTMLElement | null>(null);
  const observer = useRef<ResizeObserver | undefined>(undefined);
  const scrollTop = useRef(0);
  const rowHeight = options.rowHeight ?? (measured || DEFAULT_ROW_HEIGHT);
  const visible = viewport ? Math.ceil(viewport / rowHeight) : FALLBACK_VIEWPORT_ROWS;
  const rowCount = count + (grouped ? 2 : 0);
  const start = Math.max(0, Math.min(first, rowCount - visible) - overscan);
  const end = Math.min(rowCount, first + visible + overscan);

  const listboxRef = useCallback((node: HTMLElement | null) => {
    observer.current?.disconnect();
    listRef.current = node;
    if (!node || typeof ResizeObserver === 'undefined') return;
    // Resize callbacks run after layout, so these reads force nothing. The sizer is observed too: its
    // height changes when the rows first appear, which is when the first option can be measured.
    const resized = (observer.current = new ResizeObserver(() => {
      setViewport(node.clientHeight);
      const option = node.querySelector<HTMLElement>('[role="option"]');
      if (option?.offsetHeight) setMeasured(option.offsetHeight);
    }));
    resized.observe(node);
    if (node.firstElementChild) resized.observe(node.firstElementChild);
  }, []);

  // Browsers dispatch scroll events at most once per frame, just before requestAnimationFrame callbacks,
  // so a rAF throttle would only add a frame of blank rows. React skips the render unless the first row changed.
  const scrolled = (top: number) => {
    scrollTop.current = top;
    setFirst(Math.floor(top / rowHeight));
  };
  /** Scrolls the least needed so that rows `from`…`to` are in view; the target rows render in the same commit. */
  const reveal = (from: number, to: number) => {
    // Until the first resize callback, ask the element (once, e.g. to show a preselected option on mount).
    const view = viewport || listRef.current?.clientHeight || FALLBACK_VIEWPORT_ROWS * rowHeight;
    const top = from * rowHeight;
    const bottom = (to + 1) * rowHeight - view;
    const target = top < scrollTop.current ? top : bottom > scrollTop.current ? bottom : -1;
    if (target < 0) return;
    if (listRef.current) listRef.current.scrollTop = target;
    scrolled(target);
  };
  const revealOption = (i: number) => {
    const row = grouped ? i + (i < split ? 1 : 2) : i;
    // The first option of a group brings its heading along.
    reveal(grouped && (i === 0 || i === split) ? row - 1 : row, row);
  };
  useLayoutEffect(() => {
    revealOption(Math.max(activeIndex, 0));
    // Only a new result list moves the scroll position; keys and clicks reveal what they activate.
  }, [items]); // eslint-disable-line react-hooks/exhaustive-deps

  const intentTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const hovered = useRef<number | undefined>(undefined);
  // Hover and keyboard both wait a moment, so sweeping the pointer across the list or holding an
  // arrow key does not fire a request per row; the last option rested on is the one loaded.
  const intend = (id: number | undefined) => {
    clearTimeout(intentTimer.current);
    if (id !== undefined) intentTimer.current = setTimeout(prefetch, PREFETCH_INTENT_MS, id);
  };
  // pointerover bubbles from every child of a row; only crossing into another row restarts the wait.
  const hover = (id: number | undefined) => id !== hovered.current && intend((hovered.current = id));
  useEffect(() => () => clearTimeout(intentTimer.current), []);

  // What the empty state shows and, once typing pauses, the polite live region announces.
  const message =
    status === 'ready'
      ? messages.resultCount(count)
      : status === 'empty'
        ? trimmed ? messages.noDestinations(trimmed) : messages.emptyCatalogue
        : '';
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(setAnnounced, ANNOUNCE_DELAY_MS, message);
    return () => clearTimeout(timer);
  }, [message]);

  const activate = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    setActiveState({ items, index: i });
    revealOption(i);
    intend(entry.product.id);
  };
  const select = (i: number) => {
    const entry = items[i];
    if (!entry || disabled) return;
    setActiveState({ items, index: i });
    if (entry.product.id !== selectedId) {
      setSelectedId(entry.product.id);
      onChange?.(entry.product);
    }
    onSelect?.(entry.product);
  };

  const pageSize = Math.max(1, visible - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    const last = count - 1;
    const to = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex < 0 ? last : activeIndex - 1,
      PageDown: Math.max(activeIndex, 0) + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: last,
    }[key];
    if (event.nativeEvent.isComposing || event.altKey) return;
    if (key === 'Enter') {
      if (activeIndex < 0) return;
      select(activeIndex); // and no form submit: a pick must not send the partner's checkout
    } else if (key === 'Escape') {
      // Nothing to clear: let the key reach the host (a dialog may want to close).
      if (!query) return;
      event.stopPropagation();
      setQuery('');
    } else {
      // The field is editable: once it holds text, Home/End (the only keys here shorter than 5 letters)
      // move the caret as in any text field (screen reader users review what they typed with them). On an
      // empty field there is no caret to move, so they jump to the first/last option; Ctrl/⌘+Home/End always jump.
      if (to === undefined || (key.length < 5 && query && !event.ctrlKey && !event.metaKey)) return;
      activate(Math.max(0, Math.min(last, to)));
    }
    event.preventDefault();
  };

  const listboxId = `${baseId}-listbox`;
  const inputId = `${baseId}-input`;
  const optionId = (id: number) => `${baseId}-option-${id}`;
  const getOption = (i: number): CountryListOptionState => {
    const entry = items[i]!;
    return {
      ...entry,
      index: i,
      active: i === activeIndex,
      selected: entry.product.id === selectedId,
      disabled,
      setSize: count,
    };
  };

  // The groups, and their options, within rendered rows start…end. Group g holds options lo…hi, each
  // `off` rows down (past the headings above it); its heading, when grouped, is row lo + g.
  const groups: CountryListGroup[] = [];
  for (const g of [0, 1]) {
    const lo = g ? split : 0;
    const hi = g ? count : split;
    const off = grouped ? g + 1 : 0;
    const kind: CountryListGroupKind = (g === 1) === regionsFirst ? 'country' : 'region';
    const heading = grouped && start <= lo + g && lo + g < end;
    const from = Math.max(lo, start - off);
    const to = Math.min(hi, end - off);
    if (from < to || heading) {
      groups.push({
        kind,
        label: grouped ? messages[kind === 'country' ? 'countriesGroup' : 'regionsGroup'] : undefined,
        heading,
        start: from,
        end: to,
      });
    }
  }

  return {
    status,
    error: catalogue.error,
    retry: () => void catalogue.refetch(),
    query,
    setQuery,
    label: options.label ?? messages.searchLabel,
    messages,
    /** The empty state's text, or the result count (the live region announces it once typing pauses). */
    message,
    disabled,
    items,
    groups,
    activeIndex,
    selectedId,
    select,
    activate,
    announcement: announced,
    optionId,
    getOption,
    inputRef,
    getRootProps: () => ({ dir, 'data-state': status, 'data-disabled': flag(disabled) }),
    getLabelProps: () => ({ htmlFor: inputId, id: `${baseId}-label` }),
    getInputProps: () =>
      ({
        ref: inputRef,
        id: inputId,
        // Combobox over searchbox + listbox: focus stays in the field while aria-activedescendant
        // points at the option, so arrows and typing work together in one tab stop, and NVDA, JAWS,
        // VoiceOver and TalkBack all announce the active option (ARIA 1.2 combobox, APG list autocomplete).
        role: 'combobox',
        type: 'text',
        value: query,
        disabled,
        placeholder: messages.searchPlaceholder,
        autoComplete: 'off',
        autoCorrect: 'off',
        spellCheck: false,
        'aria-autocomplete': 'list',
        'aria-expanded': true,
        'aria-controls': listboxId,
        'aria-activedescendant': activeEntry && optionId(activeEntry.product.id),
        onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
        onKeyDown,
      }) as const,
    getClearButtonProps: () =>
      ({
        type: 'button',
        'aria-label': messages.clearSearch,
        disabled,
        onClick: () => {
          setQuery('');
          inputRef.current?.focus();
        },
      }) as const,
    getListboxProps: () =>
      ({
        id: listboxId,
        role: 'listbox',
        'aria-label': messages.destinationsLabel,
        'aria-busy': status === 'loading' || undefined,
        'data-state': status,
        ref: listboxRef,
        onScroll: () => listRef.current && scrolled(listRef.current.scrollTop),
        style: LISTBOX_STYLE,
        // Listeners on the list rather than each row: no closures per option, one handler for all.
        onMouseDown: (event: SyntheticEvent) => {
          if (indexOfTarget(event) >= 0) event.preventDefault(); // keep focus (and the caret) in the field
        },
        onClick: (event: SyntheticEvent) => select(indexOfTarget(event)),
        onPointerOver: (event: SyntheticEvent) => hover(items[indexOfTarget(event)]?.product.id),
        onPointerLeave: () => hover(undefined),
      }) as const,
    /** The single child of the listbox: as tall as the whole list, rows in view after a padding. */
    getSizerProps: () => ({
      style: { height: (rowCount - start) * rowHeight, paddingTop: start * rowHeight },
    }),
    getGroupProps: (group: CountryListGroup) =>
      ({ role: group.label ? 'group' : 'none', 'aria-label': group.label, 'data-kind': group.kind }) as const,
    /** ARIA and data attributes of option `i` (`CountryList.Option` uses them too). */
    getOptionProps: (i: number) => {
      const option = getOption(i);
      return {
        id: optionId(option.product.id),
        role: 'option',
        'aria-selected': option.selected,
        'aria-disabled': disabled || undefined,
        'aria-setsize': count,
        'aria-posinset': i + 1,
        'data-index': i,
        'data-kind': option.kind,
        'data-active': flag(option.active),
        'data-selected': flag(option.selected),
        'data-disabled': flag(disabled),
      } as const;
    },
  };
}

export type CountryListState = ReturnType<typeof useCountryList>;
type Status = CountryListDataState;

// Parts

/** Renders the decorative flag of an option (hidden from assistive technology either way). */
export type RenderFlag = (product: Product, option: CountryListOptionState) => ReactNode;

const Context = createContext<(CountryListState & { renderFlag?: RenderFlag | undefined }) | null>(null);

/** The root's state for a part; throws, saying how to fix it, when the part is used outside the root. */
const useList = (part: string) => {
  const value = useContext(Context);
  if (!value) throw new Error(`\`CountryList.${part}\` must be used within \`CountryList\``);
  return value;
};

/** `esim-CountryList<part>`, then the partner's className (a string or a function of the part's state). */
const cls = <State,>(part: string, className?: ClassNameProp<State>, state?: State) =>
  partClassName(`esim-CountryList${part}`, className, state!);

type StatusState = { status: Status };

export interface CountryListProps extends UseCountryListOptions {
  /** Swaps the default emoji flag for your own (an <img>, a badge); it stays decorative. @default the flag emoji, 🌐 for regions */
  renderFlag?: RenderFlag | undefined;
  /** @selector .esim-CountryList */
  className?: ClassNameProp<{ status: Status; disabled: boolean }>;
  /** Parts to arrange yourself. @default Search, Status, Error, Loading, Empty, Options */
  children?: ReactNode | ((state: CountryListState) => ReactNode);
}

function CountryListRoot({ renderFlag, className, children, ...options }: CountryListProps) {
  const state = useCountryList(options);
  return (
    <Context.Provider value={{ ...state, renderFlag }}>
      <div {...state.getRootProps()} className={`esim-root ${cls('', className, state)}`}>
        {typeof children === 'function'
          ? children(state)
          : children ?? (
              <>
                <CountryListSearch />
                <CountryListStatus />
                <CountryListError />
                <CountryListLoading />
                <CountryListEmpty />
                <CountryListOptions />
              </>
            )}
      </div>
    </Context.Provider>
  );
}

export interface CountryListSearchProps {
  /** @selector .esim-CountryList-search */
  className?: ClassNameProp<{ query: string; disabled: boolean }>;
}

/** The label, the combobox field and a clear button while there is a query. */
export function CountryListSearch({ className }: CountryListSearchProps) {
  const list = useList('Search');
  const { query, disabled } = list;
  return (
    <div className={cls('-search', className, list)} data-query={flag(query)} data-disabled={flag(disabled)}>
      <label {...list.getLabelProps()} className={cls('-label')}>
        {list.label}
      </label>
      <input {...list.getInputProps()} className={cls('-input')} />
      {query && (
        <button {...list.getClearButtonProps()} className={cls('-clear')}>
          <span aria-hidden="true">×</span>
        </button>
      )}
    </div>
  );
}

export interface CountryListOptionsProps {
  /** @selector .esim-CountryList-listbox */
  className?: ClassNameProp<StatusState>;
  /** Renders one row. @default (option) => <CountryList.Option option={option} /> */
  children?: (option: CountryListOptionState) => ReactNode;
}

const defaultRow = (option: CountryListOptionState) => <CountryListOption option={option} />;

/** The listbox. Only the rows in view (plus a few) are in the DOM; each option carries aria-setsize/posinset. */
export function CountryListOptions({ className, children }: CountryListOptionsProps) {
  const list = useList('Options');
  return (
    <div {...list.getListboxProps()} className={cls('-listbox', className, list)} data-empty={flag(!list.items.length)}>
      <div {...list.getSizerProps()}>
        {list.groups.map((group) => (
          <div key={group.kind} {...list.getGroupProps(group)} className={cls('-group')}>
            {group.heading && (
              // The group is named by aria-label; this is its visual twin.
              <div className={cls('-group-label')} aria-hidden="true">
                {group.label}
              </div>
            )}
            {list.items.slice(group.start, group.end).map((_, k) => {
              const option = list.getOption(group.start + k);
              // Keyed by product: a row that stays in the results keeps its DOM (and its loaded image).
              return <Fragment key={option.product.id}>{(children ?? defaultRow)(option)}</Fragment>;
            })}
          </div>
        ))}
      </div>
    </div>
  );
}

export interface CountryListOptionProps {
  /** The option handed to `CountryList.Options`' render function. */
  option: CountryListOptionState;
  /** @selector .esim-CountryList-option */
  className?: ClassNameProp<CountryListOptionState>;
  /** The row's content. @default flag, localised name, product name, image */
  children?: ReactNode | ((option: CountryListOptionState) => ReactNode);
}

const hideBrokenImage = (event: SyntheticEvent<HTMLImageElement>) => {
  event.currentTarget.hidden = true;
};

/** One destination: role option, named by its text, with `data-active`, `data-selected`, `data-kind`. */
export function CountryListOption({ option, className, children }: CountryListOptionProps) {
  const { renderFlag, getOptionProps } = useList('Option');
  const { product, name } = option;
  return (
    <div {...getOptionProps(option.index)} className={cls('-option', className, option)}>
      {typeof children === 'function'
        ? children(option)
        : children ?? (
            <>
              <span className={cls('-option-flag')} aria-hidden="true">
                {/* Regions and global plans have no flag of their own. */}
                {renderFlag ? renderFlag(product, option) : option.flag || '🌐'}
              </span>
              <span className={cls('-option-text')}>
                <span className={cls('-option-name')}>{name}</span>
                {/* The space keeps name and detail apart in the accessible name: "Japan Japan eSIM". */}
                {product.name !== name && <> <span className={cls('-option-detail')}>{product.name}</span></>}
              </span>
              {product.image_url && (
                <img
                  className={cls('-option-image')}
                  src={product.image_url}
                  alt=""
                  width={32}
                  height={32}
                  loading="lazy"
                  decoding="async"
                  onError={hideBrokenImage}
                />
              )}
            </>
          )}
    </div>
  );
}

export interface CountryListMessageProps {
  className?: ClassNameProp<StatusState>;
  /** Replaces the default text. */
  children?: ReactNode;
}

/** Shown when nothing matches the query, or the catalogue has no destinations. */
export function CountryListEmpty({ className, children }: CountryListMessageProps) {
  const list = useList('Empty');
  return list.status === 'empty' ? (
    <p className={cls('-empty', className, list)} data-query={flag(list.query.trim())}>
      {children ?? list.message}
    </p>
  ) : null;
}

/** A polite live region: the result count, announced once typing pauses. Visually hidden by the default theme. */
export function CountryListStatus({ className }: Omit<CountryListMessageProps, 'children'>) {
  const list = useList('Status');
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className={cls('-status', className, list)}>
      {list.announcement}
    </div>
  );
}

export interface CountryListErrorProps {
  className?: ClassNameProp<{ auth: boolean }>;
}

/** The catalogue failed to load: the reason (an access problem reads as one) and a retry button. */
export function CountryListError({ className }: CountryListErrorProps) {
  const { status, error, retry } = useList('Error');
  return status === 'error' ? <ErrorState error={error} onRetry={retry} className={className} /> : null;
}

export interface CountryListLoadingProps extends CountryListMessageProps {
  /** Placeholder rows. @default 5 */
  rows?: number;
}

/** Placeholder rows while the catalogue loads, with the loading text for assistive technology. */
export function CountryListLoading({ className, children, rows = 5 }: CountryListLoadingProps) {
  const list = useList('Loading');
  return list.status === 'loading' ? (
    <div className={cls('-loading', className, list)} data-state="loading">
      <span className="esim-visually-hidden">{children ?? list.messages.loadingDestinations}</span>
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className={cls('-skeleton')} aria-hidden="true" />
      ))}
    </div>
  ) : null;
}

/**
 * Search field and list of destinations (WAI-ARIA combobox with an always-visible listbox). Use it as
 * is, or arrange its parts: `<CountryList><CountryList.Search /><CountryList.Options /></CountryList>`.
 */
export const CountryList = /* @__PURE__ */ Object.assign(CountryListRoot, {
  Search: CountryListSearch,
  Options: CountryListOptions,
  Option: CountryListOption,
  Empty: CountryListEmpty,
  Status: CountryListStatus,
  Error: CountryListError,
  Loading: CountryListLoading,
});
