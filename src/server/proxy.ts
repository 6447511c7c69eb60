// A fetch-standard handler for the partner's backend, so the browser calls its own origin and never holds
// the wholesale token. Deliberately a strict allowlist: GET on the four read endpoints, JSON out, nothing
// of the upstream's but validated JSON, a checked error code and the documented pagination headers.
import { listQuery } from './query.js';
import {
  entityTag,
  errorResponse,
  matchesIfNoneMatch,
  paginationHeaders,
  successResponse,
  upstreamErrorResponse,
} from './responses.js';

/** The read endpoints the proxy may forward (`:id` is a positive integer). */
export type EsimProxyPath =
  | '/api/v1/esim/products'
  | '/api/v1/esim/products/:id'
  | '/api/v1/esim/products/:id/variants'
  | '/api/v1/esim/variants/:id';

export interface EsimProxyOptions {
  /**
   * The real API's origin, e.g. `https://api.octopuscards.io`. May be unset where the route module is only
   * loaded, as `next build` does without the server's secrets: each request then answers 500
   * `PROXY_UPSTREAM_UNSET` (and `onError` says why) instead of the build failing.
   */
  upstream: string | undefined;
  /**
   * The server-side token, or a function (sync or async) called per request with the browser's request.
   * Never sent to the browser; a token that is not one header-safe word is refused without being shown.
   */
  token: string | ((request: Request) => string | Promise<string>);
  /** Endpoints to forward. @default all four read endpoints */
  allowedPaths?: readonly EsimProxyPath[] | undefined;
  /** @default globalThis.fetch, looked up per request */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
  /** Limit on the upstream's whole answer (token function, headers and body); past it the browser gets a 504. @default 10000 */
  timeoutMs?: number | undefined;
  /**
   * Seconds a shared cache (CDN, nginx `proxy_cache`, Vercel) may serve a successful answer (`s-maxage`).
   * `0` sends `private, no-cache` instead, for tokens that differ per user: prices carry the token's client
   * discount, and a shared cache would serve one customer's prices to another.
   * @default 60 with a string token; 0 with a token function (it may well give each user their own token)
   */
  cacheSeconds?: number | undefined;
  /** Seconds after `cacheSeconds` a shared cache may serve the old answer while it refetches (`stale-while-revalidate`). @default 300 */
  staleSeconds?: number | undefined;
  /** Largest `per_page` forwarded on the list endpoint; larger asks are lowered to it (and a request without one asks for it when it is below the API's default of 50). @default 100 */
  maxPerPage?: number | undefined;
  /** Longest `search` forwarded, in characters; a longer one is cut. @default 100 */
  maxSearchLength?: number | undefined;
  /** Largest upstream body read, in bytes; a larger answer becomes a 502. @default 10000000 */
  maxBodyBytes?: number | undefined;
  /**
   * Called for every error response the proxy sends (4xx and 5xx, the upstream's own among them), for your
   * logs: the browser only ever gets a generic message, this says why. The token is cut out of everything
   * passed once the proxy has it (a token function that throws is reported with its own error, as thrown).
   * Neither a throw nor a slow promise here changes or delays the response.
   */
  onError?: ((event: EsimProxyErrorEvent) => void | Promise<void>) | undefined;
}

/** What `onError` is told about one failed request. */
export interface EsimProxyErrorEvent {
  /** The status sent to the browser (499 when the browser went away first). */
  status: number;
  /** The `error.code` sent to the browser: `UPSTREAM_TIMEOUT`, `UPSTREAM_NOT_JSON`, the upstream's checked code… */
  code: string;
  /** The browser's request method. */
  method: string;
  /** The browser's request path, without its query string. */
  path: string;
  /** The upstream's status, when it answered. */
  upstreamStatus?: number | undefined;
  /** What went wrong on the way, when something was thrown or refused: `TypeError: fetch failed (ECONNREFUSED)`. */
  cause?: string | undefined;
  /** Milliseconds from the request to the response. */
  durationMs: number;
}

/** What one request learns on the way that its response cannot carry: kept for `onError`. */
interface Failure {
  upstreamStatus?: number;
  cause?: unknown;
  token?: string;
}

export type EsimProxyHandler = (request: Request) => Promise<Response>;

const ROUTES: Record<EsimProxyPath, RegExp> = {
  // Matched on the path's end, so the handler works when the framework mounts it under a prefix. The id takes
  // any one segment: one that is no valid id is answered as the API answers it (below), not as a missing endpoint.
  '/api/v1/esim/products': /\/api\/v1\/esim\/products\/?$/,
  '/api/v1/esim/products/:id': /\/api\/v1\/esim\/products\/([^/]+)\/?$/,
  '/api/v1/esim/products/:id/variants': /\/api\/v1\/esim\/products\/([^/]+)\/variants\/?$/,
  '/api/v1/esim/variants/:id': /\/api\/v1\/esim\/variants\/([^/]+)\/?$/,
};

/** An id the API takes: a positive integer, no sign, no leading zero, at most 16 digits. */
const VALID_ID = /^[1-9]\d{0,15}$/;

/** One header-safe word (visible ASCII, no spaces): a line break could otherwise split the request. */
const isHeaderSafeToken = (token: unknown): token is string => typeof token === 'string' && /^[\x21-\x7e]+$/.test(token);

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function option(value: number | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value < min) throw new TypeError(`createEsimProxy: \`${name}\` must be a number ≥ ${min}`);
  return value;
}

/**
 * The stretches of base64 (and base64url) that encode `token` wherever it sits in a longer text (a header
 * echoed as `Bearer …`, a cursor), one per alignment: the characters that mix in the bytes around the
 * token are left off. Shorter than 12 characters they could match data by chance, and are not used.
 */
function base64Forms(token: string): string[] {
  const forms: string[] = [];
  for (const shift of [0, 1, 2]) {
    const encoded = btoa('\0'.repeat(shift) + token);
    const form = encoded.slice([0, 2, 3][shift], Math.floor((shift + token.length) / 3) * 4);
    if (form.length >= 12) forms.push(form, form.replace(/\+/g, '-').replace(/\//g, '_'));
  }
  return forms;
}

const lowerHex = (text: string) => text.replace(/%[0-9A-F]{2}/g, (escape) => escape.toLowerCase());
const unicodeEscape = (char: string) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Every way the encoders around an API write the token (visible ASCII, checked before use), as fixed
 * strings, longest first: cut in that order, no shorter form leaves half of a longer one behind (a `\` of
 * the token cut before its JSON escape would break the JSON). Fixed strings keep the cost linear in the body
 * whatever the token's length (a JWT runs to thousands of characters); a pattern per character did not.
 */
function tokenForms(token: string): string[] {
  const json = JSON.stringify(token).slice(1, -1);
  const percent = encodeURIComponent(token);
  const form = new URLSearchParams({ t: token }).toString().slice(2);
  const everyEscaped = [...token].map(unicodeEscape).join('');
  const forms = [
    token,
    json,
    json.replaceAll('/', '\\/'), // PHP's json_encode
    json.replace(/[<>&]/g, unicodeEscape), // Go's encoding/json
    everyEscaped,
    everyEscaped.toUpperCase().replaceAll('\\U', '\\u'),
    percent,
    lowerHex(percent), // .NET
    form,
    lowerHex(form),
    ...base64Forms(token),
  ];
  return [...new Set(forms)].sort((a, b) => b.length - a.length);
}

/**
 * The text with every form the token may take in it cut out: as sent, JSON-escaped (as PHP, Go or an
 * escape-everything encoder writes it), percent-encoded (upper or lower case, URL or form), in base64 or
 * base64url at any alignment.
 */
function redact(text: string, forms: readonly string[]): string {
  for (const form of forms) text = text.replaceAll(form, '[redacted]');
  return text;
}

/**
 * Whether a string of `value`, object keys included, holds one of `forms`. Asked of the parsed body, not of its
 * text: an encoder may escape any one character (`\u006b` for `k`), which no form written in advance matches.
 * A loop, not recursion: a body without the token passes however deeply nested (JSON.parse takes any depth).
 */
function holdsForm(value: unknown, forms: readonly string[]): boolean {
  for (const stack = [value]; stack.length; ) {
    const next = stack.pop();
    if (typeof next === 'string') {
      for (const form of forms) if (next.includes(form)) return true;
    } else if (Array.isArray(next)) {
      for (const item of next) stack.push(item);
    } else if (next && typeof next === 'object') {
      // for…in, not Object.entries: no array per field (a 5 MB catalogue page took twice as long).
      for (const key in next) stack.push(key, (next as Record<string, unknown>)[key]);
    }
  }
  return false;
}

/** `value` with `forms` cut from each of its strings, object keys included. */
function cutStrings(value: unknown, forms: readonly string[]): unknown {
  if (typeof value === 'string') return redact(value, forms);
  if (Array.isArray(value)) return value.map((item) => cutStrings(item, forms));
  // fromEntries defines keys as own properties: a "__proto__" key stays a key.
  return value && typeof value === 'object'
    ? Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key, forms), cutStrings(item, forms)]))
    : value;
}

/** The body, or `undefined` past `limit` bytes (the rest is never read). */
async function readBody(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(response.headers.get('content-length') ?? 0) > limit) {
    void response.body?.cancel().catch(() => {});
    return undefined;
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body) {
    const reader = response.body.getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      size += read.value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => {});
        return undefined;
      }
      chunks.push(read.value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * The body as JSON, or `undefined` with why in `failure.cause`, in our own words: a parser's message quotes
 * the start of the body, which may be the token's start.
 */
function parseJson(bytes: Uint8Array, type: string, failure: Failure, forms: readonly string[]): { body: unknown } | undefined {
  if (!JSON_TYPE.test(type)) {
    // Cut before it is shortened: cut after, the start of a long token would be left (report cuts it only whole).
    failure.cause = `content-type ${redact(type, forms).slice(0, 100) || 'missing'}`;
    return undefined;
  }
  try {
    return { body: JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) };
  } catch {
    failure.cause = 'the body is not UTF-8 JSON';
    return undefined;
  }
}

const badGateway = (code: string, message: string) => errorResponse({ status: 502, name: 'BadGatewayError', code, message });

/** `Name: message (cause)` of what was thrown, for a log line; a string is already one. */
function describeThrown(thrown: unknown): string {
  if (!(thrown instanceof Error)) return String(thrown);
  const inner = thrown.cause as { code?: unknown; message?: unknown } | undefined;
  const because = inner && (typeof inner.code === 'string' ? inner.code : typeof inner.message === 'string' ? inner.message : '');
  return `${thrown.name}: ${thrown.message}${because ? ` (${because})` : ''}`;
}

export function createEsimProxy(options: EsimProxyOptions): EsimProxyHandler {
  const upstream = options.upstream ? options.upstream.replace(/\/+$/, '') : undefined;
  // Unset is allowed (see `upstream`); set to anything but an absolute URL is a bug, shown at once.
  if (upstream !== undefined && !/^https?:\/\//.test(upstream)) {
    throw new TypeError("createEsimProxy: `upstream` must be an absolute http(s) URL, e.g. 'https://api.octopuscards.io'");
  }
  if (typeof options.token !== 'function' && !isHeaderSafeToken(options.token)) {
    // The token itself is never part of the message: it would land in the partner's logs.
    throw new TypeError('createEsimProxy: `token` must be a non-empty string of visible ASCII without spaces or line breaks');
  }
  // Timers take at most 2^31 − 1 ms (24.8 days) and fire at once past it: a "very long" timeout would
  // answer every request 504.
  const timeoutMs = Math.min(option(options.timeoutMs, 10_000, 'timeoutMs', 1), 2 ** 31 - 1);
  const cacheSeconds = Math.floor(option(options.cacheSeconds, typeof options.token === 'function' ? 0 : 60, 'cacheSeconds', 0));
  const staleSeconds = Math.floor(option(options.staleSeconds, 300, 'staleSeconds', 0));
  // The forms of the last token seen, per proxy: a fixed token is encoded once, a token function's when it changes.
  let encoded: { token: string; forms: string[] } | undefined;
  const formsOf = (token: string | undefined): string[] => {
    if (!token) return [];
    if (encoded?.token !== token) encoded = { token, forms: tokenForms(token) };
    return encoded.forms;
  };
  const limits = {
    maxPerPage: Math.floor(option(options.maxPerPage, 100, 'maxPerPage', 1)),
    maxSearchLength: Math.floor(option(options.maxSearchLength, 100, 'maxSearchLength', 1)),
  };
  const maxBodyBytes = option(options.maxBodyBytes, 10_000_000, 'maxBodyBytes', 1);
  const sharedCacheControl =
    cacheSeconds > 0 ? `public, s-maxage=${cacheSeconds}, stale-while-revalidate=${staleSeconds}` : 'private, no-cache';
  const paths = options.allowedPaths ?? (Object.keys(ROUTES) as EsimProxyPath[]);
  const routes = paths.map((path) => ({ path, pattern: ROUTES[path] }));

  async function resolveToken(request: Request, failure: Failure): Promise<string | Response> {
    let token: unknown;
    try {
      token = typeof options.token === 'function' ? await options.token(request) : options.token;
    } catch (thrown) {
      failure.cause = thrown;
      return errorResponse({ status: 500, name: 'ProxyConfigurationError', code: 'PROXY_TOKEN_UNAVAILABLE', message: 'The proxy has no API token' });
    }
    if (isHeaderSafeToken(token)) return (failure.token = token);
    return errorResponse({
      status: 500,
      name: 'ProxyConfigurationError',
      code: token ? 'PROXY_TOKEN_INVALID' : 'PROXY_TOKEN_UNAVAILABLE',
      message: token ? "The proxy's API token is not a valid header value" : 'The proxy has no API token',
    });
  }

  /** Turns the upstream's answer into ours; never returns anything of it unchecked. */
  async function relay(request: Request, response: Response, token: string, failure: Failure): Promise<Response> {
    const { status } = response;
    failure.upstreamStatus = status;
    // `redirect: 'manual'` gives a 3xx (Node) or an opaque redirect with status 0 (browsers, edge runtimes).
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
      void response.body?.cancel().catch(() => {});
      return badGateway('UPSTREAM_REDIRECT', 'The eSIM API answered with a redirect, which the proxy does not follow');
    }
    if (status < 200 || status > 599) {
      void response.body?.cancel().catch(() => {});
      return badGateway('UPSTREAM_BAD_STATUS', 'The eSIM API answered with an invalid status');
    }
    const bytes = await readBody(response, maxBodyBytes);
    const retryAfter = response.headers.get('retry-after');
    if (!bytes) {
      failure.cause = `the body is over maxBodyBytes (${maxBodyBytes})`;
      if (status >= 400) return upstreamErrorResponse(status, undefined, token, retryAfter);
      return badGateway('UPSTREAM_TOO_LARGE', 'The eSIM API answer is larger than the proxy accepts');
    }
    const forms = formsOf(token);
    const parsed = parseJson(bytes, response.headers.get('content-type') ?? '', failure, forms);
    // An error keeps its status (401, 429…) whatever its body: gateways and load balancers send theirs as
    // text or HTML, and the client must still see an access problem or when to retry.
    if (status >= 400) return upstreamErrorResponse(status, parsed?.body, token, retryAfter);
    if (!parsed) return badGateway('UPSTREAM_NOT_JSON', 'The eSIM API answered with something other than JSON');
    const { body } = parsed;

    // The token is cut from the strings (keys and values) of the parsed body, which is then written anew: cut
    // from the text, a short token ("1", "id") took digits of prices and ids, or quotes, and a CDN cached the
    // broken JSON. Only a body that shows the token in some form is rewritten; any other is sent as it came.
    const sent = holdsForm(body, forms) ? new TextEncoder().encode(JSON.stringify(cutStrings(body, forms))) : bytes;
    const etag = await entityTag(sent);
    const upstreamPolicy = response.headers.get('cache-control') ?? '';
    // The upstream knows best when an answer is not for everyone: never widen its `private`/`no-store`.
    const cacheControl = /\bno-store\b/i.test(upstreamPolicy)
      ? 'no-store'
      : /\bprivate\b/i.test(upstreamPolicy)
        ? 'private, no-cache'
        : sharedCacheControl;
    const notModified = cacheControl !== 'no-store' && matchesIfNoneMatch(request.headers.get('if-none-match'), etag);
    return successResponse(notModified ? null : sent, etag, cacheControl, paginationHeaders(response.headers));
  }

  async function handle(request: Request, failure: Failure): Promise<Response> {
    const url = new URL(request.url);
    const route = routes.map(({ path, pattern }) => ({ path, match: pattern.exec(url.pathname) })).find((found) => found.match);
    if (!route?.match) {
      return errorResponse({ status: 404, name: 'NotFoundError', code: 'NOT_FOUND', message: 'No such eSIM endpoint' });
    }
    if (request.method !== 'GET') {
      return errorResponse({ status: 405, name: 'MethodNotAllowedError', code: 'METHOD_NOT_ALLOWED', message: 'Only GET is allowed', allow: 'GET' });
    }
    const id = route.match[1];
    if (id !== undefined && !VALID_ID.test(id)) {
      // The API reference's words for an id that is not a valid integer.
      const message = route.path.startsWith('/api/v1/esim/variants') ? 'Invalid variant ID' : 'Invalid product ID';
      return errorResponse({ status: 400, name: 'ValidationException', code: 'VALIDATION_FAILURE', message });
    }
    // The upstream path is the matched API path alone: a mount prefix is dropped and only a numeric id survives.
    const forwardPath = route.match[0].replace(/\/$/, '');
    const query = route.path === '/api/v1/esim/products' ? listQuery(url.searchParams, limits) : '';
    if (query === undefined) {
      const message = 'page and per_page must be positive integers, country_code 2 to 8 letters or digits';
      return errorResponse({ status: 400, name: 'ValidationException', code: 'VALIDATION_FAILURE', message });
    }

    if (!upstream) {
      failure.cause = 'createEsimProxy was created without `upstream`: was its environment variable set where the server started?';
      return errorResponse({ status: 500, name: 'ProxyConfigurationError', code: 'PROXY_UPSTREAM_UNSET', message: 'The proxy has no API address' });
    }

    // One controller for the timeout and the browser going away; it also covers the token function and the body.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    const onClientGone = () => controller.abort();
    request.signal.addEventListener('abort', onClientGone);
    const aborted = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new Error('aborted')));
    });
    aborted.catch(() => {});
    try {
      const token = await Promise.race([resolveToken(request, failure), aborted]);
      if (token instanceof Response) return token;
      // A fresh header set: the browser's cookies and Authorization are never forwarded.
      const headers = new Headers({ accept: 'application/json', authorization: `Bearer ${token}` });
      const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
      const response = await Promise.race([
        fetchFn(`${upstream}${forwardPath}${query}`, { method: 'GET', headers, redirect: 'manual', signal: controller.signal }),
        aborted,
      ]);
      return await Promise.race([relay(request, response, token, failure), aborted]);
    } catch (thrown) {
      failure.cause ??= thrown;
      if (request.signal.aborted) {
        return errorResponse({ status: 499, name: 'ClientClosedRequest', code: 'ABORTED', message: 'The request was cancelled' });
      }
      if (controller.signal.aborted) {
        return errorResponse({ status: 504, name: 'GatewayTimeoutError', code: 'UPSTREAM_TIMEOUT', message: 'The eSIM API did not answer in time' });
      }
      return badGateway('UPSTREAM_UNAVAILABLE', 'The eSIM API could not be reached');
    } finally {
      clearTimeout(timer);
      request.signal.removeEventListener('abort', onClientGone);
    }
  }

  async function report(request: Request, response: Response, failure: Failure, started: number): Promise<void> {
    const { onError } = options;
    if (!onError || response.status < 400) return;
    try {
      const { error } = (await response.clone().json()) as { error: { code: string } };
      const cause = failure.cause === undefined ? undefined : redact(describeThrown(failure.cause), formsOf(failure.token));
      const event: EsimProxyErrorEvent = {
        status: response.status,
        code: error.code,
        method: request.method,
        path: new URL(request.url).pathname,
        upstreamStatus: failure.upstreamStatus,
        cause,
        durationMs: Date.now() - started,
      };
      // A logger's failure is its own: the browser's response is already decided.
      void Promise.resolve(onError(event)).catch(() => {});
    } catch {
      // Same as above: a throwing hook never turns into a failed request.
    }
  }

  return async function esimProxy(request) {
    const started = Date.now();
    // A string token is known from the start; a token function's is once it has returned one.
    const failure: Failure = typeof options.token === 'string' ? { token: options.token } : {};
    let response: Response;
    try {
      response = await handle(request, failure);
    } catch (thrown) {
      failure.cause = thrown;
      // Whatever went wrong, its message may hold the token or upstream internals: none of it is passed on.
      response = badGateway('PROXY_ERROR', 'The proxy could not handle the request');
    }
    await report(request, response, failure, started);
    return response;
  };
}
