import type { KeyboardEvent, RefObject, SyntheticEvent } from 'react';
import type { EsimMessages } from '../../i18n/messages.js';
import { dataFlag } from '../shared/classNames.js';
import type { CountryListDataState, CountryListEntry, CountryListGroup, CountryListOptionState } from './types.js';
import type { useListWindow } from './useListWindow.js';

type ListWindow = ReturnType<typeof useListWindow>;

interface ListPropsInput {
  ids: { listbox: string; input: string };
  dir: 'ltr' | 'rtl';
  locale: string;
  status: CountryListDataState;
  count: number;
  query: string;
  messages: EsimMessages;
  items: readonly CountryListEntry[];
  activeId: string | undefined;
  inputRef: RefObject<HTMLInputElement | null>;
  setQuery: (query: string) => void;
  setFocused: (focused: boolean) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  select: (i: number) => void;
  intend: (id: number | undefined) => void;
  optionId: (i: number) => string | undefined;
  getOption: (i: number) => CountryListOptionState;
  listboxProps: ListWindow['listboxProps'];
  sizerProps: ListWindow['sizerProps'];
}

const indexOfTarget = (event: SyntheticEvent): number => {
  const option = (event.target as Element).closest?.('[data-index]');
  return option ? Number(option.getAttribute('data-index')) : -1;
};

/** The prop getters of `useCountryList`: ARIA, ids and listeners for each part. */
export function listProps(list: ListPropsInput) {
  const { ids, status, messages } = list;
  return {
    getRootProps: () => ({ dir: list.dir, lang: list.locale, 'data-state': status }),
    getLabelProps: () => ({ htmlFor: ids.input }),
    getInputProps: () =>
      ({
        ref: list.inputRef,
        id: ids.input,
        // Combobox over searchbox + listbox: focus stays in the field while aria-activedescendant
        // points at the option, so arrows and typing work together in one tab stop, and NVDA, JAWS,
        // VoiceOver and TalkBack all announce the active option (ARIA 1.2 combobox, APG list autocomplete).
        role: 'combobox',
        value: list.query,
        placeholder: messages.searchPlaceholder,
        autoComplete: 'off',
        autoCorrect: 'off',
        spellCheck: false,
        // The enter key reads "search" on touch keyboards; Enter itself never submits (see onKeyDown).
        enterKeyHint: 'search',
        'aria-autocomplete': 'list',
        // Expanded only while there are options to move to.
        'aria-expanded': status === 'ready',
        'aria-controls': ids.listbox,
        'aria-activedescendant': list.activeId,
        onChange: (event: SyntheticEvent<HTMLInputElement>) => list.setQuery(event.currentTarget.value),
        onFocus: () => list.setFocused(true),
        onBlur: () => list.setFocused(false),
        onKeyDown: list.onKeyDown,
      }) as const,
    getClearButtonProps: () =>
      ({
        type: 'button',
        // Named by its visible text (messages.clearSearch), so voice control users can say what they see.
        onClick: () => {
          list.setQuery('');
          list.inputRef.current?.focus();
        },
      }) as const,
    getListboxProps: () =>
      ({
        ...list.listboxProps,
        id: ids.listbox,
        role: 'listbox',
        // One tab stop: Chromium makes a scrollable box focusable, and keys do nothing useful there.
        tabIndex: -1,
        'aria-label': messages.destinationsLabel,
        'aria-busy': status === 'loading' || undefined,
        'data-state': status,
        // Listeners on the list rather than each row: no closures per option, one handler for all.
        onMouseDown: (event: SyntheticEvent) => {
          if (indexOfTarget(event) >= 0) event.preventDefault(); // keep focus (and the caret) in the field
        },
        onClick: (event: SyntheticEvent) => list.select(indexOfTarget(event)),
        onPointerOver: (event: SyntheticEvent) => list.intend(list.items[indexOfTarget(event)]?.product.id),
        onPointerLeave: () => list.intend(undefined),
      }) as const,
    /** The single child of the listbox: as tall as the whole list, rows in view after a padding. */
    getSizerProps: () => list.sizerProps,
    getGroupProps: (group: CountryListGroup) => {
      // A heading at the window's edge without its options: an empty named group is noise to a screen reader.
      const label = group.end > group.start ? group.label : undefined;
      return { role: label ? 'group' : 'none', 'aria-label': label, 'data-kind': group.kind } as const;
    },
    /** ARIA and data attributes of option `i` (`CountryList.Option` passes the option it already has). */
    getOptionProps: (which: number | CountryListOptionState) => {
      const option = typeof which === 'number' ? list.getOption(which) : which;
      const i = option.index;
      return {
        id: list.optionId(i),
        role: 'option',
        'aria-selected': option.selected,
        'aria-setsize': list.count,
        'aria-posinset': i + 1,
        'data-index': i,
        'data-kind': option.kind,
        'data-group': option.group,
        // Looks active only while the field has focus: otherwise two things would look focused.
        'data-active': dataFlag(option.focused),
        'data-selected': dataFlag(option.selected),
      } as const;
    },
  };
}
