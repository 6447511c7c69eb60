'use client';

import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import type { Product } from '../../api/schemas.js';
import { createDestinationIndex, normalCountryCode, searchDestinations, type DestinationIndex } from '../../geo/index.js';
import { useCatalogue, usePrefetchProduct } from '../../query/hooks.js';
import { useEsimContext } from '../../query/provider.js';
import { useControllableState } from '../shared/useControllableState.js';
import { useStillWorking } from '../shared/useStillWorking.js';
import { entryDisplay } from './display.js';
import { listProps } from './listProps.js';
import { atRow, browseModel, rowOfOption, searchModel, sectionOf, type ListModel } from './sections.js';
import type { CountryListDataState, CountryListGroup, CountryListGroupKind, CountryListOptionState, UseCountryListOptions } from './types.js';
import { useIsomorphicLayoutEffect } from '../shared/useIsomorphicLayoutEffect.js';
import { useListWindow } from './useListWindow.js';

// Hover and keyboard both wait this long before loading a destination's plans.
const PREFETCH_INTENT_MS = 120;
// Long enough that typing "germ" is announced once, not four times; images of rows new while typing wait as long.
const PAUSE_MS = 500;
const NOTHING: ListModel = { options: [], sections: [], headings: false, rowCount: 0 };
const GROUP_LABEL = { popular: 'popularGroup', region: 'regionsGroup', country: 'countriesGroup' } as const;

// Per catalogue (TanStack keeps the array while the data is unchanged), locale and popular list, shared by
// every list on the page: coming back from the plans remounts the list without rebuilding ~5,000 entries.
const indexes = new WeakMap<readonly Product[], Record<string, DestinationIndex<Product>>>();

const sameCode = (product: Product | undefined, code: string | null | undefined) =>
  !!product && product.country_code.toUpperCase() === normalCountryCode(code);

/**
 * Everything CountryList does, without markup: catalogue, local search, groups, keyboard, selection,
 * prefetch, windowing and announcements, as state plus prop getters.
 */
export function useCountryList(options: UseCountryListOptions = {}) {
  return useCountryListOf(useCatalogue(), options);
}

/**
 * `useCountryList` over a catalogue read elsewhere. CountryList reads it in a parent: a keystroke then
 * re-renders the list alone, not the query observer (whose effect `useQuery` schedules on every render).
 */
export function useCountryListOf(catalogue: ReturnType<typeof useCatalogue>, options: UseCountryListOptions) {
  const { onChange, onSelect, onCountryChange } = options;
  const { locale, dir, messages } = useEsimContext();
  const prefetch = usePrefetchProduct();
  const baseId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQueryState] = useState('');
  const [focused, setFocused] = useState(false);
  const [picked, setPicked] = useControllableState<number | null>(options.value, options.defaultValue ?? null);
  // The group the traveller picked from: a popular destination is listed twice, only that row shows selected.
  const [pickedGroup, setPickedGroup] = useState<CountryListGroupKind | null>(null);

  const products = catalogue.data?.products;
  const { popular } = options;
  // By content: an inline `popular={[…]}` must not rebuild the index on every render. No list (the built-in
  // ranking) and an empty one (no ranking) are two indexes.
  const popularKey = popular?.join() ?? '*';
  // Names, marks and search keys are built once per catalogue, locale and popular list (it breaks ties in
  // search); keystrokes only scan them.
  const index = useMemo(() => {
    if (!products) return;
    let byKey = indexes.get(products);
    if (!byKey) indexes.set(products, (byKey = {}));
    return (byKey[`${locale}|${popularKey}`] ??= createDestinationIndex(products, locale, popular ? { popular } : {}));
  }, [products, locale, popularKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const trimmed = query.trim();
  const browse = useMemo(() => index && browseModel(index, popular), [index]); // eslint-disable-line react-hooks/exhaustive-deps
  const list = useMemo(
    () => (!index ? NOTHING : trimmed ? searchModel(searchDestinations(index, trimmed)) : browse!),
    [index, trimmed, browse],
  );
  const items = list.options;
  const count = items.length;
  const status: CountryListDataState = index
    ? count ? 'ready' : 'empty'
    : catalogue.isError ? 'error'
    : catalogue.fetchStatus === 'paused' ? 'offline' : 'loading';
  const slow = useStillWorking(status === 'loading');

  // Selection: `value` (a product) wins; then `country`, which keeps the product picked while it is of that
  // country; uncontrolled, the pick, else `defaultCountry` once the catalogue lists it.
  const selectedId = useMemo(() => {
    if (options.value !== undefined) return options.value;
    const ofCountry = (code: string | null | undefined) => products?.find((product) => sameCode(product, code))?.id ?? null;
    const pickedProduct = picked === null ? undefined : products?.find((product) => product.id === picked);
    if (options.country !== undefined) return sameCode(pickedProduct, options.country) ? picked : ofCountry(options.country);
    return picked ?? (options.defaultValue == null ? ofCountry(options.defaultCountry) : null);
  }, [options.value, options.country, options.defaultCountry, options.defaultValue, picked, products]);
  // A destination preselected by `defaultValue`, `defaultCountry` or `country` is reported through onChange once
  // the catalogue lists it, as a pick is: the host then has the product, not only the code it gave. `handled`
  // is the selection last seen here (or null); `pickReported`, the one a pick has reported already.
  const handled = useRef<number | null>(null);
  const pickReported = useRef<number | null>(null);
  useEffect(() => {
    if (handled.current === selectedId) return;
    const product = products?.find((candidate) => candidate.id === selectedId);
    // Not listed yet: wait for the catalogue.
    if (selectedId !== null && !product) return;
    handled.current = selectedId;
    if (product && selectedId !== pickReported.current && options.value === undefined) onChange?.(product);
  }, [selectedId, products]); // eslint-disable-line react-hooks/exhaustive-deps
  const selectedIndex = useMemo(() => {
    let first = -1;
    for (let i = 0; i < items.length; i++) {
      if (items[i]!.product.id !== selectedId) continue;
      if (first < 0) first = i;
      if (!pickedGroup || sectionOf(list, i).kind === pickedGroup) return i;
    }
    return first;
  }, [list, items, selectedId, pickedGroup]);

  // The active option belongs to one result list: a new list starts on its top match while
  // searching, else on the selected destination, so Enter picks what the traveller sees first.
  const [activeState, setActiveState] = useState<[ListModel | null, number]>([null, -1]);
  const activeIndex = activeState[0] === list ? activeState[1] : trimmed ? (count ? 0 : -1) : selectedIndex;

  const headingRows = useMemo(() => (list.headings ? list.sections.map((section) => section.row) : []), [list]);
  const { start, end, visible, reveal, rowTop, listboxProps, sizerProps } = useListWindow(list.rowCount, headingRows);
  const revealOption = (i: number) => {
    const row = rowOfOption(list, i);
    // The first option of a group brings its heading along.
    reveal(list.headings && i === sectionOf(list, i).start ? row - 1 : row, row);
  };
  useIsomorphicLayoutEffect(() => {
    if (count) revealOption(Math.max(activeIndex, 0));
    // Only a new result list moves the scroll position; keys and clicks reveal what they activate.
  }, [list]); // eslint-disable-line react-hooks/exhaustive-deps

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

  // What the empty state shows and, once typing pauses, the polite live region announces. The offline state
  // and errors are live regions of their own.
  const message =
    // Destinations, not rows: a popular destination is listed twice while browsing.
    status === 'ready' ? messages.resultCount(trimmed ? count : products!.length)
    : status === 'empty' ? (trimmed ? messages.noDestinations(trimmed) : messages.emptyCatalogue)
    : status === 'loading' ? messages.loadingDestinations + (slow ? ` ${messages.stillWorking}` : '')
    : '';
  // Once typing pauses: the message to announce, and the query whose new rows may load their images (each a
  // request, a decode and a repaint), so that each keystroke's results reach the screen within a frame. The
  // region starts empty, so even the first message (loading) is announced. The wait restarts from the
  // query's setter and from the effect below on a new state, never from an effect per keystroke: that would
  // cost each keystroke a scheduled task before the browser is free again.
  const [[announced, paused], setPaused] = useState(['', query]);
  const latest = useRef({ message, query, timer: undefined as ReturnType<typeof setTimeout> | undefined });
  latest.current.message = message;
  latest.current.query = query;
  const waitForPause = () => {
    const now = latest.current;
    clearTimeout(now.timer);
    now.timer = setTimeout(
      () =>
        setPaused(([said, saidFor]) => {
          // A live region speaks only when its text changes: the same words for another query ("japan", then
          // "france": 1 destination) toggle a trailing no-break space, which screen readers do not read. The
          // same words for the same query (a refetch) stay as they were, unsaid.
          const same = !!now.message && now.message === said.replace(/\u00a0$/, '');
          const again = said === now.message ? `${now.message}\u00a0` : now.message;
          return [!same ? now.message : now.query === saidFor ? said : again, now.query];
        }),
      PAUSE_MS,
    );
  };
  const setQuery = (next: string) => {
    setQueryState(next);
    waitForPause();
  };
  useEffect(() => {
    // A new state (loaded, failed, offline, slow, another catalogue or language) is announced once quiet.
    waitForPause();
    return () => clearTimeout(latest.current.timer);
  }, [status, slow, products, messages]); // eslint-disable-line react-hooks/exhaustive-deps

  const activate = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    setActiveState([list, i]);
    revealOption(i);
    intend(entry.product.id);
  };
  const select = (i: number) => {
    const entry = items[i];
    if (!entry) return;
    const { product } = entry;
    setActiveState([list, i]);
    setPickedGroup(sectionOf(list, i).kind);
    const before = products?.find((candidate) => candidate.id === selectedId);
    if (product.id !== selectedId) {
      setPicked((pickReported.current = product.id));
      onChange?.(product);
    }
    if (!sameCode(before, product.country_code)) onCountryChange?.(product.country_code);
    onSelect?.(product);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    // Keys that belong to an input method (Enter confirming a conversion); Safari sends that Enter after the
    // composition ended, known only by its keyCode.
    if (event.nativeEvent.isComposing || event.keyCode === 229 || event.altKey) return;
    const last = count - 1;
    const pageSize = Math.max(1, visible - 1);
    const to = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex < 0 ? last : activeIndex - 1,
      PageDown: Math.max(activeIndex, 0) + pageSize,
      PageUp: activeIndex - pageSize,
      Home: 0,
      End: last,
    }[key];
    if (key === 'Enter') {
      // Whatever the state (no match, still loading, offline), Enter in this field never submits the host's form.
      event.preventDefault();
      select(activeIndex);
      return;
    }
    if (key === 'Escape') {
      // Nothing to clear: let the key reach the host (a dialog may want to close).
      if (!query) return;
      event.stopPropagation();
      setQuery('');
    } else {
      // The field is editable: once it holds text, Home/End (the only keys here shorter than 5 letters)
      // move the caret as in any text field (screen reader users review what they typed with them). On an
      // empty field there is no caret to move, so they jump to the first/last option; Ctrl/⌘+Home/End always jump.
      if (to === undefined || !count || (key.length < 5 && query && !event.ctrlKey && !event.metaKey)) return;
      activate(Math.max(0, Math.min(last, to)));
    }
    event.preventDefault();
  };

  const optionId = (i: number) => {
    const entry = items[i];
    return entry && `${baseId}-${sectionOf(list, i).kind}-${entry.product.id}`;
  };
  const getOption = (i: number): CountryListOptionState => {
    const entry = items[i]!;
    const active = i === activeIndex;
    return {
      ...entry,
      ...entryDisplay(entry),
      index: i,
      active,
      focused: active && focused,
      selected: i === selectedIndex,
      setSize: count,
      group: sectionOf(list, i).kind,
    };
  };

  // The groups within rendered rows start…end, each with the options it has there (and its heading, if in view).
  const groups: CountryListGroup[] = [];
  for (let row = start; row < end; row++) {
    const [section, option] = atRow(list, row);
    let group = groups[groups.length - 1];
    if (group?.kind !== section.kind) {
      const label = list.headings ? messages[GROUP_LABEL[section.kind]] : undefined;
      const first = option < 0 ? section.start : option;
      groups.push((group = { kind: section.kind, label, heading: option < 0, start: first, end: first }));
    }
    if (option >= 0) group.end = option + 1;
  }
  // aria-activedescendant must name an element in the DOM: the active option stays rendered when scrolled away.
  const activeRow = activeIndex >= 0 ? rowOfOption(list, activeIndex) : -1;
  const pinned = activeRow >= 0 && (activeRow < start || activeRow >= end) ? { index: activeIndex, top: rowTop(activeRow) } : undefined;

  const refocus = () => inputRef.current?.focus();
  const state = {
    status,
    error: catalogue.error,
    /** Loads the catalogue again and keeps focus in the component (the retry button is about to go). */
    retry: () => {
      void catalogue.refetch();
      refocus();
    },
    /** Focus back to the search field: where it goes when an error or offline message leaves with focus in it. */
    refocus,
    /** The load has lasted a few seconds. */
    slow,
    query,
    setQuery,
    label: options.label ?? messages.searchLabel,
    messages,
    /** The empty state's text, or the result count (the live region announces it once typing pauses). */
    message,
    items,
    groups,
    /** The active option when it is outside the rendered rows, with its offset from the list's top. */
    pinned,
    activeIndex,
    selectedId,
    select,
    activate,
    /** What the live region says once typing pauses; may end in a no-break space, so that the same count for a new search is said again. */
    announcement: announced,
    /** The query changed within the last moment: rows mounted now show their image once it pauses. */
    typing: paused !== query,
    focused,
    optionId,
    getOption,
    inputRef,
  };
  return {
    ...state,
    ...listProps({
      ...state,
      ids: { listbox: `${baseId}-listbox`, input: `${baseId}-input` },
      dir,
      locale,
      count,
      activeId: optionId(activeIndex),
      onKeyDown,
      setFocused,
      intend,
      listboxProps,
      sizerProps,
    }),
  };
}

export type CountryListState = ReturnType<typeof useCountryListOf>;
