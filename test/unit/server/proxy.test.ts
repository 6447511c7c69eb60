// @vitest-environment node
// The proxy runs on the partner's server, so it is tested without a DOM.
import { createHash } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { createEsimClient } from '../../../src/api/index.js';
import { createEsimProxy, type EsimProxyErrorEvent, type EsimProxyOptions } from '../../../src/server/index.js';
import { server } from '../../msw-server.js';

const UPSTREAM = 'https://upstream.esim.test';
const PARTNER = 'https://partner.test';
const SERVER_TOKEN = 'wholesale-secret';

const JAPAN = { id: 712, name: 'Japan eSIM', country_code: 'JPN', currency_code: 'USD', image_url: '' };
const seen: Request[] = [];
beforeEach(() => {
  seen.length = 0;
  server.use(
    http.get(`${UPSTREAM}/api/v1/esim/*`, ({ request }) => {
      seen.push(request);
      return HttpResponse.json([JAPAN], {
        headers: {
          'X-Page': '2',
          'X-Per-Page': '1',
          'X-Total-Count': '3',
          'X-Total-Pages': '3',
          'X-Page-Size': '1',
          'X-Has-More': 'true',
          'Set-Cookie': 'upstream=1',
          'X-Internal-Margin': '12%',
        },
      });
    }),
  );
});

const proxy = (options: Partial<EsimProxyOptions> = {}) =>
  createEsimProxy({ upstream: `${UPSTREAM}/`, token: SERVER_TOKEN, ...options });

const browserRequest = (path: string, init: RequestInit = {}) =>
  new Request(`${PARTNER}${path}`, {
    ...init,
    headers: { cookie: 'session=abc', authorization: 'Bearer browser-token', 'x-other': '1', ...init.headers },
  });

async function errorOf(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/json');
  return ((await response.json()) as { error: { code: string; name: string; message: string } }).error;
}

/** The text as sent and as each decoding a reader might apply to it: URL, base64 and base64url at every offset. */
function everyDecoding(text: string): string {
  const decoded = [text];
  try {
    decoded.push(decodeURIComponent(text.replace(/\+/g, ' ')));
  } catch {
    // Not URL-encoded.
  }
  for (let start = 0; start < text.length; start++) {
    for (const encoding of ['base64', 'base64url'] as const) decoded.push(Buffer.from(text.slice(start), encoding).toString('latin1'));
  }
  return decoded.join('\n');
}

const logged = () => {
  const events: EsimProxyErrorEvent[] = [];
  return { events, onError: (event: EsimProxyErrorEvent) => void events.push(event) };
};

describe('createEsimProxy', () => {
  it('forwards GET with the server token, the allowed query and nothing else from the browser', async () => {
    const response = await proxy()(browserRequest('/api/v1/esim/products?country_code=JPN&page=2'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([JAPAN]);
    const [upstream] = seen;
    expect(upstream?.url).toBe(`${UPSTREAM}/api/v1/esim/products?page=2&country_code=JPN`);
    expect(upstream?.headers.get('authorization')).toBe(`Bearer ${SERVER_TOKEN}`);
    expect(upstream?.headers.get('accept')).toBe('application/json');
    expect(upstream?.headers.has('cookie')).toBe(false);
    expect(upstream?.headers.has('x-other')).toBe(false);
  });

  it('asks for maxPerPage when the browser gives no page size and the limit is below the API default of 50', async () => {
    await proxy({ maxPerPage: 20 })(browserRequest('/api/v1/esim/products?page=2'));
    await proxy({ maxPerPage: 80 })(browserRequest('/api/v1/esim/products?page=2'));
    expect(seen.map((request) => request.url)).toEqual([
      `${UPSTREAM}/api/v1/esim/products?page=2&per_page=20`,
      `${UPSTREAM}/api/v1/esim/products?page=2`,
    ]);
  });

  it('answers JSON-only, cacheable, with the valid pagination headers exposed and nothing else of the upstream', async () => {
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    const body = new Uint8Array(await response.arrayBuffer());
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/json',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cache-control': 'public, s-maxage=60, stale-while-revalidate=300',
      etag: `"${createHash('sha256').update(body).digest('base64url')}"`,
      'access-control-expose-headers': 'X-Page, X-Per-Page, X-Total-Count, X-Total-Pages, X-Page-Size, X-Has-More, ETag',
      'x-page': '2',
      'x-per-page': '1',
      'x-total-count': '3',
      'x-total-pages': '3',
      'x-page-size': '1',
      'x-has-more': 'true',
    });
  });

  it('drops pagination headers whose values are not what the reference documents', async () => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        HttpResponse.json([JAPAN], {
          headers: { 'X-Page': '1', 'X-Total-Count': `3 ${SERVER_TOKEN}`, 'X-Has-More': 'maybe', 'X-Per-Page': '-1' },
        }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    expect(response.headers.get('x-page')).toBe('1');
    expect(response.headers.has('x-total-count')).toBe(false);
    expect(response.headers.has('x-has-more')).toBe(false);
    expect(response.headers.has('x-per-page')).toBe(false);
  });

  it.each([
    [{ cacheSeconds: 120, staleSeconds: 30 }, 'public, s-maxage=120, stale-while-revalidate=30'],
    [{ cacheSeconds: 0 }, 'private, no-cache'],
    // A token function may give each customer their own discount: no shared cache unless asked for.
    [{ token: (): string => SERVER_TOKEN }, 'private, no-cache'],
    [{ token: (): string => SERVER_TOKEN, cacheSeconds: 60 }, 'public, s-maxage=60, stale-while-revalidate=300'],
  ])('sets Cache-Control from %o', async (options, expected) => {
    const response = await proxy(options)(browserRequest('/api/v1/esim/products/712'));
    expect(response.headers.get('cache-control')).toBe(expected);
  });

  it.each([
    ['private, max-age=30', 'private, no-cache'],
    ['no-store', 'no-store'],
  ])('never widens an upstream Cache-Control of %s into a shared one', async (upstreamPolicy, expected) => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products/712`, () =>
        HttpResponse.json(JAPAN, { headers: { 'Cache-Control': upstreamPolicy } }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products/712'));
    expect(response.headers.get('cache-control')).toBe(expected);
  });

  it.each(['*', 'W/{etag}', '"other", {etag}'])('answers If-None-Match %s with an empty 304', async (pattern) => {
    const handler = proxy();
    const first = await handler(browserRequest('/api/v1/esim/products/712'));
    const etag = first.headers.get('etag') ?? 'missing';
    const second = await handler(
      browserRequest('/api/v1/esim/products/712', { headers: { 'if-none-match': pattern.replace('{etag}', etag) } }),
    );
    expect(second.status).toBe(304);
    expect(await second.text()).toBe('');
    expect(second.headers.get('etag')).toBe(etag);
  });

  it('answers a stale If-None-Match with the full body', async () => {
    const response = await proxy()(
      browserRequest('/api/v1/esim/products/712', { headers: { 'if-none-match': '"not-this-one"' } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([JAPAN]);
  });

  it('redacts the server token from a successful body, in every form it may take', async () => {
    const slashed = 'abc/def';
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products/712`, () =>
        HttpResponse.json({ ...JAPAN, name: `Japan ${slashed}`, image_url: `https://x.test/?t=${encodeURIComponent(slashed)}` }),
      ),
    );
    const response = await proxy({ token: slashed })(browserRequest('/api/v1/esim/products/712'));
    expect(await response.json()).toEqual({ ...JAPAN, name: 'Japan [redacted]', image_url: 'https://x.test/?t=[redacted]' });
  });

  describe('redacts the server token however the upstream encoded it in a successful body', () => {
    // An opaque token with the characters that encoders treat differently.
    const TOKEN = 'sk_live/AbC+9xY=Qz"7(\\';
    const base64 = (text: string) => Buffer.from(text).toString('base64');
    const base64url = (text: string) => Buffer.from(text).toString('base64url');
    it.each([
      ['percent-encoded in lower case (.NET, some URL builders)', encodeURIComponent(TOKEN).replace(/%[0-9A-F]{2}/g, (hex) => hex.toLowerCase())],
      ['percent-encoded as a form writes it', new URLSearchParams({ t: TOKEN }).toString().slice(2)],
      ['in a Bearer header, base64 (a debug echo of the request)', base64(`Authorization: Bearer ${TOKEN}`)],
      ['base64 at another alignment', base64(`x:${TOKEN}`)],
      ['base64url, unpadded', base64url(`Bearer ${TOKEN}`)],
    ])('%s', async (_, form) => {
      server.use(
        http.get(`${UPSTREAM}/api/v1/esim/products/712`, () => HttpResponse.json({ ...JAPAN, name: `Japan ${form} eSIM` })),
      );
      const response = await proxy({ token: TOKEN })(browserRequest('/api/v1/esim/products/712'));
      expect(response.status).toBe(200);
      const { name } = (await response.json()) as { name: string };
      expect(name).toMatch(/^Japan .*\[redacted\].* eSIM$/);
      expect(everyDecoding(name)).not.toContain(TOKEN);
    });

    it('as JSON \\u escapes (Go escapes <, >, & so; others every character), and still sends valid JSON', async () => {
      const escaped = [...TOKEN].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
      server.use(
        http.get(`${UPSTREAM}/api/v1/esim/products/712`, () =>
          new HttpResponse(`{"id":712,"name":"Japan ${escaped}","country_code":"JPN","currency_code":"USD","image_url":"","note":${JSON.stringify(TOKEN)}}`, {
            headers: { 'content-type': 'application/json' },
          }),
        ),
      );
      const response = await proxy({ token: TOKEN })(browserRequest('/api/v1/esim/products/712'));
      const text = await response.text();
      const body = JSON.parse(text) as { name: string; note: string };
      expect(body).toMatchObject({ name: 'Japan [redacted]', note: '[redacted]' });
      expect(text).not.toContain('sk_live');
    });

    it('when only some of its characters are \\u escapes (as the JSON reader sees it, not as it is written)', async () => {
      // Any encoder may escape any character: 'k' as \u006b, '/' as \/, the rest as written.
      const written = JSON.stringify(TOKEN).slice(1, -1).replace('k', '\\u006b').replace('/', '\\/');
      server.use(
        http.get(`${UPSTREAM}/api/v1/esim/products/712`, () =>
          new HttpResponse(`{"id":712,"name":"Japan ${written}","country_code":"JPN","currency_code":"USD","image_url":""}`, {
            headers: { 'content-type': 'application/json' },
          }),
        ),
      );
      const response = await proxy({ token: TOKEN })(browserRequest('/api/v1/esim/products/712'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ id: 712, name: 'Japan [redacted]' });
    });

    it('cuts a token as long as a JWT (thousands of characters) and still answers the body', async () => {
      const jwt = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJwYXJ0bmVyIn0'.repeat(250)}.c2lnbmF0dXJl`;
      server.use(
        http.get(`${UPSTREAM}/api/v1/esim/products/712`, () =>
          HttpResponse.json({ ...JAPAN, name: `Japan ${jwt}`, image_url: `https://x.test/?t=${encodeURIComponent(jwt)}` }),
        ),
      );
      const response = await proxy({ token: jwt })(browserRequest('/api/v1/esim/products/712'));
      expect(response.status).toBe(200);
      expect(await response.json()).toMatchObject({ name: 'Japan [redacted]', image_url: 'https://x.test/?t=[redacted]' });
    });

    it.each([
      ['digits of ids and prices', '1'],
      ['JSON’s own quotes', '"'],
    ])('with a short token that matches %s, sends valid JSON whose numbers are the upstream’s', async (_, token) => {
      const plan = { id: 5511, esim_product_id: 712, name: 'Japan 1 GB', currency_code: 'USD', amount: 14.9, data_amount_gb: 1, validity_days: 7 };
      server.use(http.get(`${UPSTREAM}/api/v1/esim/products/712/variants`, () => HttpResponse.json([plan])));
      const response = await proxy({ token })(browserRequest('/api/v1/esim/products/712/variants'));
      const [sent] = (await response.json()) as (typeof plan)[];
      expect(sent).toMatchObject({ id: 5511, esim_product_id: 712, amount: 14.9, data_amount_gb: 1, validity_days: 7 });
      expect(sent!.name).not.toContain(token);
    });

    it('leaves a body that merely shares short runs with the token as it was', async () => {
      const product = { ...JAPAN, name: 'sk_live eSIM', image_url: 'https://cdn.test/AbC.png' };
      server.use(http.get(`${UPSTREAM}/api/v1/esim/products/712`, () => HttpResponse.json(product)));
      const response = await proxy({ token: TOKEN })(browserRequest('/api/v1/esim/products/712'));
      expect(await response.json()).toEqual(product);
    });

    it('sends a body without the token as it came, however deeply nested', async () => {
      const text = `{"id":712,"name":"Japan","country_code":"JPN","currency_code":"USD","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
      server.use(http.get(`${UPSTREAM}/api/v1/esim/products/712`, () => new HttpResponse(text, { headers: { 'content-type': 'application/json' } })));
      const response = await proxy({ token: TOKEN })(browserRequest('/api/v1/esim/products/712'));
      expect(response.status).toBe(200);
      expect(await response.text()).toBe(text);
    });
  });

  it.each([
    '/api/v1/esim/products/712',
    '/api/v1/esim/products/712/variants',
    '/api/v1/esim/variants/5511',
    '/partner-prefix/api/v1/esim/variants/5511/',
  ])('forwards %s to its API path', async (path) => {
    const response = await proxy()(browserRequest(path));
    expect(response.status).toBe(200);
    expect(new URL(seen[0]?.url ?? '').pathname).toBe(path.replace('/partner-prefix', '').replace(/\/$/, ''));
  });

  it('calls an async token function per request with the browser request', async () => {
    let n = 0;
    const asked: string[] = [];
    const handler = proxy({
      token: async (request) => {
        asked.push(new URL(request.url).pathname);
        return `server-${++n}`;
      },
    });
    await handler(browserRequest('/api/v1/esim/products'));
    await handler(browserRequest('/api/v1/esim/products'));
    expect(seen.map((request) => request.headers.get('authorization'))).toEqual(['Bearer server-1', 'Bearer server-2']);
    expect(asked).toEqual(['/api/v1/esim/products', '/api/v1/esim/products']);
  });

  it('rebuilds upstream errors: status and code kept, message generic', async () => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products/999`, () =>
        HttpResponse.json({ error: { name: 'NotFoundError', code: 'NOT_FOUND', message: 'gone: row 999 in db7' } }, { status: 404 }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products/999'));
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.has('etag')).toBe(false);
    expect(await errorOf(response)).toEqual({ name: 'NotFoundError', code: 'NOT_FOUND', message: 'Not found' });
  });

  it.each([429, 503])('keeps a numeric Retry-After on %i so the client can wait', async (status) => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        HttpResponse.json({ error: { code: 'BUSY' } }, { status, headers: { 'Retry-After': '7' } }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(status);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it.each([
    [401, 'UNAUTHORIZED', '', 'text/plain'],
    [429, 'RATE_LIMITED', 'Too Many Requests', 'text/plain'],
    [503, 'UPSTREAM_ERROR', '<html><body>Service Unavailable</body></html>', 'text/html'],
  ])('keeps the status of an upstream %i whose body is not JSON (a gateway’s own page)', async (status, code, body, type) => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        new HttpResponse(body, { status, headers: { 'content-type': type, 'Retry-After': '7' } }),
      ),
    );
    const { events, onError } = logged();
    const response = await proxy({ onError })(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(status);
    expect((await errorOf(response)).code).toBe(code);
    expect(response.headers.get('retry-after')).toBe(status === 401 ? null : '7');
    expect(events).toEqual([expect.objectContaining({ status, upstreamStatus: status, cause: `content-type ${type}` })]);
  });

  it('through the proxy, a 401 from a gateway still reads as an access problem, and a 429 is not retried at once', async () => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products/712`, () => new HttpResponse('', { status: 401 })),
      http.get(`${UPSTREAM}/api/v1/esim/products/713`, () =>
        HttpResponse.text('slow down', { status: 429, headers: { 'Retry-After': '120' } }),
      ),
    );
    const handler = proxy();
    server.use(http.get(`${PARTNER}/api/v1/esim/*`, ({ request }) => handler(request)));
    const client = createEsimClient({ baseUrl: PARTNER });
    await expect(client.getProduct(712)).rejects.toMatchObject({ status: 401, isAuthError: true, isRetryable: false });
    await expect(client.getProduct(713)).rejects.toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  // RFC 9110 §5.6.7: recipients accept the three HTTP-date forms, senders generate only the IMF-fixdate.
  it.each([
    ['an IMF-fixdate', 'Wed, 02 Dec 2026 12:00:00 GMT'],
    ['an RFC 850 date', 'Wednesday, 02-Dec-26 12:00:00 GMT'],
    ['an asctime date', 'Wed Dec  2 12:00:00 2026'],
  ])('passes on a Retry-After given as %s, written as an IMF-fixdate', async (_, sent) => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        HttpResponse.json({ error: { code: 'RATE_LIMITED' } }, { status: 429, headers: { 'Retry-After': sent } }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    expect(response.headers.get('retry-after')).toBe('Wed, 02 Dec 2026 12:00:00 GMT');
    expect(response.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it.each([
    '7; drop table',
    'tomorrow',
    '1234567',
    '7, 7',
    // Dates in the right shape that are no date, or not one of the three forms.
    'Thu, 02 Dec 2026 12:00:00 GMT',
    'Wed, 31 Nov 2026 12:00:00 GMT',
    'Wed, 02 Dec 2026 12:00:00 GMT, 7',
    'Wednesday, 02-Dec-2026 12:00:00 GMT',
    'Wedday, 02-Dec-26 12:00:00 GMT',
    'Wed Dec  2 12:00:00 2026 GMT',
    'Wed Dec 2 12:00:00 2026',
    '2026-12-02T12:00:00Z',
    // The token must never ride out in a header the proxy passes on.
    `Wed, 02 Dec 2026 12:00:00 GMT ${SERVER_TOKEN}`,
    `Wednesday, 02-Dec-26 12:00:00 GMT; ${SERVER_TOKEN}`,
    `Wed Dec  2 12:00:00 2026 ${SERVER_TOKEN}`,
  ])('drops a Retry-After of %j and nothing else of the answer', async (sent) => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        HttpResponse.json({ error: { code: 'RATE_LIMITED' } }, { status: 429, headers: { 'Retry-After': sent } }),
      ),
    );
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(429);
    expect((await errorOf(response)).code).toBe('RATE_LIMITED');
    expect(response.headers.get('retry-after')).toBeNull();
    expect(response.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('through the proxy, the client reads an obsolete date the upstream sent as the time left until it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-02T11:59:00Z'), toFake: ['Date'] });
    try {
      server.use(
        http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
          HttpResponse.text('slow down', { status: 503, headers: { 'Retry-After': 'Wed Dec  2 12:00:00 2026' } }),
        ),
      );
      const handler = proxy();
      server.use(http.get(`${PARTNER}/api/v1/esim/*`, ({ request }) => handler(request)));
      await expect(createEsimClient({ baseUrl: PARTNER }).listProducts()).rejects.toMatchObject({ status: 503, retryAfterMs: 60_000 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('answers 502 when the upstream body is larger than maxBodyBytes, and tells onError which limit it hit', async () => {
    const onError = vi.fn();
    const response = await proxy({ maxBodyBytes: 64, onError })(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_TOO_LARGE' });
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'UPSTREAM_TOO_LARGE', upstreamStatus: 200, cause: 'the body is over maxBodyBytes (64)' }),
    );
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'])('answers %s with 405', async (method) => {
    const response = await proxy()(browserRequest('/api/v1/esim/products', { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
    expect(await errorOf(response)).toMatchObject({ code: 'METHOD_NOT_ALLOWED' });
    expect(seen).toHaveLength(0);
  });

  it.each([
    ['/api/v1/esim/products/abc', 'Invalid product ID'],
    ['/api/v1/esim/products/0', 'Invalid product ID'],
    ['/api/v1/esim/products/-3', 'Invalid product ID'],
    ['/api/v1/esim/products/1.5/variants', 'Invalid product ID'],
    ['/api/v1/esim/products/..%2F..%2Fadmin', 'Invalid product ID'],
    ['/api/v1/esim/products/712%2Fvariants', 'Invalid product ID'],
    ['/api/v1/esim/products/12345678901234567890', 'Invalid product ID'],
    ['/api/v1/esim/variants/5511abc', 'Invalid variant ID'],
    ['/prefix/api/v1/esim/variants/5511%00', 'Invalid variant ID'],
    // Digits of other scripts, and ASCII digits percent-encoded: not the plain digits the API takes.
    ['/api/v1/esim/products/\u0667\u0661\u0662', 'Invalid product ID'],
    ['/api/v1/esim/products/\uff17\uff11\uff12', 'Invalid product ID'],
    ['/api/v1/esim/variants/%35%35%31%31', 'Invalid variant ID'],
  ])('answers the id in %s, not a valid integer, with the reference’s 400 and asks nothing upstream', async (path, message) => {
    const response = await proxy()(browserRequest(path));
    expect(response.status).toBe(400);
    expect(await errorOf(response)).toEqual({ name: 'ValidationException', code: 'VALIDATION_FAILURE', message });
    expect(seen).toHaveLength(0);
  });

  it('answers a bad id on an endpoint outside allowedPaths with 404, and a bad-id request that is not GET with 405', async () => {
    const handler = proxy({ allowedPaths: ['/api/v1/esim/products'] });
    expect((await handler(browserRequest('/api/v1/esim/products/abc'))).status).toBe(404);
    const post = await proxy()(browserRequest('/api/v1/esim/variants/abc', { method: 'POST' }));
    expect(post.status).toBe(405);
  });

  it.each([
    '/api/v1/esim/orders',
    '/api/v1/esim/products/712/variants/5511',
    '/api/v1/esim/products/712/variants/x',
    '/api/v1/wallet',
    // Dot segments, encoded or not, are resolved before routing: they lead out of the allow-list, not around it.
    '/api/v1/esim/variants/5511/%2e%2e/%2e%2e/wallet',
    '/api/v1/esim/products/712/../../orders',
  ])('answers %s with 404', async (path) => {
    const response = await proxy()(browserRequest(path));
    expect(response.status).toBe(404);
    expect(await errorOf(response)).toMatchObject({ code: 'NOT_FOUND', name: 'NotFoundError' });
    expect(seen).toHaveLength(0);
  });

  it('answers endpoints outside allowedPaths with 404', async () => {
    const handler = proxy({ allowedPaths: ['/api/v1/esim/products/:id'] });
    expect((await handler(browserRequest('/api/v1/esim/products'))).status).toBe(404);
    expect((await handler(browserRequest('/api/v1/esim/products/712'))).status).toBe(200);
  });

  it('answers 502 in the API error shape when the upstream is unreachable', async () => {
    server.use(http.get(`${UPSTREAM}/*`, () => HttpResponse.error()));
    const response = await proxy()(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(502);
    const error = await errorOf(response);
    expect(error).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', name: 'BadGatewayError' });
    expect(JSON.stringify(error)).not.toContain(SERVER_TOKEN);
  });

  it('answers 500 without calling upstream when the token function fails', async () => {
    const response = await proxy({
      token: () => {
        throw new Error('vault down');
      },
    })(browserRequest('/api/v1/esim/products'));
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({ code: 'PROXY_TOKEN_UNAVAILABLE' });
    expect(seen).toHaveLength(0);
  });

  it('uses a custom fetch when given', async () => {
    const fetch = vi.fn(async () => Response.json({ id: 5511 }));
    await proxy({ fetch })(browserRequest('/api/v1/esim/variants/5511'));
    expect(fetch).toHaveBeenCalledWith(
      `${UPSTREAM}/api/v1/esim/variants/5511`,
      expect.objectContaining({ method: 'GET', redirect: 'manual' }),
    );
  });

  it.each(['/api', '/', 'api.esim.test'])('rejects the relative upstream %o at creation', (upstream) => {
    expect(() => createEsimProxy({ upstream, token: 't' })).toThrow(/absolute http\(s\) URL/);
  });

  it.each([undefined, ''])(
    'created without an upstream (%o, as `next build` loads the route without secrets): builds, then answers 500 and says why',
    async (upstream) => {
      const { events, onError } = logged();
      const fetch = vi.fn(async () => Response.json([JAPAN]));
      const handler = createEsimProxy({ upstream, token: () => SERVER_TOKEN, fetch, onError });
      const response = await handler(browserRequest('/api/v1/esim/products'));
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        error: { name: 'ProxyConfigurationError', code: 'PROXY_UPSTREAM_UNSET', message: 'The proxy has no API address' },
      });
      expect(fetch).not.toHaveBeenCalled();
      expect(events).toEqual([expect.objectContaining({ status: 500, code: 'PROXY_UPSTREAM_UNSET', cause: expect.stringMatching(/without `upstream`/) })]);
    },
  );

  it.each([
    [{ timeoutMs: 0 }, /timeoutMs/],
    [{ cacheSeconds: -1 }, /cacheSeconds/],
    [{ maxPerPage: Number.NaN }, /maxPerPage/],
    [{ token: '' }, /token/],
    [{ token: 'two words' }, /token/],
  ])('rejects %o at creation with a message naming the option', (options, message) => {
    expect(() => createEsimProxy({ upstream: UPSTREAM, token: 't', ...options })).toThrow(message);
  });

  it('takes a timeoutMs past what a timer holds (2^31 ms) as a long wait, not as an instant 504', async () => {
    vi.useFakeTimers();
    try {
      let answer: (response: Response) => void = () => {};
      const fetch = () => new Promise<Response>((resolve) => (answer = resolve));
      const pending = proxy({ fetch, timeoutMs: 1e10 })(browserRequest('/api/v1/esim/products'));
      let settled = false;
      void pending.then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(settled).toBe(false);
      answer(Response.json([JAPAN]));
      expect((await pending).status).toBe(200);
    } finally {
      vi.useRealTimers();
    }
  });

  it('serves the client end to end: the browser sends no token, the upstream gets the server one', async () => {
    const handler = proxy();
    server.use(http.get(`${PARTNER}/api/v1/esim/*`, ({ request }) => handler(request)));
    const page = await createEsimClient({ baseUrl: PARTNER }).listProducts({ page: 2, perPage: 1 });
    expect(page).toMatchObject({ items: [JAPAN], page: 2, perPage: 1, totalCount: 3, totalPages: 3, hasMore: true });
    expect(seen[0]?.headers.get('authorization')).toBe(`Bearer ${SERVER_TOKEN}`);
  });
});

describe('createEsimProxy onError: why a request failed, for the partner’s logs', () => {

  it('says nothing when the request succeeds or is answered 304', async () => {
    const { events, onError } = logged();
    const handler = proxy({ onError });
    const first = await handler(browserRequest('/api/v1/esim/products'));
    const etag = first.headers.get('etag')!;
    const again = await handler(browserRequest('/api/v1/esim/products', { headers: { 'if-none-match': etag } }));
    expect([first.status, again.status]).toEqual([200, 304]);
    expect(events).toEqual([]);
  });

  it('tells why the upstream could not be reached, while the browser gets only the generic 502', async () => {
    server.use(http.get(`${UPSTREAM}/*`, () => HttpResponse.error()));
    const { events, onError } = logged();
    const response = await proxy({ onError })(browserRequest('/api/v1/esim/products?search=japan'));
    expect(response.status).toBe(502);
    expect(events).toEqual([
      expect.objectContaining({
        status: 502,
        code: 'UPSTREAM_UNAVAILABLE',
        method: 'GET',
        path: '/api/v1/esim/products',
        upstreamStatus: undefined,
        cause: expect.stringMatching(/^TypeError: /),
      }),
    ]);
    expect(events[0]!.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reports an upstream error with its status and checked code, never the token it echoed', async () => {
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products/999`, () =>
        HttpResponse.json({ error: { code: 'NOT_FOUND', message: `no row for ${SERVER_TOKEN}` } }, { status: 404 }),
      ),
    );
    const { events, onError } = logged();
    await proxy({ onError })(browserRequest('/api/v1/esim/products/999'));
    expect(events).toEqual([expect.objectContaining({ status: 404, code: 'NOT_FOUND', upstreamStatus: 404, cause: undefined })]);
    expect(JSON.stringify(events)).not.toContain(SERVER_TOKEN);
  });

  it('names what the upstream sent instead of JSON in its own words, never quoting the body', async () => {
    const token = async () => SERVER_TOKEN;
    server.use(
      http.get(`${UPSTREAM}/api/v1/esim/products`, () =>
        new HttpResponse(`${SERVER_TOKEN} <html>maintenance</html>`, { headers: { 'content-type': 'application/json' } }),
      ),
      http.get(`${UPSTREAM}/api/v1/esim/products/712`, () => HttpResponse.text('<html>maintenance</html>')),
    );
    const { events, onError } = logged();
    const handler = proxy({ token, onError });
    await handler(browserRequest('/api/v1/esim/products'));
    await handler(browserRequest('/api/v1/esim/products/712'));
    expect(events.map(({ code, upstreamStatus }) => [code, upstreamStatus])).toEqual([
      ['UPSTREAM_NOT_JSON', 200],
      ['UPSTREAM_NOT_JSON', 200],
    ]);
    // JSON.parse's own message would quote the body's start: here, the start of the token.
    expect(events[0]!.cause).toBe('the body is not UTF-8 JSON');
    expect(events[1]!.cause).toBe('content-type text/plain');
    expect(JSON.stringify(events)).not.toContain(SERVER_TOKEN.slice(0, 6));
  });

  it('never logs the start of a long token an upstream echoed in a content type', async () => {
    const jwt = `eyJhbGciOiJSUzI1NiJ9.${'eyJzdWIiOiJwYXJ0bmVyIn0'.repeat(20)}.c2lnbmF0dXJl`;
    server.use(http.get(`${UPSTREAM}/api/v1/esim/products`, () => HttpResponse.text('no', { headers: { 'content-type': `text/plain; echo=${jwt}` } })));
    const { events, onError } = logged();
    await proxy({ token: jwt, onError })(browserRequest('/api/v1/esim/products'));
    expect(events[0]!.cause).toBe('content-type text/plain; echo=[redacted]');
  });

  it('reports the token function’s failure and the browser’s own mistakes (404, 405)', async () => {
    const { events, onError } = logged();
    await proxy({ onError, token: () => Promise.reject(new Error('vault down')) })(browserRequest('/api/v1/esim/products'));
    await proxy({ onError })(browserRequest('/api/v1/wallet'));
    await proxy({ onError })(browserRequest('/api/v1/esim/products', { method: 'POST' }));
    expect(events.map(({ status, code, cause }) => [status, code, cause])).toEqual([
      [500, 'PROXY_TOKEN_UNAVAILABLE', 'Error: vault down'],
      [404, 'NOT_FOUND', undefined],
      [405, 'METHOD_NOT_ALLOWED', undefined],
    ]);
  });

  it('answers the same whether the hook throws, rejects or never settles', async () => {
    server.use(http.get(`${UPSTREAM}/*`, () => HttpResponse.error()));
    for (const onError of [
      () => {
        throw new Error('logger down');
      },
      () => Promise.reject(new Error('logger down')),
      () => new Promise<void>(() => {}),
    ]) {
      const response = await proxy({ onError })(browserRequest('/api/v1/esim/products'));
      expect(response.status).toBe(502);
      expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
    }
  });
});
