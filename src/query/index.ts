export { EsimProvider, useEsimContext } from './provider.js';
export type { EsimProviderProps, EsimContextValue } from './provider.js';
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
} from './options.js';
export type { Catalogue } from './options.js';
