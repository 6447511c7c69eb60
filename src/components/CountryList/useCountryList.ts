'use client';

import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Product } from '../../api/schemas.js';
import { createDestinationIndex, searchDestinations, type DestinationIndex } from '../../geo/index.js';
import { useCatalogue, usePrefetchProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { dataFlag } from '../shared/classNames.js';
import { useControllableState } from '../shared/useControllableState.js';
import type {
  CountryListDataState,
  CountryListEntry,
  CountryListGroup,
  CountryListGroupKind,
  CountryListOptionState,
  UseCountryListOptions,
} from './types.js';
import { useListWindow } from './useListWindow.js';

// Hover and keyboard both wait this long before loading a destination's plans.
const PREFETCH_INTENT_MS = 120;
// Long enough that typing "germ" is announced once, not four times; images of rows new while typing wait as long.
const PAUSE_MS = 500;

// Per catalogue (TanStack keeps the array while the data is unchanged) and locale, shared by every
// list on the page: coming back from the plans remounts the list without rebuilding ~5,000 entries.
const indexes = new WeakMap<readonly Product[], Record<string, DestinationIndex<Product>>>();


const indexOfTarget = (event: SyntheticEvent): number => {
  const option = (event.target as Element).closest?.('[data-index]');
  return option ? Number(option.getAttribute('data-index')) : -1;
};

/**
 * Everything CountryList does, without markup: catalogue, local search, grouping, keyboard,
 * selection, prefetch, windowing and announcements, as state plus prop getters.
 */
export function useCountryList(options: UseCountryListOptions = {}) {
  const { onChange, onSelect } = options;
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
  // When both groups have options, each gets a heading row before its first option: row r is option r - 1
  // up to the split (the first option of the second group), r - 2 after it. One pass, no per-row arrays.
  const [items, split] = useMemo(() => {
    const found = index ? searchDestinations(index, trimmed) : [];
    const countriesFirst = !trimmed || found[0]?.kind === 'country';
    const groups: CountryListEntry[][] = [[], []];
    for (const entry of found) groups[+((entry.kind === 'country') !== countriesFirst)]!.push(entry);
    return [groups[0]!.concat(groups[1]!), groups[1]!.length && groups[0]!.length] as const;
  }, [index, trimmed]);
  const count = items.length;
  const status: CountryListDataState = index ? (count ? 'ready' : 'empty') : catalogue.isError ? 'error' : 'loading';

  // The active option belongs to one result list: a new list starts on its top match while
  // searching, else on the selected destination, so Enter picks what the traveller sees first.
  const [activeState, setActiveState] = useState<[CountryListEntry[] | null, number]>([null, -1]);
  const activeIndex =
    activeState[0] === items
      ? activeState[1]
      : trimmed ? (count ? 0 : -1) : items.findIndex((entry) => entry.product.id === selectedId);
  const activeEntry = items[activeIndex];

  const { start, end, visible, reveal, listboxProps, sizerProps } = useListWindow(count + (split ? 2 : 0));
  const revealOption = (i: number) => {
    const row = split ? i + 1 + +(i >= split) : i;
    // The first option of a group brings its heading along.
    reveal(split && (!i || i === split) ? row - 1 : row, row);
  };
  useLayoutEffect(() => {
    revealOption(Math.max(activeIndex, 0));
    // Only a new result list moves the scroll position; keys and clicks reveal what they activate.
  }, [items]); // eslint-disable-line react-hooks/exhaustive-deps

  // Hover and keyboard both wait a moment, so sweeping the pointer across the list or holding an arrow
  // key does not fire a request per row; the last option rested on is the one loaded. pointerover
  // bubbles from every child of a row: only reaching another option restarts the wait.
  const intent = useRef<{ id?: number | undefined; timer?: ReturnType<typeof setTimeout> }>({});
  const intend = (id: number | undefined) => {
    const now = intent.current;
    if (id === now.id) return;
    clearTimeout(now.timer);
    now.id = id;
    if (id !== undefined) now.timer = setTimeout(prefetch, PREFETCH_INTENT_MS, id);
  };
  useEffect(() => () => clearTimeout(intent.current.timer), []);

  // What the empty state shows and, once typing pauses, the polite live region announces.
  const message =
    status === 'ready'
      ? messages.resultCount(count)
      : status === 'empty'
        ? trimmed ? messages.noDestinations(trimmed) : messages.emptyCatalogue
        : '';
  // Once typing pauses: the message to announce, and the query whose new rows may load their images (each a
  // request, a decode and a repaint), so that each keystroke's results reach the screen within a frame.
  const [[announced, paused], setPaused] = useState(['', query]);
  useEffect(() => {
    const timer = setTimeout(setPaused, PAUSE_MS, [message, query]);
    return () => clearTimeout(timer);
  }, [message, query]);

  const activate = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    setActiveState([items, i]);
    revealOption(i);
    intend(entry.product.id);
  };
  const select = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    setActiveState([items, i]);
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
      if (!activeEntry) return;
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
    return { ...entry, index: i, active: i === activeIndex, selected: entry.product.id === selectedId, setSize: count };
  };

  // The groups within rendered rows start…end, each with the options it has there (and its heading, if in view).
  const groups: CountryListGroup[] = [];
  for (let row = start; row < end; row++) {
    const heading = !!split && (!row || row === split + 1);
    const i = !split ? row : row > split ? row - 2 + +heading : row && row - 1;
    const kind: CountryListGroupKind = items[i]!.kind === 'country' ? 'country' : 'region';
    let group = groups[groups.length - 1];
    if (group?.kind !== kind) {
      const label = split ? messages[kind === 'country' ? 'countriesGroup' : 'regionsGroup'] : undefined;
      groups.push((group = { kind, label, heading, start: i, end: i }));
    }
    if (!heading) group.end = i + 1;
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
    items,
    groups,
    activeIndex,
    selectedId,
    select,
    activate,
    announcement: announced,
    /** The query changed within the last moment: rows mounted now show their image once it pauses. */
    typing: paused !== query,
    optionId,
    getOption,
    inputRef,
    getRootProps: () => ({ dir, 'data-state': status }),
    getLabelProps: () => ({ htmlFor: inputId }),
    getInputProps: () =>
      ({
        ref: inputRef,
        id: inputId,
        // Combobox over searchbox + listbox: focus stays in the field while aria-activedescendant
        // points at the option, so arrows and typing work together in one tab stop, and NVDA, JAWS,
        // VoiceOver and TalkBack all announce the active option (ARIA 1.2 combobox, APG list autocomplete).
        role: 'combobox',
        value: query,
        placeholder: messages.searchPlaceholder,
        autoComplete: 'off',
        autoCorrect: 'off',
        spellCheck: false,
        'aria-autocomplete': 'list',
        'aria-expanded': true,
        'aria-controls': listboxId,
        'aria-activedescendant': activeEntry && optionId(activeEntry.product.id),
        onChange: (event: SyntheticEvent<HTMLInputElement>) => setQuery(event.currentTarget.value),
        onKeyDown,
      }) as const,
    getClearButtonProps: () =>
      ({
        type: 'button',
        'aria-label': messages.clearSearch,
        onClick: () => {
          setQuery('');
          inputRef.current?.focus();
        },
      }) as const,
    getListboxProps: () =>
      ({
        ...listboxProps,
        id: listboxId,
        role: 'listbox',
        'aria-label': messages.destinationsLabel,
        'aria-busy': status === 'loading' || undefined,
        'data-state': status,
        // Listeners on the list rather than each row: no closures per option, one handler for all.
        onMouseDown: (event: SyntheticEvent) => {
          if (indexOfTarget(event) >= 0) event.preventDefault(); // keep focus (and the caret) in the field
        },
        onClick: (event: SyntheticEvent) => select(indexOfTarget(event)),
        onPointerOver: (event: SyntheticEvent) => intend(items[indexOfTarget(event)]?.product.id),
        onPointerLeave: () => intend(undefined),
      }) as const,
    /** The single child of the listbox: as tall as the whole list, rows in view after a padding. */
    getSizerProps: () => sizerProps,
    getGroupProps: (group: CountryListGroup) =>
      ({ role: group.label ? 'group' : 'none', 'aria-label': group.label, 'data-kind': group.kind }) as const,
    /** ARIA and data attributes of option `i` (`CountryList.Option` uses them too). */
    getOptionProps: (i: number) => {
      const option = getOption(i);
      return {
        id: optionId(option.product.id),
        role: 'option',
        'aria-selected': option.selected,
        'aria-setsize': count,
        'aria-posinset': i + 1,
        'data-index': i,
        'data-kind': option.kind,
        'data-active': dataFlag(option.active),
        'data-selected': dataFlag(option.selected),
      } as const;
    },
  };
}

export type CountryListState = ReturnType<typeof useCountryList>;
