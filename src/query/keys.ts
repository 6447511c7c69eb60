import type { ListProductsParams } from '../api/client.js';

/** Filters a whole-catalogue query may take: the pages themselves are the hook's business. */
export type CatalogueParams = Pick<ListProductsParams, 'countryCode' | 'search'>;

const root = ['esim-picker'] as const;

/**
 * Every query key the library uses. Keys are data, ordered from broad to narrow, so
 * `invalidateQueries({ queryKey: esimKeys.all })` refreshes everything and `esimKeys.product(id)`
 * targets one destination.
 */
export const esimKeys = {
  all: root,
  productLists: () => [...root, 'products'] as const,
  products: (params: ListProductsParams = {}) => [...root, 'products', 'page', params] as const,
  infiniteProducts: (params: Omit<ListProductsParams, 'page'> = {}) =>
    [...root, 'products', 'infinite', params] as const,
  catalogue: (params: CatalogueParams = {}) => [...root, 'products', 'catalogue', params] as const,
  product: (id: number | undefined) => [...root, 'product', id] as const,
  variants: (productId: number | undefined) => [...root, 'variants', productId] as const,
  variant: (id: number | undefined) => [...root, 'variant', id] as const,
};
