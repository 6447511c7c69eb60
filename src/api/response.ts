// Reading a response defensively: a size cap that stops the download early, the origin it came from,
// and how long the server asked us to wait.

/** The default `maxResponseBytes`: 10 MB, some 60,000 products in one answer (a page of 50 is ~8 kB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 10_000_000;

/**
 * The body as text, or `undefined` as soon as it is known to pass `limit` bytes: by its Content-Length
 * before reading, else by counting while it streams (the rest is then cancelled, not downloaded).
 */
export async function readCapped(response: Response, limit: number): Promise<string | undefined> {
  // No body stream means no body (204, or a double built with null).
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  // A declared length over the limit is over it before anything is read.
  let bytes = +response.headers.get('content-length')! > limit ? Infinity : 0;
  while (bytes <= limit) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    text += decoder.decode(value, { stream: true });
  }
  void reader.cancel().catch(() => {});
  return undefined;
}

/**
 * A `Retry-After` value in ms from now: delay-seconds (`120`, digits only) or an IMF-fixdate (`Wed, 21 Oct
 * 2026 07:28:00 GMT`, 0 once past), as RFC 9110 has them; `undefined` for anything else (`7, 7`, `1.5`, an
 * ISO date), and so no instruction: the hooks then wait their own backoff, never "retry now". The obsolete
 * RFC 850 and asctime dates, which RFC 9110 forbids senders to generate, read as undefined too: accepting
 * them costs some 80 B gzip the `createEsimClient` budget does not have.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  // Headers.get() has already stripped the whitespace around the value.
  const text = value ?? '';
  if (/^\d+$/.test(text)) return +text * 1000;
  // An IMF-fixdate is toUTCString's form, which Date.parse reads in every engine; writing the parsed date
  // back the same way checks every field, the weekday included.
  const at = Date.parse(text);
  return !isNaN(at) && new Date(at).toUTCString() === text ? Math.max(0, at - now) : undefined;
}

/**
 * The origin a redirected response ended at when it is not the one requested (a 301 to another host
 * must not supply prices); `undefined` when it stayed, was not redirected or cannot tell.
 */
export function foreignOrigin(response: Response, requested: string): string | undefined {
  try {
    // An empty url (a response built in code) throws: it cannot tell.
    const to = new URL(response.url).origin;
    const base = (globalThis as { location?: { href: string } }).location?.href;
    if (response.redirected && new URL(requested, base).origin !== to) return to;
  } catch {
    // Cannot tell.
  }
  return undefined;
}
