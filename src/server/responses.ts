// Everything the proxy sends is built here, so every response carries the same JSON-only headers and no
// upstream text reaches the browser except a validated JSON body or a sanitised error code.
import { httpDate } from '../api/response.js';

/** The list endpoint's pagination headers, as the API reference documents them. */
export const PAGINATION_HEADERS = ['X-Page', 'X-Per-Page', 'X-Total-Count', 'X-Total-Pages', 'X-Page-Size', 'X-Has-More'];

/** On every response: a body the browser can only ever treat as JSON data, never render or run. */
function baseHeaders(): Headers {
  return new Headers({
    'content-type': 'application/json',
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  });
}

export interface ProxyErrorInit {
  status: number;
  name: string;
  code: string;
  message: string;
  /** Seconds or an IMF-fixdate, from an upstream 429/503, so the client can honour it. */
  retryAfter?: string | undefined;
  allow?: string | undefined;
}

/** An error in the API reference's shape. Never cached: the next request may well succeed. */
export function errorResponse({ status, name, code, message, retryAfter, allow }: ProxyErrorInit): Response {
  const headers = baseHeaders();
  headers.set('cache-control', 'no-store');
  if (retryAfter) {
    headers.set('retry-after', retryAfter);
    headers.set('access-control-expose-headers', 'Retry-After');
  }
  if (allow) headers.set('allow', allow);
  return new Response(JSON.stringify({ error: { name, code, message } }), { status, headers });
}

/** Generic words per upstream status: the upstream's own message may echo the token or leak internals. */
const UPSTREAM_ERRORS: Record<number, [name: string, code: string, message: string]> = {
  400: ['ValidationException', 'VALIDATION_FAILURE', 'The eSIM API rejected the request'],
  401: ['UnauthorizedError', 'UNAUTHORIZED', "The eSIM API refused the proxy's credentials"],
  403: ['ForbiddenError', 'FORBIDDEN', "The proxy's credentials do not give access to this"],
  404: ['NotFoundError', 'NOT_FOUND', 'Not found'],
  429: ['TooManyRequestsError', 'RATE_LIMITED', 'Too many requests; try again later'],
};
const CLIENT_ERROR: [string, string, string] = ['ClientError', 'UPSTREAM_REJECTED', 'The eSIM API rejected the request'];
const SERVER_ERROR: [string, string, string] = ['UpstreamError', 'UPSTREAM_ERROR', 'The eSIM API failed; try again later'];

/**
 * The upstream's `Retry-After` as the proxy passes it on: delay-seconds as sent (six digits at most), an
 * HTTP-date in any of its three forms as the IMF-fixdate it names (RFC 9110 §5.6.7: recipients read all
 * three, senders write only that one), else nothing. A date is written from the time parsed, never copied,
 * so no other text of the upstream's can ride along to the browser.
 */
function retryAfterHeader(value: string | null): string | undefined {
  const text = String(value);
  if (/^\d{1,6}$/.test(text)) return text;
  const at = httpDate(text);
  // NaN is the one number not equal to itself: no date.
  return at === at ? new Date(at).toUTCString() : undefined;
}

/** A short identifier (`NOT_FOUND`, `UnauthorizedError`) that is not, and holds no part of, the token. */
function safeIdentifier(value: unknown, token: string): string | undefined {
  if (typeof value !== 'string' || !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(value)) return undefined;
  const lower = value.toLowerCase();
  const secret = token.toLowerCase();
  const overlaps = lower.includes(secret) || (value.length >= 6 && secret.includes(lower));
  return overlaps ? undefined : value;
}

/**
 * Rebuilds an upstream 4xx/5xx: status, and the upstream's `code` and `name` when they are safe
 * identifiers, are kept; the message is always ours.
 */
export function upstreamErrorResponse(status: number, body: unknown, token: string, retryAfter: string | null) {
  const [genericName, genericCode, message] = UPSTREAM_ERRORS[status] ?? (status >= 500 ? SERVER_ERROR : CLIENT_ERROR);
  const upstream = (body as { error?: { name?: unknown; code?: unknown } } | null)?.error;
  return errorResponse({
    status,
    name: safeIdentifier(upstream?.name, token) ?? genericName,
    code: safeIdentifier(upstream?.code, token) ?? genericCode,
    message,
    retryAfter: status === 429 || status === 503 ? retryAfterHeader(retryAfter) : undefined,
  });
}

/** A strong validator over the exact bytes sent: equal bodies give equal tags on every instance. */
export async function entityTag(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `"${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}"`;
}

/** RFC 9110 §13.1.2: weak comparison, so a cache that weakened our tag (gzip) still gets its 304. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === etag);
}

/**
 * A successful catalogue answer: the validated JSON bytes (or no body for a 304), its tag, cache policy
 * and the pagination headers, whose values were checked to be plain numbers or booleans.
 */
export function successResponse(
  bytes: Uint8Array<ArrayBuffer> | null,
  etag: string,
  cacheControl: string,
  pagination: Headers,
): Response {
  const headers = baseHeaders();
  headers.set('cache-control', cacheControl);
  headers.set('etag', etag);
  if ([...pagination.keys()].length) {
    for (const [name, value] of pagination) headers.set(name, value);
    headers.set('access-control-expose-headers', `${PAGINATION_HEADERS.join(', ')}, ETag`);
  } else {
    headers.set('access-control-expose-headers', 'ETag');
  }
  return new Response(bytes, { status: bytes ? 200 : 304, headers });
}

/** The documented pagination headers, each only if its value is what the reference describes. */
export function paginationHeaders(upstream: Headers): Headers {
  const passed = new Headers();
  for (const name of PAGINATION_HEADERS) {
    const value = upstream.get(name)?.trim() ?? '';
    const valid = name === 'X-Has-More' ? /^(true|false)$/i.test(value) : /^\d{1,15}$/.test(value);
    if (valid) passed.set(name, value.toLowerCase());
  }
  return passed;
}
