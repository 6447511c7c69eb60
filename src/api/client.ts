// The typed fetch client. No React, no globals touched at import time: `fetch` is looked up per call so
// MSW (or a partner's instrumentation) patched after import is still used.
import { EsimApiError } from './errors.js';
import { joinUrl, sendJson, type FetchLike, type Received } from './http.js';
import { readPagination, type PageInfo } from './pagination.js';
import {
  describeIssues,
  parseEach,
  productDetailEnvelopeSchema,
  productSchema,
  variantSchema,
  type InvalidRecord,
  type Product,
  type ProductDetail,
  type Variant,
} from './schemas.js';

const API = '/api/v1/esim';
const DEFAULT_TIMEOUT_MS = 15_000;

/** Returns the bearer token for one request; called before every request so short-lived tokens stay fresh. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

/** A product or variant id: a positive safe integer, or a string of plain digits such as a route param `"712"`. */
export type EsimId = number | string;

/** Where invalid records came from, for `onInvalidData`. */
export interface InvalidDataContext {
  operation: 'listProducts' | 'getProduct' | 'listVariants';
  /** The request path without the query string, e.g. `/api/v1/esim/products/712`. */
  path: string;
}

export interface EsimClientOptions {
  /** API origin, e.g. `https://api.octopuscards.io`, or `''` / `'/'` for same-origin requests through a proxy. */
  baseUrl: string;
  /** Bearer token, or a function (sync or async) called before each request. Omit when a proxy adds it. */
  token?: string | TokenProvider | undefined;
  /** @default globalThis.fetch, looked up at call time */
  fetch?: FetchLike | undefined;
  /** Extra headers on every request. An `Authorization` here is used only when `token` yields nothing. */
  headers?: HeadersInit | undefined;
  /** Per-request limit, covering the token function, the response and its body. `0` disables it. @default 15000 */
  timeoutMs?: number | undefined;
  /** Told about records left out because they failed validation. Errors it throws are ignored. */
  onInvalidData?: ((records: InvalidRecord[], context: InvalidDataContext) => void) | undefined;
}

export interface RequestOptions {
  /** Cancels the request; the promise then rejects with an `EsimApiError` whose code is `ABORTED`. */
  signal?: AbortSignal | undefined;
}

export interface ListProductsParams {
  /** 1-based. @default 1 */
  page?: number | undefined;
  /** @default 50 */
  perPage?: number | undefined;
  /** ISO 3166-1 alpha-3 code, e.g. `JPN`; `GLO` for global products. */
  countryCode?: string | undefined;
  /** Case-insensitive name search; blank means no filter. */
  search?: string | undefined;
}

export interface ProductPage extends PageInfo {
  items: Product[];
  /** Records the server sent that failed validation and were left out of `items`. */
  invalid: InvalidRecord[];
}

export interface EsimClient {
  listProducts(params?: ListProductsParams, options?: RequestOptions): Promise<ProductPage>;
  getProduct(id: EsimId, options?: RequestOptions): Promise<ProductDetail>;
  listVariants(productId: EsimId, options?: RequestOptions): Promise<Variant[]>;
  getVariant(id: EsimId, options?: RequestOptions): Promise<Variant>;
}

function validationError(message: string): EsimApiError {
  return new EsimApiError({ status: 0, code: 'VALIDATION_FAILURE', message });
}

/**
 * Normalises an id before any request: a positive safe integer, or a string of plain decimal digits
 * (`"712"`). Anything else (`0`, `-1`, `1.5`, `"7e2"`, `" 712"`, `NaN`) throws `VALIDATION_FAILURE`.
 * Exported so query keys can use the same normalised number the client sends.
 */
export function toEsimId(value: unknown, what: 'product' | 'variant' = 'product'): number {
  const id = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) return id;
  throw validationError(`Invalid ${what} id: expected a positive integer`);
}

function positiveInt(value: number | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (Number.isSafeInteger(value) && value > 0) return value;
  throw validationError(`Invalid ${name}: expected a positive integer`);
}

function invalidResponse(received: Received, message: string, issues: string[]): EsimApiError {
  return new EsimApiError({ status: received.status, code: 'INVALID_RESPONSE', message, issues });
}

function expectArray(received: Received, what: string): unknown[] {
  if (Array.isArray(received.body)) return received.body;
  throw invalidResponse(received, `The eSIM API sent ${what} that is not a list`, ['expected an array']);
}

export function createEsimClient(options: EsimClientOptions): EsimClient {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError(
      "createEsimClient: `baseUrl` is required, e.g. 'https://api.octopuscards.io', or '' for a same-origin proxy",
    );
  }
  const { baseUrl, token, headers, onInvalidData } = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function get(path: string, query: URLSearchParams | undefined, request: RequestOptions | undefined) {
    // Static headers first, then Accept (the client only understands JSON); Authorization is added from
    // `token` inside sendJson and wins over one given in `headers`.
    const base = new Headers(headers);
    base.set('Accept', 'application/json');
    return sendJson({
      url: joinUrl(baseUrl, path, query),
      headers: base,
      fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
      signal: request?.signal,
      timeoutMs,
      token: async () => (typeof token === 'function' ? await token() : token) || undefined,
    });
  }

  function report(records: InvalidRecord[], context: InvalidDataContext): void {
    if (!records.length || !onInvalidData) return;
    try {
      onInvalidData(records, context);
    } catch {
      // A reporting hook must never turn valid data into a failed request.
    }
  }

  return {
    async listProducts(params = {}, request) {
      const page = positiveInt(params.page, 'page');
      const perPage = positiveInt(params.perPage, 'perPage');
      const query = new URLSearchParams();
      if (page !== undefined) query.set('page', String(page));
      if (perPage !== undefined) query.set('per_page', String(perPage));
      const countryCode = params.countryCode?.trim().toUpperCase();
      if (countryCode) query.set('country_code', countryCode);
      const search = params.search?.trim();
      if (search) query.set('search', search);

      const path = `${API}/products`;
      const received = await get(path, query, request);
      const raws = expectArray(received, 'a product list');
      const { valid, invalid } = parseEach(productSchema, 'product', raws);
      report(invalid, { operation: 'listProducts', path });
      return { items: valid, invalid, ...readPagination(received.headers, { page, perPage }, raws.length) };
    },

    async getProduct(id, request) {
      const path = `${API}/products/${toEsimId(id, 'product')}`;
      const received = await get(path, undefined, request);
      const envelope = productDetailEnvelopeSchema.safeParse(received.body);
      if (!envelope.success) {
        throw invalidResponse(received, 'The eSIM API sent a product that failed validation', describeIssues(envelope.error));
      }
      const { valid, invalid } = parseEach(variantSchema, 'variant', envelope.data.variants);
      report(invalid, { operation: 'getProduct', path });
      return { ...envelope.data, variants: valid, invalidVariants: invalid };
    },

    async listVariants(productId, request) {
      const path = `${API}/products/${toEsimId(productId, 'product')}/variants`;
      const received = await get(path, undefined, request);
      const { valid, invalid } = parseEach(variantSchema, 'variant', expectArray(received, 'a variant list'));
      report(invalid, { operation: 'listVariants', path });
      return valid;
    },

    async getVariant(id, request) {
      const received = await get(`${API}/variants/${toEsimId(id, 'variant')}`, undefined, request);
      const variant = variantSchema.safeParse(received.body);
      if (!variant.success) {
        throw invalidResponse(received, 'The eSIM API sent a variant that failed validation', describeIssues(variant.error));
      }
      return variant.data;
    },
  };
}
