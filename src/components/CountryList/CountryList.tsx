'use client';

import { useEffect, type ReactNode, type RefObject } from 'react';
import { useEsimContext } from '../../query/provider.js';
import { ComponentErrorBoundary } from '../shared/ErrorBoundary.js';
import { ErrorState } from '../shared/ErrorState.js';
import type { ClassNameProp } from '../shared/classNames.js';
import { cls, CountryListContext, type RenderFlag } from './context.js';
import {
  CountryListEmpty,
  CountryListError,
  CountryListLoading,
  CountryListOffline,
  CountryListOption,
  CountryListOptions,
  CountryListSearch,
  CountryListStatus,
} from './parts.js';
import type { CountryListDataState, UseCountryListOptions } from './types.js';
import { useCatalogue } from '../../query/hooks.js';
import { useCountryListOf, type CountryListState } from './useCountryList.js';

export interface CountryListProps extends UseCountryListOptions {
  /** Swaps the default emoji flag for your own (an <img>, a badge); it stays decorative. @default the flag emoji, 🌐 for regions */
  renderFlag?: RenderFlag | undefined;
  /** @selector .esim-CountryList */
  className?: ClassNameProp<{ status: CountryListDataState }>;
  /** Parts to arrange yourself. @default Search, Status, Error, Offline, Loading, Empty, Options */
  children?: ReactNode | ((state: CountryListState) => ReactNode);
  /** Called with an error thrown while rendering the list (the list then shows its error state with a retry; the page stays up). */
  onError?: ((error: unknown) => void) | undefined;
}

type RootProps = Omit<CountryListProps, 'onError'> & { retried: { current: boolean }; root: RefObject<HTMLDivElement | null> };

// The catalogue is read here and the list's state lives in CountryListBody, so a keystroke re-renders the body only.
function CountryListRoot(props: RootProps) {
  return <CountryListBody {...props} catalogue={useCatalogue()} />;
}

function CountryListBody({ renderFlag, className, children, retried, root, catalogue, ...options }: RootProps & { catalogue: ReturnType<typeof useCatalogue> }) {
  const state = useCountryListOf(catalogue, options);
  const { inputRef } = state;
  useEffect(() => {
    // Back from the error boundary's retry: focus returns to the field, not to the page.
    if (!retried.current) return;
    retried.current = false;
    inputRef.current?.focus();
  }, [retried, inputRef]);
  return (
    <CountryListContext.Provider value={{ ...state, renderFlag }}>
      <div {...state.getRootProps()} ref={root} className={`esim-root ${cls('', className, state)}`}>
        {typeof children === 'function'
          ? children(state)
          : children ?? (
              <>
                <CountryListSearch />
                <CountryListStatus />
                <CountryListError />
                <CountryListOffline />
                <CountryListLoading />
                <CountryListEmpty />
                <CountryListOptions />
              </>
            )}
      </div>
    </CountryListContext.Provider>
  );
}

/** What the list shows after a render error: the error state in the list's own frame, with a retry. */
function CountryListCrashed({ retry, error, focusRetry }: { retry: () => void; error: unknown; focusRetry: boolean }) {
  const { dir, locale } = useEsimContext();
  return (
    <div className="esim-root esim-CountryList" dir={dir} lang={locale} data-state="error">
      <ErrorState error={error} onRetry={retry} focusRetry={focusRetry} />
    </div>
  );
}

function CountryListBoundary({ onError, ...props }: CountryListProps) {
  return (
    <ComponentErrorBoundary
      component="CountryList"
      onError={onError}
      fallback={(retry, error, focusRetry) => <CountryListCrashed error={error} focusRetry={focusRetry} retry={retry} />}
    >
      {(retried, root) => <CountryListRoot {...props} retried={retried} root={root} />}
    </ComponentErrorBoundary>
  );
}

/**
 * Search field and list of destinations (WAI-ARIA combobox with an always-visible listbox). Use it as
 * is, or arrange its parts: `<CountryList><CountryList.Search /><CountryList.Options /></CountryList>`.
 */
export const CountryList = /* @__PURE__ */ Object.assign(CountryListBoundary, {
  Search: CountryListSearch,
  Options: CountryListOptions,
  Option: CountryListOption,
  Empty: CountryListEmpty,
  Status: CountryListStatus,
  Error: CountryListError,
  Offline: CountryListOffline,
  Loading: CountryListLoading,
});
