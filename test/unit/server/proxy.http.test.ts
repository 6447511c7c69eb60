// @vitest-environment node
// The proxy as a partner runs it: behind a real Node HTTP server, in front of a real upstream on 127.0.0.1
// that records what reached it. Each test is one way an upstream (or a browser) can try to get something
// out of the proxy that it must not give.
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createEsimClient, isEsimApiError } from '../../../src/api/index.js';
import { createEsimProxy, type EsimProxyHandler, type EsimProxyOptions } from '../../../src/server/index.js';
import { server as msw } from '../../msw-server.js';
import { json, serveFetchHandler, startRecordingUpstream, type RunningServer } from './http-servers.js';

// Looks like an identifier on purpose, so an upstream echoing it as `error.code` passes a shape check.
const SERVER_TOKEN = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
const JAPAN = { id: 712, name: 'Japan eSIM', country_code: 'JPN', currency_code: 'USD', image_url: '' };
const PAGINATION = {
  'X-Page': '1',
  'X-Per-Page': '50',
  'X-Total-Count': '1',
  'X-Total-Pages': '1',
  'X-Page-Size': '1',
  'X-Has-More': 'false',
};

let upstream: Awaited<ReturnType<typeof startRecordingUpstream>>;
let elsewhere: Awaited<ReturnType<typeof startRecordingUpstream>>;
let front: RunningServer;
let handler: EsimProxyHandler;

const useProxy = (options: Partial<EsimProxyOptions> = {}) => {
  handler = createEsimProxy({ upstream: upstream.origin, token: SERVER_TOKEN, ...options });
};

beforeAll(async () => {
  // MSW's interception would stand between the proxy and the network: this file uses real sockets only.
  msw.close();
  upstream = await startRecordingUpstream();
  elsewhere = await startRecordingUpstream();
  front = await serveFetchHandler(() => handler);
});
afterAll(async () => {
  await Promise.all([front?.close(), upstream?.close(), elsewhere?.close()]);
});
beforeEach(() => {
  upstream.received.length = 0;
  elsewhere.received.length = 0;
  upstream.state.reply = json(200, [JAPAN], PAGINATION);
  elsewhere.state.reply = json(200, [{ ...JAPAN, name: 'Cheap' }]);
  useProxy();
});

/** A browser's GET to the partner's origin, with its own credentials that must stay behind. */
const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${front.origin}${path}`, {
    headers: { cookie: 'session=abc', authorization: 'Bearer browser-token', ...headers },
    redirect: 'manual',
  });

/** What every answer must carry, success or not, so the browser can only treat it as JSON data. */
function expectJsonOnly(response: Response) {
  expect(response.headers.get('content-type')).toBe('application/json');
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
}

async function textOf(response: Response) {
  expectJsonOnly(response);
  const text = await response.text();
  expect(text).not.toContain(SERVER_TOKEN);
  return text;
}

const errorOf = async (response: Response) =>
  (JSON.parse(await textOf(response)) as { error: { name: string; code: string; message: string } }).error;

describe('proxy over real HTTP', () => {
  it('forwards the server token and nothing of the browser’s credentials', async () => {
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(200);
    expect(JSON.parse(await textOf(response))).toEqual([JAPAN]);
    expect(upstream.received).toHaveLength(1);
    expect(upstream.received[0]?.headers.authorization).toBe(`Bearer ${SERVER_TOKEN}`);
    expect(upstream.received[0]?.headers.cookie).toBeUndefined();
  });

  it('rebuilds a 401 that echoes the token: code kept, message generic, and the client never sees the token', async () => {
    upstream.state.reply = json(401, {
      error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: `Invalid token: Bearer ${SERVER_TOKEN}` },
    });
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(401);
    expect(await errorOf(response)).toEqual({
      name: 'UnauthorizedError',
      code: 'UNAUTHORIZED',
      message: "The eSIM API refused the proxy's credentials",
    });

    const failure = await createEsimClient({ baseUrl: front.origin }).listProducts().catch((error: unknown) => error);
    expect(isEsimApiError(failure) && failure.status).toBe(401);
    expect(JSON.stringify(failure, Object.getOwnPropertyNames(failure))).not.toContain(SERVER_TOKEN);
    expect(String(failure)).not.toContain(SERVER_TOKEN);
  });

  it.each([
    ['the token as code', { name: 'UnauthorizedError', code: SERVER_TOKEN }, 'UnauthorizedError', 'UNAUTHORIZED'],
    ['the token inside name', { name: `Bad_${SERVER_TOKEN}`, code: 'UNAUTHORIZED' }, 'UnauthorizedError', 'UNAUTHORIZED'],
    ['part of the token as code', { name: 'X', code: SERVER_TOKEN.slice(0, 12) }, 'X', 'UNAUTHORIZED'],
    ['a sentence as code', { name: 'UnauthorizedError', code: 'token abc expired' }, 'UnauthorizedError', 'UNAUTHORIZED'],
  ])('replaces %s with a generic identifier', async (_case, error, name, code) => {
    upstream.state.reply = json(401, { error: { ...error, message: 'nope' } });
    expect(await errorOf(await get('/api/v1/esim/products'))).toMatchObject({ name, code });
  });

  it('rebuilds a 500 with a stack trace and a database URL: no detail passes', async () => {
    upstream.state.reply = json(500, {
      error: {
        name: 'InternalServerError',
        code: 'INTERNAL_ERROR',
        message: 'connect ECONNREFUSED postgres://esim:hunter2@db.internal:5432/catalogue',
        stack: 'Error: connect ECONNREFUSED\n    at Pool.connect (/srv/api/node_modules/pg/lib/pool.js:45:11)',
      },
    });
    const response = await get('/api/v1/esim/products/712');
    expect(response.status).toBe(500);
    const text = await textOf(response);
    expect(JSON.parse(text)).toEqual({
      error: { name: 'InternalServerError', code: 'INTERNAL_ERROR', message: 'The eSIM API failed; try again later' },
    });
    expect(text).not.toMatch(/postgres|hunter2|pool\.js/);
  });

  it.each([
    ['a text/html page with a script', 200, 'text/html', '<script>alert(document.cookie)</script>'],
    ['HTML labelled as JSON', 200, 'application/json', '<html><script>alert(1)</script></html>'],
    ['an empty 200', 200, 'application/json', ''],
  ])('answers %s with a JSON 502', async (_case, status, type, body) => {
    upstream.state.reply = (_request, response) => {
      response.writeHead(status, { 'content-type': type });
      response.end(body);
    };
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(502);
    const text = await textOf(response);
    expect(JSON.parse(text)).toEqual({
      error: { name: 'BadGatewayError', code: 'UPSTREAM_NOT_JSON', message: 'The eSIM API answered with something other than JSON' },
    });
    expect(text).not.toMatch(/script|hunter2/);
  });

  it('answers a text/plain 500 stack trace with its status and our own words only', async () => {
    upstream.state.reply = (_request, response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end('Error\n    at db (/srv/api/db.js:1:1) postgres://esim:hunter2@db');
    };
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(500);
    const text = await textOf(response);
    expect(JSON.parse(text)).toEqual({
      error: { name: 'UpstreamError', code: 'UPSTREAM_ERROR', message: 'The eSIM API failed; try again later' },
    });
    expect(text).not.toMatch(/postgres|hunter2|db\.js/);
  });

  it('does not follow a same-origin 302 to a path outside the allow-list', async () => {
    upstream.state.reply = (request, response) => {
      if (request.url?.startsWith('/api/v1/admin')) return json(200, { secret: 'admin data' })(request, response);
      response.writeHead(302, { location: '/api/v1/admin/export' });
      response.end();
    };
    const response = await get('/api/v1/esim/products/712');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_REDIRECT' });
    expect(upstream.received.map((request) => request.url)).toEqual(['/api/v1/esim/products/712']);
  });

  it('does not follow a 301 to another origin, nor send it the token', async () => {
    upstream.state.reply = (_request, response) => {
      response.writeHead(301, { location: `${elsewhere.origin}/api/v1/esim/products` });
      response.end();
    };
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_REDIRECT' });
    expect(elsewhere.received).toEqual([]);
  });

  it.each([
    ['never answers', () => {}],
    ['sends headers, then stalls the body', stalledBody],
  ])('answers 504 when the upstream %s past timeoutMs', async (_case, reply) => {
    useProxy({ timeoutMs: 50 });
    upstream.state.reply = reply;
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(504);
    expect(await errorOf(response)).toEqual({
      name: 'GatewayTimeoutError',
      code: 'UPSTREAM_TIMEOUT',
      message: 'The eSIM API did not answer in time',
    });
  });

  it('answers 504 when the token function never settles past timeoutMs', async () => {
    useProxy({ timeoutMs: 50, token: () => new Promise<string>(() => {}) });
    const response = await get('/api/v1/esim/products?country_code=XTK');
    expect(response.status).toBe(504);
    // By its own query: on a busy machine the request an earlier test timed out may still land upstream now.
    expect(upstream.received.filter((request) => request.url.includes('XTK'))).toEqual([]);
  });

  it.each([999, 600])('answers an upstream status %i with a JSON 502 instead of throwing', async (status) => {
    upstream.state.reply = json(status, [JAPAN]);
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_BAD_STATUS' });
  });

  it('refuses a token with a line break at creation, without showing it', () => {
    const injected = `${SERVER_TOKEN}\r\nX-Admin: 1`;
    let thrown: unknown;
    try {
      createEsimProxy({ upstream: upstream.origin, token: injected });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(String(thrown)).toMatch(/token/);
    expect(String(thrown)).not.toContain(SERVER_TOKEN);
  });

  it('answers a token function that yields a line break with a JSON 500 that does not show it', async () => {
    useProxy({ token: async () => `${SERVER_TOKEN}\nX-Admin: 1` });
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(500);
    expect(await errorOf(response)).toMatchObject({ code: 'PROXY_TOKEN_INVALID' });
    expect(upstream.received).toEqual([]);
  });

  it('turns an exception that carries the token into a JSON 502 without it', async () => {
    useProxy({
      fetch: async () => {
        throw new Error(`connect failed with Authorization: Bearer ${SERVER_TOKEN}`);
      },
    });
    const response = await get('/api/v1/esim/products');
    expect(response.status).toBe(502);
    expect(await errorOf(response)).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE' });
  });

  it('rebuilds the list query from the allow-list: caps per_page and search, drops the rest', async () => {
    // About 15 kB in the URL, just under Node's own header limit; cut at 100 code points, the emoji kept whole.
    const search = `${'é'.repeat(99)}😀${'a'.repeat(14_000)}`;
    await get(`/api/v1/esim/products?per_page=100000&include=wholesale_margin&page=2&country_code=jpn&search=${encodeURIComponent(search)}&token=x`);
    const url = new URL(upstream.received[0]?.url ?? '', upstream.origin);
    expect([...url.searchParams.keys()]).toEqual(['page', 'per_page', 'country_code', 'search']);
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('per_page')).toBe('100');
    expect(url.searchParams.get('country_code')).toBe('JPN');
    expect(url.searchParams.get('search')).toBe(`${'é'.repeat(99)}😀`);
  });

  it.each(['page=abc', 'per_page=-5', 'country_code=JP%00N', 'country_code=EUROPE-WIDE', 'page=12345678901'])(
    'refuses %s with a 400 instead of answering with the unfiltered catalogue',
    async (query) => {
      const response = await get(`/api/v1/esim/products?${query}`);
      expect(response.status).toBe(400);
      expect(await errorOf(response)).toMatchObject({ code: 'VALIDATION_FAILURE' });
      expect(upstream.received).toEqual([]);
    },
  );

  it('lowers any page size, however many digits, to maxPerPage instead of refusing it', async () => {
    await get('/api/v1/esim/products?per_page=1000000000000');
    expect(upstream.received[0]?.url).toBe('/api/v1/esim/products?per_page=100');
  });

  it('forwards a region code the client accepts (2 to 8 letters or digits), upper-cased', async () => {
    await get('/api/v1/esim/products?country_code=europe');
    expect(upstream.received[0]?.url).toBe('/api/v1/esim/products?country_code=EUROPE');
  });

  it.each(['/api/v1/esim/products/712', '/api/v1/esim/products/712/variants', '/api/v1/esim/variants/5511'])(
    'forwards no query at all on %s',
    async (path) => {
      upstream.state.reply = json(200, JAPAN);
      await get(`${path}?include=wholesale_margin&page=2&search=x`);
      expect(upstream.received[0]?.url).toBe(path);
    },
  );

  it('sends a cacheable answer with a strong ETag over its body, and a 304 with no body when it matches', async () => {
    const first = await get('/api/v1/esim/products');
    const body = await first.arrayBuffer();
    const etag = `"${createHash('sha256').update(new Uint8Array(body)).digest('base64url')}"`;
    expect(first.headers.get('etag')).toBe(etag);
    expect(first.headers.get('cache-control')).toBe('public, s-maxage=60, stale-while-revalidate=300');

    const again = await get('/api/v1/esim/products', { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expectJsonOnly(again);
    expect(again.headers.get('etag')).toBe(etag);
    expect(again.headers.get('cache-control')).toBe('public, s-maxage=60, stale-while-revalidate=300');
    expect(await again.text()).toBe('');

    upstream.state.reply = json(200, [{ ...JAPAN, name: 'Japan eSIM Plus' }], PAGINATION);
    const changed = await get('/api/v1/esim/products', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('passes only the documented pagination headers, exposed to scripts', async () => {
    upstream.state.reply = json(200, [JAPAN], { ...PAGINATION, 'set-cookie': 'upstream=1', 'x-internal-margin': '12%' });
    const response = await get('/api/v1/esim/products');
    expect(response.headers.get('x-total-count')).toBe('1');
    expect(response.headers.get('x-has-more')).toBe('false');
    expect(response.headers.get('access-control-expose-headers')).toContain('X-Total-Count');
    expect(response.headers.has('set-cookie')).toBe(false);
    expect(response.headers.has('x-internal-margin')).toBe(false);
  });

  it.each([
    ['an unknown path', '/api/v1/esim/orders', {}, 404],
    ['a POST', '/api/v1/esim/products', { method: 'POST', body: '{}' }, 405],
    ['an upstream 404', '/api/v1/esim/products/9', {}, 404],
  ])('sends JSON-only headers and no-store on %s', async (_case, path, init, status) => {
    upstream.state.reply = json(404, { error: { name: 'NotFoundError', code: 'NOT_FOUND', message: 'x' } });
    const response = await fetch(`${front.origin}${path}`, init);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('no-store');
    await errorOf(response);
  });
});

/** Headers and the first bytes of a JSON array, then nothing: the connection stays open. */
function stalledBody(_request: IncomingMessage, response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('[{"id":712,');
}
