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
  const first = await client.listProducts({ ...params, page: 1, perPage: CATALOGUE_PAGE_SIZE }, { signal });
  const pages = [first];
  if (first.hasMore && first.totalPages > 1) {
    // The page count is known: fetch the rest in parallel, a few at a time.
    const remaining = Array.from({ length: Math.min(first.totalPages, CATALOGUE_MAX_PAGES) - 1 }, (_, i) => i + 2);
    for (let start = 0; start < remaining.length; start += CATALOGUE_PARALLEL_PAGES) {
      const batch = remaining.slice(start, start + CATALOGUE_PARALLEL_PAGES);
      pages.push(
        ...(await Promise.all(
          batch.map((page) => client.listProducts({ ...params, page, perPage: first.perPage }, { signal })),
        )),
      );
    }
  } else {
    // No page count: walk the pages one by one while the server says there are more.
    let last = first;
    while (last.hasMore && pages.length < CATALOGUE_MAX_PAGES) {
      last = await client.listProducts({ ...params, page: last.page + 1, perPage: first.perPage }, { signal });
      pages.push(last);
    }
  }
  const seen = new Set<number>();
  const products: Product[] = [];
  for (const page of pages) {
    for (const product of page.items) {
      if (seen.has(product.id)) continue;
      seen.add(product.id);
      products.push(product);
    }
  }
  return { products, invalid: pages.flatMap((page) => page.invalid) };
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
