export { EsimProvider, useEsimContext } from './provider.js';
export type { EsimProviderProps, EsimContextValue, EsimErrorInfo } from './provider.js';
export {
  useProducts,
  useInfiniteProducts,
  useCatalogue,
  useProduct,
  useVariants,
  useVariant,
  usePrefetchProduct,
} from './hooks.js';
export { esimKeys } from './keys.js';
export type { CatalogueParams } from './keys.js';
export {
  productsOptions,
  infiniteProductsOptions,
  catalogueOptions,
  productOptions,
  variantsOptions,
  variantOptions,
  shouldRetry,
  retryDelay,
} from './options.js';
export type {
  Catalogue,
  CatalogueIncomplete,
  CatalogueIncompleteReason,
  CatalogueLimits,
  EsimQueryOptions,
  EsimInfiniteQueryOptions,
} from './options.js';
