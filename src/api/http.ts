// Private transport helpers for client.ts: URL joining, timeout/abort linking, and turning every way a
// request can fail into one EsimApiError. Not exported from the package.
import { EsimApiError } from './errors.js';
import { errorBodySchema } from './schemas.js';

/** The subset of `fetch` the client uses, so a partner's wrapper or a test double type-checks easily. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Joins a base URL ('' and '/' mean same origin) and an absolute API path with exactly one slash. */
export function joinUrl(baseUrl: string, path: string, query?: URLSearchParams): string {
  const base = baseUrl.replace(/\/+$/, '');
  const search = query?.toString() ?? '';
  return `${base}${path}${search ? `?${search}` : ''}`;
}

export interface SendInput {
  url: string;
  headers: Headers;
  fetch: FetchLike;
  signal: AbortSignal | undefined;
  timeoutMs: number;
  /** Resolves the bearer token for this request; runs inside the timeout so a hung provider times out too. */
  token: () => Promise<string | undefined>;
}

export interface Received {
  body: unknown;
  headers: Headers;
  status: number;
}

/**
 * Links the caller's signal and our timeout into one controller. Done by hand rather than with
 * `AbortSignal.any` because (1) we must tell a timeout from a caller abort, (2) we can drop our listener
 * as soon as the request settles, so a long-lived caller signal (one per page) does not collect
 * composites, and (3) jsdom's `AbortSignal.any` rejects signals from Node's realm and vice versa is not
 * guaranteed, while add/removeEventListener works across realms.
 */
function linkSignals(caller: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const timer =
    Number.isFinite(timeoutMs) && timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          controller.abort(new DOMException('The eSIM API request timed out', 'TimeoutError'));
        }, timeoutMs)
      : undefined;
  return {
    signal: controller.signal,
    outcome: (): 'aborted' | 'timeout' | undefined =>
      caller?.aborted ? 'aborted' : timedOut ? 'timeout' : undefined,
    dispose() {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    },
  };
}

/** Rejects as soon as `signal` aborts, so a token provider that never settles cannot hang a request. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Sends one GET and returns the parsed JSON body of a 2xx; throws EsimApiError for everything else. */
export async function sendJson(input: SendInput): Promise<Received> {
  const link = linkSignals(input.signal, input.timeoutMs);
  let token: string | undefined;
  try {
    if (link.signal.aborted) throw link.signal.reason;
    token = await untilAborted(resolveToken(input.token), link.signal);
    const headers = new Headers(input.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    const response = await input.fetch(input.url, { method: 'GET', headers, signal: link.signal });
    // The body is read under the same signal, so the timeout covers a slow body as well as slow headers.
    const text = await response.text();
    return { body: interpret(response, text, token), headers: response.headers, status: response.status };
  } catch (error) {
    throw classify(error, link.outcome());
  } finally {
    link.dispose();
  }
}

async function resolveToken(provider: () => Promise<string | undefined>): Promise<string | undefined> {
  try {
    return await provider();
  } catch (cause) {
    // Wrapped so callers see one error family; the provider's own error stays available as `cause`.
    throw new EsimApiError({ status: 0, code: 'TOKEN_ERROR', message: 'The token function failed', cause });
  }
}

function classify(error: unknown, outcome: 'aborted' | 'timeout' | undefined): EsimApiError {
  if (error instanceof EsimApiError) return error;
  if (outcome === 'aborted') {
    return new EsimApiError({ status: 0, code: 'ABORTED', message: 'The eSIM API request was cancelled', cause: error });
  }
  if (outcome === 'timeout') {
    return new EsimApiError({ status: 0, code: 'TIMEOUT', message: 'The eSIM API did not answer in time', cause: error });
  }
  return new EsimApiError({
    status: 0,
    code: 'NETWORK_ERROR',
    message: 'Could not reach the eSIM API (network error, offline, or blocked by CORS)',
    cause: error,
  });
}

type ParsedText = { ok: true; value: unknown } | { ok: false; empty: boolean; cause?: unknown };

function parseJson(text: string): ParsedText {
  if (!text.trim()) return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (cause) {
    return { ok: false, empty: false, cause };
  }
}

function describeBody(response: Response, parsed: ParsedText): string {
  if (parsed.ok) return 'an unexpected JSON body';
  if (parsed.empty) return 'an empty body';
  const type = response.headers.get('content-type') ?? '';
  return type.includes('html')
    ? 'an HTML page instead of JSON (is a proxy or gateway in the way?)'
    : 'a non-JSON body';
}

/** Servers sometimes echo what they rejected; make sure the token never reaches a message. */
function redact(message: string, token: string | undefined): string {
  return token ? message.split(token).join('[redacted]') : message;
}

function interpret(response: Response, text: string, token: string | undefined): unknown {
  const { status } = response;
  const label = response.statusText ? `${status} ${response.statusText}` : String(status);
  const parsed = parseJson(text);
  if (response.ok) {
    if (parsed.ok) return parsed.value;
    throw new EsimApiError({
      status,
      code: 'INVALID_RESPONSE',
      message: `The eSIM API answered ${label} with ${describeBody(response, parsed)}`,
      cause: parsed.cause,
    });
  }
  const body = parsed.ok ? errorBodySchema.safeParse(parsed.value) : undefined;
  if (body?.success) {
    const { code, message, name } = body.data.error;
    throw new EsimApiError({
      status,
      code: code ?? `HTTP_${status}`,
      message: redact(message ?? `The eSIM API answered ${label}`, token),
      serverName: name,
    });
  }
  throw new EsimApiError({
    status,
    code: `HTTP_${status}`,
    message: `The eSIM API answered ${label} with ${describeBody(response, parsed)}`,
  });
}
