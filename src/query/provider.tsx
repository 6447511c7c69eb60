'use client';

import {
  QueryClient,
  QueryClientContext,
  QueryClientProvider,
} from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { EsimClient } from '../api/client.js';
import {
  defaultMessages,
  localeDirection,
  resolveLocale,
  type EsimMessages,
} from '../i18n/messages.js';

export interface EsimProviderProps {
  /** The API client, from `createEsimClient`. */
  client: EsimClient;
  /** A QueryClient of your own. @default the host app's QueryClientProvider, else one made for the picker */
  queryClient?: QueryClient | undefined;
  /** BCP 47 locale for names, numbers, prices and plurals. @default 'en-US' */
  locale?: string | undefined;
  /** Replacements for any UI string. @default English */
  messages?: Partial<EsimMessages> | undefined;
  children?: ReactNode;
}

export interface EsimContextValue {
  client: EsimClient;
  locale: string;
  dir: 'ltr' | 'rtl';
  messages: EsimMessages;
}

const EsimContext = createContext<EsimContextValue | null>(null);


/** Gives the picker its API client, locale and strings; joins the host's TanStack Query cache when there is one. */
export function EsimProvider({ client, queryClient, locale, messages, children }: EsimProviderProps) {
  const hostQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() =>
    queryClient || hostQueryClient ? undefined : new QueryClient(),
  );
  const resolvedLocale = resolveLocale(locale);
  const value = useMemo<EsimContextValue>(
    () => ({
      client,
      locale: resolvedLocale,
      dir: localeDirection(resolvedLocale),
      messages: messages ? { ...defaultMessages, ...messages } : defaultMessages,
    }),
    [client, resolvedLocale, messages],
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
    throw new Error(
      'esim-picker: this component or hook must be used within <EsimProvider client={createEsimClient(…)}>. ' +
        'Wrap your checkout (or the part that shows the picker) in EsimProvider.',
    );
  }
  return value;
}
