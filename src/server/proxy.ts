// A fetch-standard handler for the partner's backend, so the browser calls its own origin and never holds
// the wholesale token. Deliberately a strict allowlist: GET on the four read endpoints, nothing else.

/** The read endpoints the proxy may forward (`:id` is a positive integer). */
export type EsimProxyPath =
  | '/api/v1/esim/products'
  | '/api/v1/esim/products/:id'
  | '/api/v1/esim/products/:id/variants'
  | '/api/v1/esim/variants/:id';

export interface EsimProxyOptions {
  /** The real API's origin, e.g. `https://api.octopuscards.io`. */
  upstream: string;
  /** The server-side token, or a function (sync or async) called per request. Never sent to the browser. */
  token: string | (() => string | Promise<string>);
  /** Endpoints to forward. @default all four read endpoints */
  allowedPaths?: readonly EsimProxyPath[] | undefined;
  /** @default globalThis.fetch, looked up per request */
  fetch?: ((input: string, init: RequestInit) => Promise<Response>) | undefined;
}

export type EsimProxyHandler = (request: Request) => Promise<Response>;

const ROUTES: Record<EsimProxyPath, RegExp> = {
  // Matched on the path's end, so the handler works when the framework mounts it under a prefix.
  '/api/v1/esim/products': /\/api\/v1\/esim\/products\/?$/,
  '/api/v1/esim/products/:id': /\/api\/v1\/esim\/products\/([1-9]\d{0,15})\/?$/,
  '/api/v1/esim/products/:id/variants': /\/api\/v1\/esim\/products\/([1-9]\d{0,15})\/variants\/?$/,
  '/api/v1/esim/variants/:id': /\/api\/v1\/esim\/variants\/([1-9]\d{0,15})\/?$/,
};

/** Response headers worth passing back. Others (set-cookie, content-encoding, content-length…) stay behind. */
const PASSED_HEADERS = [
  'content-type',
  'x-page',
  'x-per-page',
  'x-total-count',
  'x-total-pages',
  'x-page-size',
  'x-has-more',
];

function errorResponse(status: number, name: string, code: string, message: string, extra?: HeadersInit) {
  const headers = new Headers(extra);
  headers.set('content-type', 'application/json');
  return new Response(JSON.stringify({ error: { name, code, message } }), { status, headers });
}

export function createEsimProxy(options: EsimProxyOptions): EsimProxyHandler {
  const upstream = options.upstream.replace(/\/+$/, '');
  if (!/^https?:\/\//.test(upstream)) {
    throw new TypeError("createEsimProxy: `upstream` must be an absolute http(s) URL, e.g. 'https://api.octopuscards.io'");
  }
  const routes = (options.allowedPaths ?? (Object.keys(ROUTES) as EsimProxyPath[])).map((path) => ROUTES[path]);

  return async function esimProxy(request) {
    const url = new URL(request.url);
    const match = routes.map((route) => route.exec(url.pathname)).find((found) => found !== null);
    if (!match) return errorResponse(404, 'NotFoundError', 'NOT_FOUND', 'No such eSIM endpoint');
    if (request.method !== 'GET') {
      return errorResponse(405, 'MethodNotAllowedError', 'METHOD_NOT_ALLOWED', 'Only GET is allowed', {
        allow: 'GET',
      });
    }

    // The upstream path is the matched API path alone: a mount prefix is dropped and only a numeric id survives.
    const forwardPath = match[0].replace(/\/$/, '');
    let token: string;
    try {
      token = typeof options.token === 'function' ? await options.token() : options.token;
    } catch {
      token = '';
    }
    if (!token) {
      return errorResponse(500, 'ProxyConfigurationError', 'PROXY_TOKEN_UNAVAILABLE', 'The proxy has no API token');
    }

    // A fresh header set: the browser's cookies and Authorization are never forwarded.
    const headers = new Headers({ accept: 'application/json', authorization: `Bearer ${token}` });
    const fetchFn = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    let upstreamResponse: Response;
    try {
      upstreamResponse = await fetchFn(`${upstream}${forwardPath}${url.search}`, {
        method: 'GET',
        headers,
        signal: request.signal,
      });
    } catch {
      return errorResponse(502, 'BadGatewayError', 'UPSTREAM_UNAVAILABLE', 'The eSIM API could not be reached');
    }

    const passed = new Headers();
    for (const name of PASSED_HEADERS) {
      const value = upstreamResponse.headers.get(name);
      if (value !== null) passed.set(name, value);
    }
    return new Response(upstreamResponse.body, {
      status: upstreamResponse.status,
      statusText: upstreamResponse.statusText,
      headers: passed,
    });
  };
}
