'use client';

import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ListProductsParams } from '../api/client.js';
import type { CatalogueParams } from './keys.js';
import {
  catalogueOptions,
  infiniteProductsOptions,
  productOptions,
  productsOptions,
  variantOptions,
  variantsOptions,
} from './options.js';
import { useEsimContext } from './provider.js';

/** One page of products; the previous page stays on screen while the next one loads. */
export function useProducts(params: ListProductsParams = {}) {
  const { client } = useEsimContext();
  return useQuery({ ...productsOptions(client, params), placeholderData: keepPreviousData });
}

/** Products page after page, for "load more" lists. */
export function useInfiniteProducts(params: Omit<ListProductsParams, 'page'> = {}) {
  const { client } = useEsimContext();
  return useInfiniteQuery(infiniteProductsOptions(client, params));
}

/**
 * The whole catalogue (every page), for searching locally, within the provider's `catalogueLimits`;
 * `data.complete` is false when it was cut short.
 */
export function useCatalogue(params: CatalogueParams = {}) {
  const { client, catalogueLimits } = useEsimContext();
  return useQuery(catalogueOptions(client, params, catalogueLimits));
}

/**
 * A product with its variants inline; also fills the variant caches: `useVariants` then costs no request, and
 * `useVariant` shows the plan at once while it fetches the record with `regions`. Idle while `id` is undefined.
 */
export function useProduct(id: number | undefined) {
  const { client } = useEsimContext();
  return useQuery(productOptions(client, id));
}

/**
 * A product's variants. Costs no request when the product's detail is already loaded (then held to the
 * product's currency); fetched alone, each plan keeps its own `currency_code`: compare prices within one.
 */
export function useVariants(productId: number | undefined) {
  const { client } = useEsimContext();
  return useQuery(variantsOptions(client, productId));
}

/** One variant with its extended fields (`regions` and what else `GET /variants/:id` sends). */
export function useVariant(id: number | undefined) {
  const { client } = useEsimContext();
  return useQuery(variantOptions(client, id));
}

/** Returns a function that loads a product's detail ahead of need (on hover or focus); cached data is not refetched. */
export function usePrefetchProduct(): (id: number) => void {
  const { client } = useEsimContext();
  const queryClient = useQueryClient();
  return useCallback(
    (id: number) => {
      void queryClient.prefetchQuery(productOptions(client, id));
    },
    [client, queryClient],
  );
}
