// The typed fetch client. No React, no globals touched at import time: `fetch` is looked up per call so
// MSW (or a partner's instrumentation) patched after import is still used.
import type { ZodMiniType } from 'zod/mini';
import { EsimApiError, type EsimApiErrorInit } from './errors.js';
import { readPagination, type PageInfo } from './pagination.js';
import { redact } from './redact.js';
import { DEFAULT_MAX_RESPONSE_BYTES, foreignOrigin, readCapped, retryAfterMs } from './response.js';
import {
  listSchema,
  productDetailEnvelopeSchema,
  productSchema,
  trimmed,
  variantSchema,
  type InvalidRecord,
  type Product,
  type ProductDetail,
  type Variant,
} from './schemas.js';
import { check, validateEach, type ListRules } from './validate.js';

const API = '/api/v1/esim';

/** The subset of `fetch` the client uses, so a partner's wrapper or a test double type-checks easily. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Returns the bearer token for one request; called before every request so short-lived tokens stay fresh. */
export type TokenProvider = () => string | undefined | Promise<string | undefined>;

/** A product or variant id: a positive safe integer, or a string of plain digits such as a route param `"712"`. */
export type EsimId = number | string;

/**
 * Where invalid records came from, for `onInvalidData`. Plans `getProduct` had to fetch from the variants
 * endpoint (the detail inlined none) are reported as `listVariants`, with that path.
 */
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
  /**
   * Limit per HTTP request, covering the token function, the response and its body (the hooks retry a
   * timeout twice; `getProduct` may make two requests). `0` disables it, as does 2e9 (23 days) or more. @default 15000
   */
  timeoutMs?: number | undefined;
  /** Largest response body accepted; a bigger one fails early with `INVALID_RESPONSE`. @default 10000000 */
  maxResponseBytes?: number | undefined;
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
  /** The product with its plans inline; when the detail inlines none, the plans from `listVariants`, which fetches a new destination's. */
  getProduct(id: EsimId, options?: RequestOptions): Promise<ProductDetail>;
  listVariants(productId: EsimId, options?: RequestOptions): Promise<Variant[]>;
  getVariant(id: EsimId, options?: RequestOptions): Promise<Variant>;
}

const fail = (status: number, code: EsimApiErrorInit['code'], problem: string, more?: Partial<EsimApiErrorInit>) =>
  new EsimApiError({ status, code, message: `eSIM API: ${problem}`, ...more });

/** `value` if it is a positive safe integer, else VALIDATION_FAILURE. */
function positive(value: unknown, what: string): number {
  if (Number.isSafeInteger(value) && (value as number) > 0) return value as number;
  throw fail(0, 'VALIDATION_FAILURE', `invalid ${what}, expected a positive integer`);
}

/**
 * Normalises an id before any request: a positive safe integer, or a string of plain decimal digits
 * (`"712"`). Anything else (`0`, `-1`, `1.5`, `"7e2"`, `" 712"`, `NaN`) throws `VALIDATION_FAILURE`.
 */
export const toEsimId = (value: unknown): number =>
  positive(typeof value === 'string' && /^\d+$/.test(value) ? +value : value, 'id');

export function createEsimClient(options: EsimClientOptions): EsimClient {
  if (typeof options?.baseUrl !== 'string') {
    throw new TypeError("createEsimClient: baseUrl is required ('' for same-origin)");
  }
  const { token, timeoutMs = 15_000, maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES, onInvalidData } = options;
  const base = options.baseUrl.replace(/\/+$/, '');

  /**
   * One GET whose 2xx JSON body must pass `schema` (and carry `expectedId`, for a detail); an EsimApiError
   * without the credential for everything else. Our own controller links the caller's signal and the
   * timeout, so a timeout can be told from a caller abort and the caller's listener dropped once the
   * request settles.
   */
  async function get<T>(path: string, request: RequestOptions | undefined, schema: ZodMiniType<T>, query = '', expectedId?: number) {
    const caller = request?.signal;
    const controller = new AbortController();
    const { signal } = controller;
    const onAbort = () => controller.abort(caller?.reason);
    // A timer past 2^31 − 1 ms (24.8 days) fires at once, which would fail every request: a limit of weeks
    // (from 2e9 ms, 23 days) means none.
    const timer =
      timeoutMs > 0 &&
      timeoutMs < 2e9 &&
      setTimeout(() => controller.abort(fail(0, 'TIMEOUT', `no answer in ${timeoutMs} ms (timeoutMs)`)), timeoutMs);
    caller?.addEventListener('abort', onAbort);
    // The token as sent, once the token function has given it (redact reads a function as no token).
    let secret: unknown = token;
    const url = base + path + (query && `?${query}`);
    // The whole request is raced against the signal: a token function or a custom fetch that never settles,
    // or ignores the signal (on the response or its body), still ends in TIMEOUT or ABORTED.
    const aborted = new Promise<never>((_, reject) => void (signal.onabort = () => reject(signal.reason)));
    const send = async () => {
      let headers: Headers;
      try {
        secret = await (typeof token === 'function' ? token() : token);
        headers = new Headers(options.headers);
        headers.set('Accept', 'application/json');
        if (secret) headers.set('Authorization', `Bearer ${secret as string}`);
      } catch (cause) {
        throw fail(0, 'TOKEN_ERROR', 'the token function failed, or a header is invalid', { cause });
      }
      // A token that came after the timeout or the caller's abort is never sent.
      signal.throwIfAborted();
      const response = await (options.fetch || fetch)(url, { method: 'GET', headers, signal });
      const { status, ok, statusText } = response;
      const elsewhere = foreignOrigin(response, url);
      const text = elsewhere ? '' : await readCapped(response, maxResponseBytes);
      let body: unknown;
      let issues: string[] | undefined;
      let code = ok || elsewhere || text === undefined ? 'INVALID_RESPONSE' : `HTTP_${status}`;
      let serverName: string | undefined;
      let problem = elsewhere
        ? `redirected to another origin (${elsewhere})`
        : text === undefined
          ? `body over ${maxResponseBytes} bytes (maxResponseBytes)`
          : text.trim()
            ? ''
            : 'empty body';
      if (!problem) {
        try {
          body = JSON.parse(text!);
        } catch {
          // Not kept as the cause: a parser's message quotes the body's start, which may be the token's.
          problem = /html/.test(response.headers.get('content-type')!)
            ? 'HTML, not JSON (a proxy in the way?)'
            : 'body is not JSON';
        }
      }
      if (problem) {
        // A body we cannot read: said as it is.
      } else if (ok) {
        const { data, issues: found } = check(schema, body);
        issues = found;
        if (found.length) {
          // Named below.
        } else if (expectedId === undefined || (data as { id?: unknown }).id === expectedId) {
          return { data: data!, headers: response.headers };
        } else issues = [`id: expected ${expectedId}`];
        problem = `invalid data (${issues.join('; ')})`;
      } else {
        // The API's error body: its code and name are kept (without the credential, see redact).
        const error = (body as { error?: Record<string, unknown> } | null)?.error;
        problem = error instanceof Object ? trimmed(error.message) : 'unexpected JSON shape';
        code = trimmed(error?.code) || code;
        serverName = trimmed(error?.name) || undefined;
      }
      throw fail(status, code, `${status}${statusText && ` ${statusText}`}${problem && `, ${problem}`}`, {
        issues,
        serverName,
        retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
      });
    };
    try {
      caller?.throwIfAborted();
      return await Promise.race([send(), aborted]);
    } catch (cause) {
      // Our signal aborts only for the caller or the timeout, whose reason is the TIMEOUT error; the race
      // rejects with it before any step's own error. CORS and "offline" are a page's causes: on a server (a
      // Next.js prefetch, an order check) the hint would send whoever reads the log the wrong way; there the
      // cause says why (Node: "fetch failed", its cause ECONNREFUSED, ENOTFOUND…). `document`, not
      // `location`: Deno throws on reading `location` when run without --location.
      const error =
        cause instanceof EsimApiError
          ? cause
          : fail(
              0,
              caller?.aborted ? 'ABORTED' : 'NETWORK_ERROR',
              caller?.aborted
                ? 'request cancelled'
                : `unreachable${globalThis.document ? ' (offline, or blocked by CORS?)' : ''}`,
              { cause },
            );
      throw redact(error, secret, options.headers);
    } finally {
      clearTimeout(timer as ReturnType<typeof setTimeout>);
      caller?.removeEventListener('abort', onAbort);
    }
  }

  /** Leaves invalid records out and reports them; a throwing reporter never fails the request. */
  async function each<T extends { id: number }>(
    schema: ZodMiniType<T>,
    raws: unknown[],
    operation: InvalidDataContext['operation'],
    path: string,
    rules?: ListRules,
  ) {
    const result = await validateEach(schema, operation === 'listProducts' ? 'product' : 'variant', raws, rules);
    try {
      if (result.invalid.length) onInvalidData?.(result.invalid, { operation, path });
    } catch {
      // A reporting hook must never turn valid data into a failed request.
    }
    return result;
  }

  async function variantsOf(productId: number, request: RequestOptions | undefined, rules: ListRules) {
    const path = `${API}/products/${productId}/variants`;
    return each(variantSchema, (await get(path, request, listSchema)).data, 'listVariants', path, rules);
  }

  return {
    async listProducts(params = {}, request) {
      const { page, perPage } = params;
      // Blank or undefined filters are left out.
      const query = Object.entries({
        page: page === undefined ? page : positive(page, 'page'),
        per_page: perPage === undefined ? perPage : positive(perPage, 'perPage'),
        country_code: params.countryCode?.trim().toUpperCase(),
        search: params.search?.trim(),
      }).filter((entry) => entry[1]);
      const path = `${API}/products`;
      const { data, headers } = await get(path, request, listSchema, `${new URLSearchParams(query as string[][])}`);
      const { valid, invalid } = await each(productSchema, data, 'listProducts', path);
      return { items: valid, invalid, ...readPagination(headers, { page, perPage }, data.length) };
    },

    async getProduct(id, request) {
      const productId = toEsimId(id);
      const path = `${API}/products/${productId}`;
      const { variants, ...product } = (await get(path, request, productDetailEnvelopeSchema, '', productId)).data;
      const rules = { productId, currency: product.currency_code };
      let { valid, invalid } = await each(variantSchema, variants ?? [], 'getProduct', path, rules);
      // The detail inlines the plans the API already holds; for a destination added recently it holds none
      // until the variants endpoint fetches them (API reference, Variants). Without this, a new destination
      // would read "no plans" and could not be bought. Costs a request only for a detail with no plans at all.
      if (!variants?.length) ({ valid, invalid } = await variantsOf(productId, request, rules));
      return { ...product, variants: valid, invalidVariants: invalid };
    },

    async listVariants(productId, request) {
      const id = toEsimId(productId);
      return (await variantsOf(id, request, { productId: id })).valid;
    },

    async getVariant(id, request) {
      const variantId = toEsimId(id);
      return (await get(`${API}/variants/${variantId}`, request, variantSchema, '', variantId)).data;
    },
  };
}
