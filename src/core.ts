// `esim-picker/core`: the React-free layers. It imports cleanly in a Next.js server component, a route
// handler, an edge runtime and plain Node; no module reachable from here carries 'use client'.
// The package root re-exports all of it.

// API client, errors and the record schemas (the public record types are `z.infer` of them)
export { createEsimClient, EsimApiError, isEsimApiError, productSchema, variantSchema } from './api/index.js';
export type {
  EsimClient,
  EsimClientOptions,
  EsimClientErrorCode,
  EsimId,
  InvalidDataContext,
  InvalidRecord,
  ListProductsParams,
  PageInfo,
  Product,
  ProductDetail,
  ProductPage,
  RequestOptions,
  TokenProvider,
  Variant,
} from './api/index.js';

// Money and countries
export { variantPrice, formatMinor } from './money/index.js';
export type { Price } from './money/index.js';
export { countryName, countryFlag, destinationMark, popularDestinations, productSearchKeys } from './geo/index.js';
export type { DestinationKind } from './geo/index.js';

// Query keys and `…Options` factories, for prefetching on a server and `HydrationBoundary`
export { esimKeys } from './query/keys.js';
export type { CatalogueParams } from './query/keys.js';
export {
  productsOptions,
  infiniteProductsOptions,
  catalogueOptions,
  productOptions,
  variantsOptions,
  variantOptions,
} from './query/options.js';
export type {
  Catalogue,
  CatalogueIncomplete,
  CatalogueIncompleteReason,
  CatalogueLimits,
  EsimInfiniteQueryOptions,
  EsimQueryOptions,
} from './query/options.js';

// UI strings as data: a server component passes them (or a locale entry) to EsimProvider's `messages`
export { defaultMessages } from './i18n/messages.js';
export type { EsimMessages, Messages, MessageValue, PluralCategory, PluralMessage } from './i18n/messages.js';
