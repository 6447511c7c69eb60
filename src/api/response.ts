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

/** An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) as ms since the epoch; NaN for anything else. */
export function imfDate(text: string): number {
  // An IMF-fixdate is toUTCString's form, which Date.parse reads in every engine; writing the parsed date
  // back the same way checks every field, the weekday included. "Invalid Date" is NaN either way.
  const at = Date.parse(text);
  return new Date(at).toUTCString() === text ? at : NaN;
}

/**
 * An HTTP-date (RFC 9110 §5.6.7) as ms since the epoch, in any of the three forms a recipient must read:
 * IMF-fixdate, RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) or asctime (`Sun Nov  6 08:49:37 1994`); NaN for
 * anything else, a date in the right shape that is no date (`Thu` for a Wednesday, 31 Nov) included. An
 * RFC 850 year is the one in `now`'s century, or in the century before when that is over 50 years ahead.
 */
export function httpDate(text: string, now = Date.now()): number {
  const year = new Date(now).getUTCFullYear();
  // Rewritten as the IMF-fixdate they name, the obsolete forms are checked as strictly as it is.
  return imfDate(
    text
      .replace(/^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-(\w+)-(\d\d)( \S+ GMT)$/, (_, day: string, date, month, yy, rest) => {
        const ahead = +yy - (year % 100);
        return `${day.slice(0, 3)}, ${date} ${month} ${year + (ahead > 50 ? ahead - 100 : ahead)}${rest}`;
      })
      .replace(/^(\w+) (\w+) ( \d|\d\d)( \S+) (\d{4})$/, (_, day, month, date: string, rest, yyyy) =>
        `${day}, ${date.replace(' ', '0')} ${month} ${yyyy}${rest} GMT`),
  );
}

/**
 * A `Retry-After` value in ms from now: delay-seconds (`120`, digits only) or an IMF-fixdate (0 once past);
 * `undefined` for anything else (`7, 7`, `1.5`, an ISO date), and so no instruction: the hooks then wait
 * their own backoff, never "retry now". The obsolete RFC 850 and asctime dates read as undefined too:
 * reading them (httpDate) costs some 200 B gzip that the `createEsimClient` budget does not have. Through
 * `esim-picker/server` they arrive as IMF-fixdates.
 */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
  // Headers.get() has already stripped the whitespace around the value. No header reads as "null": no
  // digits, no date.
  const text = String(value);
  if (/^\d+$/.test(text)) return +text * 1000;
  const at = imfDate(text);
  // NaN is the one number not equal to itself: no date.
  return at === at ? Math.max(0, at - now) : undefined;
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
