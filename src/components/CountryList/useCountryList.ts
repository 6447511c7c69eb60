import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type KeyboardEvent,
  type SyntheticEvent,
} from 'react';
import type { Product } from '../../api/schemas.js';
import { useCatalogue, usePrefetchProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { dataFlag } from '../shared/classNames.js';
import { useControllableState } from '../shared/useControllableState.js';
import {
  announcementFor,
  destinationIndex,
  groupResults,
  optionAttributes,
  rowOfOption,
  visibleGroups,
  type CountryListDataState,
  type CountryListEntry,
  type CountryListGroup,
  type CountryListOptionState,
} from './results.js';
import { useVirtualRows } from './useVirtualRows.js';

export type {
  CountryListDataState,
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
} from './results.js';

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
  /** Rows rendered beyond each edge of the visible area. @default 5 */
  overscan?: number | undefined;
}

const PREFETCH_INTENT_MS = 120;
const LISTBOX_STYLE = { overflowY: 'auto', maxHeight: 'var(--esim-list-height, 22rem)' } as const;
// Long enough that typing "germ" is announced once, not four times.
const ANNOUNCE_DELAY_MS = 500;

const indexOfTarget = (event: SyntheticEvent): number => {
  const option = event.target instanceof Element ? event.target.closest('[data-index]') : null;
  return option ? Number(option.getAttribute('data-index')) : -1;
};

/**
 * Everything CountryList does, without markup: catalogue, local search, grouping, keyboard,
 * selection, prefetch, windowing and announcements, as state plus prop getters.
 */
export function useCountryList(options: UseCountryListOptions = {}) {
  const { onChange, onSelect, disabled = false } = options;
  const { locale, dir, messages } = useEsimContext();
  const catalogue = useCatalogue();
  const prefetch = usePrefetchProduct();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useControllableState<number | null>(options.value, options.defaultValue ?? null);

  const products = catalogue.data?.products;
  // Names, flags and search keys are built once per catalogue and locale; keystrokes only scan them.
  const index = useMemo(() => (products ? destinationIndex(products, locale) : undefined), [products, locale]);
  const trimmed = query.trim();
  const results = useMemo(() => groupResults(index, trimmed), [index, trimmed]);
  const { items, split, grouped } = results;

  const status: CountryListDataState = index
    ? items.length > 0 ? 'ready' : 'empty'
    : catalogue.isError ? 'error' : 'loading';

  // The active option belongs to one result list: a new list starts on its top match while
  // searching, else on the selected destination, so Enter picks what the traveller sees first.
  const [activeState, setActiveState] = useState<{ items: CountryListEntry[] | null; index: number }>({
    items: null,
    index: -1,
  });
  const activeIndex =
    activeState.items === items
      ? activeState.index
      : trimmed ? (items.length > 0 ? 0 : -1) : items.findIndex((entry) => entry.product.id === selectedId);
  const activeEntry = items[activeIndex];

  const virtual = useVirtualRows(items.length + (grouped ? 2 : 0), options.overscan ?? 5, options.rowHeight);
  const reveal = (i: number) => {
    const row = rowOfOption(results, i);
    // The first option of a group brings its heading along.
    virtual.reveal(grouped && (i === 0 || i === split) ? row - 1 : row, row);
  };
  useLayoutEffect(() => {
    if (activeIndex >= 0) reveal(activeIndex);
    else virtual.reveal(0, 0);
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
  const hover = (id: number | undefined) => {
    // pointerover bubbles from every child of a row; only crossing into another row restarts the wait.
    if (id !== hovered.current) intend((hovered.current = id));
  };
  useEffect(() => () => clearTimeout(intentTimer.current), []);

  const announcement = announcementFor(status, items.length, trimmed, messages);
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(setAnnounced, ANNOUNCE_DELAY_MS, announcement);
    return () => clearTimeout(timer);
  }, [announcement]);

  const activate = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    setActiveState({ items, index: i });
    reveal(i);
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

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.nativeEvent.isComposing || event.altKey) return;
    const last = items.length - 1;
    let to: number;
    switch (event.key) {
      case 'ArrowDown': to = activeIndex + 1; break;
      case 'ArrowUp': to = activeIndex < 0 ? last : activeIndex - 1; break;
      case 'PageDown': to = Math.max(activeIndex, 0) + virtual.pageSize; break;
      case 'PageUp': to = activeIndex - virtual.pageSize; break;
      case 'Home':
      case 'End':
        // The field is editable: once it holds text, Home/End move the caret as in any text field
        // (screen reader users review what they typed with them). On an empty field there is no
        // caret to move, so they jump to the first/last option; Ctrl/⌘+Home/End always jump.
        if (query && !event.ctrlKey && !event.metaKey) return;
        to = event.key === 'Home' ? 0 : last;
        break;
      case 'Enter':
        if (activeIndex < 0) return;
        event.preventDefault(); // a pick must not submit the partner's checkout form
        select(activeIndex);
        return;
      case 'Escape':
        // Nothing to clear: let the key reach the host (a dialog may want to close).
        if (!query) return;
        event.preventDefault();
        event.stopPropagation();
        setQuery('');
        return;
      default:
        return;
    }
    event.preventDefault();
    activate(Math.max(0, Math.min(last, to)));
  };

  const listboxId = `${baseId}-listbox`;
  const inputId = `${baseId}-input`;
  const optionId = (id: number) => `${baseId}-option-${id}`;
  const getOption = (i: number): CountryListOptionState => {
    const entry = items[i] as CountryListEntry;
    return {
      ...entry,
      index: i,
      active: i === activeIndex,
      selected: entry.product.id === selectedId,
      disabled,
      setSize: items.length,
    };
  };

  return {
    status,
    error: catalogue.error,
    retry: () => void catalogue.refetch(),
    query,
    setQuery,
    label: options.label ?? messages.searchLabel,
    messages,
    disabled,
    items,
    groups: visibleGroups(results, virtual.start, virtual.end, messages),
    activeIndex,
    selectedId,
    select,
    activate,
    announcement: announced,
    optionId,
    getOption,
    inputRef,
    getRootProps: () => ({ dir, 'data-state': status, 'data-disabled': dataFlag(disabled) }),
    getLabelProps: () => ({ htmlFor: inputId, id: `${baseId}-label` }),
    getInputProps: () => ({
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
      'aria-activedescendant': activeEntry ? optionId(activeEntry.product.id) : undefined,
      onChange: (event: ChangeEvent<HTMLInputElement>) => setQuery(event.target.value),
      onKeyDown,
    } as const),
    getClearButtonProps: () => ({
      type: 'button',
      'aria-label': messages.clearSearch,
      disabled,
      onClick: () => {
        setQuery('');
        inputRef.current?.focus();
      },
    } as const),
    getListboxProps: () => ({
      id: listboxId,
      role: 'listbox',
      'aria-label': messages.destinationsLabel,
      'aria-busy': status === 'loading' || undefined,
      'data-state': status,
      ref: virtual.ref,
      onScroll: virtual.onScroll,
      // Windowing needs a scroll box even without the stylesheet; its height stays themeable by variable.
      style: LISTBOX_STYLE,
      // Listeners on the list rather than each row: no closures per option, one handler for all.
      onMouseDown: (event: SyntheticEvent) => {
        if (indexOfTarget(event) >= 0) event.preventDefault(); // keep focus (and the caret) in the field
      },
      onClick: (event: SyntheticEvent) => select(indexOfTarget(event)),
      onPointerOver: (event: SyntheticEvent) => hover(items[indexOfTarget(event)]?.product.id),
      onPointerLeave: () => hover(undefined),
    } as const),
    getSizerProps: () => ({ style: virtual.sizerStyle }),
    getGroupProps: (group: CountryListGroup) =>
      group.label === undefined
        ? ({ role: 'none', 'data-kind': group.kind } as const)
        : ({ role: 'group', 'aria-label': group.label, 'data-kind': group.kind } as const),
    getOptionProps: (i: number) => {
      const option = getOption(i);
      return optionAttributes(option, optionId(option.product.id));
    },
  };
}

export type CountryListState = ReturnType<typeof useCountryList>;
