'use client';

import type { ReactNode } from 'react';
import type { ClassNameProp } from '../shared/classNames.js';
import { cls, CountryListContext, type RenderFlag } from './context.js';
import {
  CountryListEmpty,
  CountryListError,
  CountryListLoading,
  CountryListOption,
  CountryListOptions,
  CountryListSearch,
  CountryListStatus,
} from './parts.js';
import type { CountryListDataState, UseCountryListOptions } from './types.js';
import { useCountryList, type CountryListState } from './useCountryList.js';

export interface CountryListProps extends UseCountryListOptions {
  /** Swaps the default emoji flag for your own (an <img>, a badge); it stays decorative. @default the flag emoji, 🌐 for regions */
  renderFlag?: RenderFlag | undefined;
  /** @selector .esim-CountryList */
  className?: ClassNameProp<{ status: CountryListDataState }>;
  /** Parts to arrange yourself. @default Search, Status, Error, Loading, Empty, Options */
  children?: ReactNode | ((state: CountryListState) => ReactNode);
}

function CountryListRoot({ renderFlag, className, children, ...options }: CountryListProps) {
  const state = useCountryList(options);
  return (
    <CountryListContext.Provider value={{ ...state, renderFlag }}>
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
    </CountryListContext.Provider>
  );
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
