// The api layer's public surface: what the query layer and the package root may import. No React.
export { createEsimClient, toEsimId } from './client.js';
export type {
  EsimClient,
  EsimClientOptions,
  EsimId,
  FetchLike,
  InvalidDataContext,
  ListProductsParams,
  ProductPage,
  RequestOptions,
  TokenProvider,
} from './client.js';

export type { PageInfo } from './pagination.js';
export { EsimApiError, isEsimApiError } from './errors.js';
export type { EsimApiErrorInit, EsimClientErrorCode } from './errors.js';
export { productSchema, variantSchema, safeImageUrl } from './schemas.js';
export type { InvalidRecord, Product, ProductDetail, Variant } from './schemas.js';
