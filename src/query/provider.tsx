'use client';

import {
  HydrationBoundary,
  QueryClient,
  QueryClientContext,
  QueryClientProvider,
  type DehydratedState,
} from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { createEsimClient, type EsimClient } from '../api/client.js';
import { compileMessages } from '../i18n/compile.js';
import { localeDirection, resolveLocale, type EsimMessages, type Messages } from '../i18n/messages.js';
import type { CatalogueIncomplete, CatalogueLimits } from './catalogue.js';

/** Which component root caught a render error. */
export interface EsimErrorInfo {
  component: string;
}

interface EsimProviderSharedProps {
  /** A QueryClient of your own. @default the host app's QueryClientProvider, else one made for the picker */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale for names, numbers, prices and plurals. @default 'en-US' */
  locale?: string | undefined;
  /**
   * The language of the text the API writes. Inside a page in another language, plan names, descriptions and
   * the words a product's name adds to a destination's row are marked with it (`lang`), so a screen reader
   * reads "Japan 1 GB" in an English voice on a German page (WCAG 3.1.2). @default 'en'
   */
  contentLanguage?: string | undefined;
  /** UI strings as data (e.g. `esim-picker/locales/de`, or a few keys of your own); missing keys are English. @default English */
  messages?: Partial<Messages> | undefined;
  /** `dehydrate(queryClient)` of a server prefetch (Next.js App Router): the picker starts with that data. */
  dehydratedState?: DehydratedState | undefined;
  /** Told when a component root catches a render error (it then shows its error state with a retry). */
  onError?: ((error: unknown, info: EsimErrorInfo) => void) | undefined;
  /** Caps on loading the whole catalogue. @default { maxProducts: 10000, maxPages: 200 } */
  catalogueLimits?: Pick<CatalogueLimits, 'maxProducts' | 'maxPages'> | undefined;
  /** Told when the catalogue was cut short (a cap, or a server that ignores paging). @default a console warning */
  onCatalogueIncomplete?: ((info: CatalogueIncomplete) => void) | undefined;
  children?: ReactNode;
}

/** The API client is given (`client`), or made by the provider from a URL (`baseUrl`, for server components). */
export type EsimProviderProps = EsimProviderSharedProps &
  (
    | {
        /** The API client, from `createEsimClient`. */
        client: EsimClient;
        baseUrl?: undefined;
      }
    | {
        /** Where the API (usually your `createEsimProxy` route) is, e.g. `/api/esim`; the provider makes the client. */
        baseUrl: string;
        client?: undefined;
      }
  );

export interface EsimContextValue {
  client: EsimClient;
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: EsimMessages;
  /** `lang` for the API's text: `contentLanguage` where its language differs from the locale's, else undefined. */
  contentLang: string | undefined;
  /** The provider's `onError`, which the component roots' error boundaries call. */
  onError: ((error: unknown, info: EsimErrorInfo) => void) | undefined;
  /** The provider's catalogue caps and its reporter, for `useCatalogue`. */
  catalogueLimits: CatalogueLimits;
}

const EsimContext = createContext<EsimContextValue | null>(null);

function warnIncomplete(info: CatalogueIncomplete): void {
  console.warn(
    `esim-picker: the catalogue was cut short (${info.reason}) after ${info.products} products, ${info.pagesFetched} requests: raise EsimProvider's catalogueLimits, or pass onCatalogueIncomplete.`,
  );
}

/** Gives the picker its API client, locale and strings; joins the host's TanStack Query cache when there is one. */
export function EsimProvider(props: EsimProviderProps) {
  const {
    client,
    baseUrl,
    queryClient,
    locale,
    contentLanguage = 'en',
    messages,
    dehydratedState,
    onError,
    catalogueLimits,
    onCatalogueIncomplete,
  } = props;
  const children = dehydratedState ? (
    <HydrationBoundary state={dehydratedState}>{props.children}</HydrationBoundary>
  ) : (
    props.children
  );
  if (!client && typeof baseUrl !== 'string') {
    throw new TypeError(
      'esim-picker: EsimProvider needs `client={createEsimClient(…)}` or `baseUrl="/api/esim"` (your proxy route).',
    );
  }
  const hostQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => (queryClient || hostQueryClient ? undefined : new QueryClient()));
  const activeClient = useMemo(() => client ?? createEsimClient({ baseUrl: baseUrl ?? '' }), [client, baseUrl]);
  const resolvedLocale = resolveLocale(locale);
  const { maxProducts, maxPages } = catalogueLimits ?? {};
  const value = useMemo<EsimContextValue>(
    () => ({
      client: activeClient,
      locale: resolvedLocale,
      dir: localeDirection(resolvedLocale),
      messages: compileMessages(messages, resolvedLocale),
      // 'en' text on an en-GB page needs no mark; on a de page it does.
      contentLang: `${resolvedLocale}-`.startsWith(`${contentLanguage}-`) ? undefined : contentLanguage,
      onError,
      catalogueLimits: { maxProducts, maxPages, onIncomplete: onCatalogueIncomplete ?? warnIncomplete },
    }),
    // Messages are data, compared by content: written inline (a new object each host render) they would re-format
    // every plan on each render and report a plan left out again each time.
    [activeClient, resolvedLocale, JSON.stringify(messages), contentLanguage, onError, maxProducts, maxPages, onCatalogueIncomplete], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const content = <EsimContext.Provider value={value}>{children}</EsimContext.Provider>;
  const activeQueryClient = queryClient ?? (hostQueryClient ? undefined : ownQueryClient);
  return activeQueryClient ? (
    <QueryClientProvider client={activeQueryClient}>{content}</QueryClientProvider>
  ) : (
    content
  );
}

/** The provider's client, locale, direction and messages. Throws, saying how to fix it, outside `EsimProvider`. */
export function useEsimContext(): EsimContextValue {
  const value = useContext(EsimContext);
  if (!value) {
    throw new Error('esim-picker: use this within <EsimProvider client={createEsimClient(…)}>, around your checkout.');
  }
  return value;
}
