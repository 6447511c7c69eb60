// A traveller who pages on, closes the picker or switches destination leaves requests behind; React Query
// cancels them through the signal it hands the query function. Each factory must pass that signal on, or the
// abandoned request keeps the phone's connection busy until it ends.
import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { waitFor } from '@testing-library/react';
import {
  catalogueOptions,
  infiniteProductsOptions,
  productOptions,
  productsOptions,
  variantOptions,
  variantsOptions,
} from '../../../src/query/index.js';
import { createTestClient, createTestQueryClient } from '../../utils.js';

/** A network that never answers: it records each request path, and which of them were aborted. */
function silentNetwork() {
  const started: string[] = [];
  const aborted: string[] = [];
  const fetch: typeof globalThis.fetch = (input, init) => {
    const path = new URL(input instanceof Request ? input.url : String(input), 'http://localhost').pathname;
    started.push(path);
    return new Promise((_, reject) => {
      init?.signal?.addEventListener('abort', () => {
        aborted.push(path);
        reject(init.signal!.reason);
      });
    });
  };
  // No client timeout: only the cancelled query's signal may end the request.
  return { started, aborted, client: createTestClient({ fetch, timeoutMs: 0 }) };
}

type Client = ReturnType<typeof createTestClient>;

/** Starts the factory's query in `queryClient`, as a prefetch on hover or a hook would; returns its key. */
const start = <T extends { queryKey: QueryKey }>(queryClient: QueryClient, options: T): QueryKey => {
  void queryClient.prefetchQuery(options as FetchQueryOptions);
  return options.queryKey;
};

describe.each([
  ['productsOptions', (client: Client, qc: QueryClient) => start(qc, productsOptions(client, { page: 2 })), '/api/v1/esim/products'],
  ['catalogueOptions', (client: Client, qc: QueryClient) => start(qc, catalogueOptions(client)), '/api/v1/esim/products'],
  ['productOptions', (client: Client, qc: QueryClient) => start(qc, productOptions(client, 712)), '/api/v1/esim/products/712'],
  ['variantsOptions', (client: Client, qc: QueryClient) => start(qc, variantsOptions(client, 712)), '/api/v1/esim/products/712/variants'],
  ['variantOptions', (client: Client, qc: QueryClient) => start(qc, variantOptions(client, 5511)), '/api/v1/esim/variants/5511'],
] as const)('%s', (_name, run, path) => {
  it('aborts its request when the query is cancelled', async () => {
    const network = silentNetwork();
    const queryClient = createTestQueryClient();
    const queryKey = run(network.client, queryClient);
    await waitFor(() => expect(network.started).toEqual([path]));
    await queryClient.cancelQueries({ queryKey });
    await waitFor(() => expect(network.aborted).toEqual([path]));
  });
});

it('infiniteProductsOptions aborts its page request when the query is cancelled', async () => {
  const network = silentNetwork();
  const queryClient = createTestQueryClient();
  const query = infiniteProductsOptions(network.client, { perPage: 10 });
  void queryClient.prefetchInfiniteQuery(query);
  await waitFor(() => expect(network.started).toEqual(['/api/v1/esim/products']));
  await queryClient.cancelQueries({ queryKey: query.queryKey });
  await waitFor(() => expect(network.aborted).toEqual(['/api/v1/esim/products']));
});
