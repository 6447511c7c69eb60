import { QueryClient } from '@tanstack/react-query';
import { render, renderHook, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createEsimClient, type EsimClientOptions } from '../src/api/client.js';
import { mockToken } from '../src/mocks/index.js';
import { EsimProvider, type EsimProviderProps } from '../src/query/provider.js';

/** A fresh cache per test; retries off unless a test is about retries. */
export function createTestQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: { queries: { retry: false, retryDelay: 1, gcTime: Infinity } },
  });
}

/** Works in Node (absolute URL) and in the browser (same origin, served by the MSW worker). */
export function createTestClient(options: Partial<EsimClientOptions> = {}) {
  const baseUrl = typeof window !== 'undefined' && window.location.protocol.startsWith('http')
    ? ''
    : 'https://api.esim.test';
  return createEsimClient({ baseUrl, token: mockToken, ...options });
}

interface Setup {
  client?: EsimProviderProps['client'];
  queryClient?: QueryClient;
  locale?: string;
  messages?: EsimProviderProps['messages'];
  contentLanguage?: string;
}

function makeWrapper(setup: Setup) {
  const queryClient = setup.queryClient ?? createTestQueryClient();
  const client = setup.client ?? createTestClient();
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <EsimProvider client={client} queryClient={queryClient} locale={setup.locale} messages={setup.messages} contentLanguage={setup.contentLanguage}>
        {children}
      </EsimProvider>
    );
  }
  return { Wrapper, queryClient, client };
}

export function renderWithEsim(ui: ReactElement, setup: Setup = {}, options: RenderOptions = {}) {
  const { Wrapper, queryClient, client } = makeWrapper(setup);
  return { ...render(ui, { wrapper: Wrapper, ...options }), queryClient, client };
}

export function renderEsimHook<T>(hook: () => T, setup: Setup = {}) {
  const { Wrapper, queryClient, client } = makeWrapper(setup);
  return { ...renderHook(hook, { wrapper: Wrapper }), queryClient, client };
}

/** Records the path + query of every request the client sends (no host, no token). */
export function recordRequests(fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args)) {
  const requests: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
    requests.push(url.pathname + url.search);
    return fetchImpl(input, init);
  };
  return { requests, fetch: recordingFetch };
}
