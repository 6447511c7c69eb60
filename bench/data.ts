// Data for one bench page, built before any timer starts so the figures are rendering, not network.
import { QueryClient } from '@tanstack/react-query';
import { getResponse } from 'msw';
import { createEsimClient, type EsimClient } from '../src/api/client.js';
import { productSchema, type Product } from '../src/api/schemas.js';
import { createEsimHandlers, generateCatalogue, mockToken, usdCatalogue, type MockCatalogue } from '../src/mocks/index.js';
import { esimKeys } from '../src/query/keys.js';

/** Fixed simulated network latency of the in-page mock API (issue: 50 ms). */
export const API_LATENCY_MS = 50;

export interface BenchData {
  catalogue: MockCatalogue;
  /** Exactly what the catalogue query would hold after fetching: the list rows parsed by the client's schema. */
  products: Product[];
  queryClient: QueryClient;
  client: EsimClient;
  /** API requests the components made, and those still in flight (hover prefetch waits for 0). */
  requests: { started: number; finished: number; urls: string[] };
}

export function createBenchData(size: number): BenchData {
  // 250 = the built-in catalogue; anything else is the synthetic one (same generator the stories use).
  const source = size === usdCatalogue.products.length ? usdCatalogue : generateCatalogue({ count: size, seed: 1 });
  // Images come from the bench server (run.mjs answers /img/* with a cacheable PNG) instead of the
  // mocks' cdn.example.com: no DNS failure, no request interception competing for the 2 CPUs.
  const local = (url: string) => url.replace('https://cdn.example.com/esim/', `${location.origin}/img/`);
  const catalogue: MockCatalogue = { products: source.products.map((p) => ({ ...p, image_url: local(p.image_url) })) };
  // Parse list rows (no variants) the way listProducts does, so cached objects have the real shape.
  const products = catalogue.products.map(({ variants: _variants, ...row }) => productSchema.parse(row));

  // No service worker: the client's `fetch` resolves requests against the real mock handlers in-page.
  const handlers = createEsimHandlers({ catalogue, latencyMs: API_LATENCY_MS });
  const requests = { started: 0, finished: 0, urls: [] as string[] };
  const fetch = async (input: string, init: RequestInit): Promise<Response> => {
    requests.started++;
    requests.urls.push(input);
    try {
      const request = new Request(new URL(input, location.href), init);
      return (await getResponse(handlers, request)) ?? new Response('{"error":{"message":"no mock"}}', { status: 404 });
    } finally {
      requests.finished++;
    }
  };
  const client = createEsimClient({ baseUrl: '', token: mockToken, fetch });

  // Same defaults as the picker's own client; retries off so a failure shows instead of hiding in time.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
  queryClient.setQueryData(esimKeys.catalogue(), { products, invalid: [] });
  return { catalogue, products, queryClient, client, requests };
}
