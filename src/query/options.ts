import { infiniteQueryOptions, queryOptions, skipToken, type QueryClient } from '@tanstack/react-query';
import type { EsimClient, ListProductsParams, ProductPage } from '../api/client.js';
import { isEsimApiError } from '../api/errors.js';
import type { InvalidRecord, Product, ProductDetail } from '../api/schemas.js';
import { esimKeys, type CatalogueParams } from './keys.js';

const MAX_RETRIES = 2;
const CATALOGUE_PAGE_SIZE = 100;
const CATALOGUE_PARALLEL_PAGES = 4;
/** Guards against a server whose X-Has-More never turns false. */
const CATALOGUE_MAX_PAGES = 500;

/** Network errors, timeouts and 5xx are retried twice; a 4xx, an abort or bad data never. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return failureCount < MAX_RETRIES && isEsimApiError(error) && error.isRetryable;
}

/** Prices change rarely within a checkout; a minute spares refetches while the traveller browses. */
const PRICE_STALE_MS = 60_000;
const CATALOGUE_STALE_MS = 5 * 60_000;

/** Seeds the variant caches from a product detail, so that a loaded product costs no further request. */
export function seedVariantCaches(queryClient: QueryClient, product: ProductDetail): void {
  queryClient.setQueryData(esimKeys.variants(product.id), product.variants);
  for (const variant of product.variants) {
    queryClient.setQueryData(esimKeys.variant(variant.id), variant);
  }
}

export function productsOptions(client: EsimClient, params: ListProductsParams = {}) {
  return queryOptions({
    queryKey: esimKeys.products(params),
    queryFn: ({ signal }) => client.listProducts(params, { signal }),
    staleTime: CATALOGUE_STALE_MS,
    retry: shouldRetry,
  });
}

export function infiniteProductsOptions(client: EsimClient, params: Omit<ListProductsParams, 'page'> = {}) {
  return infiniteQueryOptions({
    queryKey: esimKeys.infiniteProducts(params),
    queryFn: ({ signal, pageParam }) => client.listProducts({ ...params, page: pageParam }, { signal }),
    initialPageParam: 1,
    getNextPageParam: (last: ProductPage) => (last.hasMore ? last.page + 1 : undefined),
    staleTime: CATALOGUE_STALE_MS,
    retry: shouldRetry,
  });
}

/** Every product of the catalogue, whatever page it is on, plus those the API sent malformed. */
export interface Catalogue {
  products: Product[];
  invalid: InvalidRecord[];
}

async function fetchCatalogue(
  client: EsimClient,
  params: CatalogueParams,
  signal: AbortSignal,
): Promise<Catalogue> {
  const fetchPage = (page: number, perPage = CATALOGUE_PAGE_SIZE) =>
    client.listProducts({ ...params, page, perPage }, { signal });
  const first = await fetchPage(1);
  const pages = [first];
  // Fetch the pages the server counted a few at a time in parallel; then, as the count may be only an
  // estimate (headers stripped by a proxy), walk on page by page while the server says there are more.
  const lastPage = Math.min(first.totalPages, CATALOGUE_MAX_PAGES);
  for (let next = 2; first.hasMore && next <= lastPage; next += CATALOGUE_PARALLEL_PAGES) {
    const batch = Array.from({ length: Math.min(CATALOGUE_PARALLEL_PAGES, lastPage - next + 1) }, (_, i) => next + i);
    pages.push(...(await Promise.all(batch.map((page) => fetchPage(page, first.perPage)))));
  }
  for (let last = pages.at(-1) ?? first; last.hasMore && pages.length < CATALOGUE_MAX_PAGES; ) {
    pages.push((last = await fetchPage(last.page + 1, first.perPage)));
  }
  const byId = new Map<number, Product>();
  for (const page of pages) for (const product of page.items) if (!byId.has(product.id)) byId.set(product.id, product);
  return { products: [...byId.values()], invalid: pages.flatMap((page) => page.invalid) };
}

export function catalogueOptions(client: EsimClient, params: CatalogueParams = {}) {
  return queryOptions({
    queryKey: esimKeys.catalogue(params),
    queryFn: ({ signal }) => fetchCatalogue(client, params, signal),
    staleTime: CATALOGUE_STALE_MS,
    retry: shouldRetry,
  });
}

export function productOptions(client: EsimClient, id: number | undefined) {
  return queryOptions({
    queryKey: esimKeys.product(id),
    queryFn:
      id === undefined
        ? skipToken
        : async ({ signal, client: queryClient }) => {
            const product = await client.getProduct(id, { signal });
            seedVariantCaches(queryClient, product);
            return product;
          },
    staleTime: PRICE_STALE_MS,
    retry: shouldRetry,
  });
}

export function variantsOptions(client: EsimClient, productId: number | undefined) {
  return queryOptions({
    queryKey: esimKeys.variants(productId),
    queryFn:
      productId === undefined ? skipToken : ({ signal }) => client.listVariants(productId, { signal }),
    staleTime: PRICE_STALE_MS,
    retry: shouldRetry,
  });
}

export function variantOptions(client: EsimClient, id: number | undefined) {
  return queryOptions({
    queryKey: esimKeys.variant(id),
    queryFn: id === undefined ? skipToken : ({ signal }) => client.getVariant(id, { signal }),
    staleTime: PRICE_STALE_MS,
    retry: shouldRetry,
  });
}
