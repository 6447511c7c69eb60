// The `…Options` factories: plain objects a server component, a route handler or plain Node can hand to
// `queryClient.prefetchQuery`, and the hooks to `useQuery`. No React and no React Query at run time: the
// library's `queryOptions()` only returns its argument, so its typing is reproduced here with `DataTag`.
import type {
  DataTag,
  InfiniteData,
  QueryClient,
  QueryFunction,
  QueryKey,
  UseQueryOptions,
} from '@tanstack/react-query';
import { toEsimId, type EsimClient, type ListProductsParams, type ProductPage } from '../api/client.js';
import type { EsimApiError } from '../api/errors.js';
import type { ProductDetail, Variant } from '../api/schemas.js';
import { fetchCatalogue, received, type Catalogue, type CatalogueLimits } from './catalogue.js';
import { esimKeys, type CatalogueParams } from './keys.js';
import { retryDelay, shouldRetry } from './retry.js';

/** Options for `useQuery`/`prefetchQuery` whose key carries the data type, as `queryOptions()` returns them. */
export type EsimQueryOptions<TData, TKey extends QueryKey> = Omit<
  UseQueryOptions<TData, EsimApiError, TData, TKey>,
  'queryFn' | 'queryKey'
> & {
  queryKey: DataTag<TKey, TData>;
  /** Always a function (never `skipToken`), so the options also suit `useSuspenseQuery`. */
  queryFn: QueryFunction<TData, TKey>;
};

/**
 * Options for `useInfiniteQuery`/`prefetchInfiniteQuery`, written out field by field: the type parameters
 * of React Query's own `UseInfiniteQueryOptions` moved between 5.x releases, and this shape fits them all.
 */
export interface EsimInfiniteQueryOptions<TPage, TKey extends QueryKey> {
  queryKey: DataTag<TKey, InfiniteData<TPage, number>>;
  queryFn: QueryFunction<TPage, TKey, number>;
  initialPageParam: number;
  getNextPageParam: (lastPage: TPage) => number | undefined;
  staleTime: number;
  retry: typeof shouldRetry;
  retryDelay: typeof retryDelay;
}

/** Prices change rarely within a checkout; a minute spares refetches while the traveller browses. */
const PRICE_STALE_MS = 60_000;
/** Also what keeps a server-prefetched catalogue from being fetched again as the page hydrates. */
const CATALOGUE_STALE_MS = 5 * 60_000;

const shared = { retry: shouldRetry, retryDelay } as const;

const tagged = <TData, TKey extends QueryKey>(
  options: Omit<EsimQueryOptions<TData, TKey>, 'queryKey'> & { queryKey: TKey },
) => options as EsimQueryOptions<TData, TKey>;

/**
 * Seeds the variant caches from a product detail, so that a loaded product costs no further request for its
 * plans. A plan inline in a product lacks what `GET /variants/:id` adds (`regions`, extended facts): a plan
 * not fetched on its own is seeded dated 0 (shown at once, yet stale, so `useVariant` still fetches the
 * record it promises); a plan already fetched takes the product's fresher price fields and keeps the rest,
 * and its date.
 */
function seedVariantCaches(queryClient: QueryClient, product: ProductDetail): void {
  queryClient.setQueryData(esimKeys.variants(product.id), product.variants);
  for (const variant of product.variants) {
    const key = esimKeys.variant(variant.id);
    const { data, dataUpdatedAt = 0 } = queryClient.getQueryState<Variant>(key) ?? {};
    const fetched = data !== undefined && hasVariantDetail(dataUpdatedAt);
    queryClient.setQueryData(key, fetched ? { ...data, ...variant } : variant, { updatedAt: fetched ? dataUpdatedAt : 0 });
  }
}

/** Whether a variant cache entry dated `dataUpdatedAt` holds the record `GET /variants/:id` sent (not only a product's inline plan). */
export const hasVariantDetail = (dataUpdatedAt: number): boolean => dataUpdatedAt > 0;

/** One page of products. */
export function productsOptions(client: EsimClient, params: ListProductsParams = {}) {
  return tagged({
    queryKey: esimKeys.products(params),
    queryFn: ({ signal }) => client.listProducts(params, { signal }),
    staleTime: CATALOGUE_STALE_MS,
    ...shared,
  });
}

/** Products page after page, for "load more" lists. */
export function infiniteProductsOptions(
  client: EsimClient,
  params: Omit<ListProductsParams, 'page'> = {},
): EsimInfiniteQueryOptions<ProductPage, ReturnType<typeof esimKeys.infiniteProducts>> {
  return {
    queryKey: esimKeys.infiniteProducts(params) as DataTag<
      ReturnType<typeof esimKeys.infiniteProducts>,
      InfiniteData<ProductPage, number>
    >,
    queryFn: ({ signal, pageParam }) => client.listProducts({ ...params, page: pageParam }, { signal }),
    initialPageParam: 1,
    // An empty page ends the list whatever X-Has-More says: a next one would be as empty, or out of reach.
    getNextPageParam: (last) => (last.hasMore && received(last) ? last.page + 1 : undefined),
    staleTime: CATALOGUE_STALE_MS,
    ...shared,
  };
}

/**
 * The whole catalogue, every page, bounded by `limits` (which are not part of the key: one QueryClient keeps
 * one catalogue per filter). The result is plain JSON, so it survives `dehydrate` and `HydrationBoundary`.
 */
export function catalogueOptions(client: EsimClient, params: CatalogueParams = {}, limits: CatalogueLimits = {}) {
  return tagged<Catalogue, ReturnType<typeof esimKeys.catalogue>>({
    queryKey: esimKeys.catalogue(params),
    queryFn: ({ signal }) => fetchCatalogue(client, params, limits, signal),
    staleTime: CATALOGUE_STALE_MS,
    ...shared,
  });
}

/** A product with its variants inline; fills the variant caches too. Idle while `id` is undefined. */
export function productOptions(client: EsimClient, id: number | undefined) {
  return tagged<ProductDetail, ReturnType<typeof esimKeys.product>>({
    queryKey: esimKeys.product(id),
    queryFn: async (context) => {
      const product = await client.getProduct(toEsimId(id), { signal: context.signal });
      // React Query 5.66+ passes its client to the query function; with older 5.x, no seeding (useVariants then
      // costs one request).
      const queryClient = (context as { client?: QueryClient }).client;
      if (queryClient) seedVariantCaches(queryClient, product);
      return product;
    },
    enabled: id !== undefined,
    staleTime: PRICE_STALE_MS,
    ...shared,
  });
}

/** A product's variants. Idle while `productId` is undefined. */
export function variantsOptions(client: EsimClient, productId: number | undefined) {
  return tagged<Variant[], ReturnType<typeof esimKeys.variants>>({
    queryKey: esimKeys.variants(productId),
    queryFn: ({ signal }) => client.listVariants(toEsimId(productId), { signal }),
    enabled: productId !== undefined,
    staleTime: PRICE_STALE_MS,
    ...shared,
  });
}

/** One variant with its extended fields. Idle while `id` is undefined. */
export function variantOptions(client: EsimClient, id: number | undefined) {
  return tagged<Variant, ReturnType<typeof esimKeys.variant>>({
    queryKey: esimKeys.variant(id),
    queryFn: ({ signal }) => client.getVariant(toEsimId(id), { signal }),
    enabled: id !== undefined,
    staleTime: PRICE_STALE_MS,
    ...shared,
  });
}

export { shouldRetry, retryDelay } from './retry.js';
export type { Catalogue, CatalogueIncomplete, CatalogueIncompleteReason, CatalogueLimits } from './catalogue.js';
