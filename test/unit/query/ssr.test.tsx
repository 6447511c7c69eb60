// A Next.js App Router page prefetches on the server with the React-free factories, dehydrates the cache
// into the HTML (JSON), and the browser hydrates it: the traveller sees the catalogue without a request.
import { dehydrate, HydrationBoundary, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { CountryList } from '../../../src/components/CountryList/index.js';
import { createEsimClient } from '../../../src/api/client.js';
import { mockToken } from '../../../src/mocks/index.js';
import {
  catalogueOptions,
  EsimProvider,
  esimKeys,
  productOptions,
  useCatalogue,
  useProduct,
  useVariants,
} from '../../../src/query/index.js';
import { server, TEST_BASE_URL } from '../../msw-server.js';

/** What a server component does before rendering: its own client and cache, then JSON into the page. */
async function prefetchOnServer() {
  const queryClient = new QueryClient();
  const client = createEsimClient({ baseUrl: TEST_BASE_URL, token: mockToken });
  await Promise.all([
    queryClient.prefetchQuery(catalogueOptions(client)),
    queryClient.prefetchQuery(productOptions(client, 712)),
  ]);
  return { queryClient, html: JSON.stringify(dehydrate(queryClient)) };
}

/** Counts every request that reaches the (mock) network from here on. */
function countRequests() {
  const urls: string[] = [];
  const listener = ({ request }: { request: Request }) => urls.push(request.url);
  server.events.on('request:start', listener);
  return { urls, stop: () => server.events.removeListener('request:start', listener) };
}

function browserWrapper(html: string, queryClient: QueryClient) {
  return ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <HydrationBoundary state={JSON.parse(html)}>
        {/* The browser's provider makes its own client from a URL, as a server component can only pass strings. */}
        <EsimProvider baseUrl={TEST_BASE_URL}>{children}</EsimProvider>
      </HydrationBoundary>
    </QueryClientProvider>
  );
}

describe('server prefetch, dehydrate, hydrate', () => {
  it('renders the prefetched catalogue and product at once, without a request in the browser', async () => {
    const { queryClient: serverCache, html } = await prefetchOnServer();
    const requests = countRequests();
    const browserCache = new QueryClient();
    const { result } = renderHook(() => ({ catalogue: useCatalogue(), product: useProduct(712), variants: useVariants(712) }), {
      wrapper: browserWrapper(html, browserCache),
    });
    // The first render already has the data, and mounting started no fetch.
    expect(result.current.catalogue.data?.products.length).toBeGreaterThanOrEqual(190);
    expect(result.current.catalogue.isFetching).toBe(false);
    expect(result.current.product.data?.name).toBe('Japan eSIM');
    expect(result.current.product.isFetching).toBe(false);
    expect(result.current.variants.data?.length).toBeGreaterThan(0);
    await act(async () => {
      await Promise.resolve();
    });
    expect(requests.urls).toEqual([]);
    requests.stop();
    // The data came through JSON unchanged: plain objects and arrays, no class instance or function lost.
    expect(browserCache.getQueryData(esimKeys.catalogue())).toStrictEqual(serverCache.getQueryData(esimKeys.catalogue()));
    expect(browserCache.getQueryData(esimKeys.product(712))).toStrictEqual(serverCache.getQueryData(esimKeys.product(712)));
  });

  it('a server component can hand the state to EsimProvider itself: no QueryClientProvider, no request', async () => {
    const { html } = await prefetchOnServer();
    const requests = countRequests();
    const { result } = renderHook(() => useCatalogue(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <EsimProvider baseUrl={TEST_BASE_URL} dehydratedState={JSON.parse(html)}>
          {children}
        </EsimProvider>
      ),
    });
    expect(result.current.data?.products.length).toBeGreaterThanOrEqual(190);
    expect(result.current.data?.complete).toBe(true);
    expect(result.current.isFetching).toBe(false);
    await act(async () => {
      await Promise.resolve();
    });
    expect(requests.urls).toEqual([]);
    requests.stop();
  });

  it('the server’s HTML already lists destinations (no loading state), from the prefetched catalogue', async () => {
    const { html } = await prefetchOnServer();
    const page = renderToString(
      <EsimProvider baseUrl={TEST_BASE_URL} dehydratedState={JSON.parse(html)}>
        <CountryList />
      </EsimProvider>,
    );
    // Read the server's HTML as the browser would before any script runs.
    const container = document.createElement('div');
    container.innerHTML = page;
    const names = within(container).getAllByRole('option').map((option) => option.textContent);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.some((name) => name?.includes('France'))).toBe(true);
    expect(page).not.toContain('Loading destinations');
  });

  it('keys hold no client: a browser client made elsewhere finds what the server client stored', async () => {
    const { queryClient } = await prefetchOnServer();
    const keys = queryClient
      .getQueryCache()
      .getAll()
      .map((query) => query.queryKey);
    expect(keys).toContainEqual(['esim-picker', 'products', 'catalogue', {}]);
    expect(keys).toContainEqual(['esim-picker', 'product', 712]);
    expect(JSON.parse(JSON.stringify(keys))).toEqual(keys);
  });

  it('fetches in the browser what the server did not prefetch', async () => {
    const { html } = await prefetchOnServer();
    const requests = countRequests();
    const { result } = renderHook(() => useProduct(713), { wrapper: browserWrapper(html, new QueryClient()) });
    expect(result.current.data).toBeUndefined();
    await waitFor(() => expect(requests.urls.map((url) => new URL(url).pathname)).toEqual(['/api/v1/esim/products/713']));
    requests.stop();
  });
});
