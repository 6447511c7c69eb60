import { http, HttpResponse } from 'msw';
import { createEsimClient, type FetchLike } from '../../../src/api/index.js';
import { answer, failure, japan, recordRequests, server, TEST_BASE_URL, variant5511 } from './fixtures.js';

const requests = recordRequests();
const SECRET = 'secret-token-abc.def';

beforeEach(() => {
  answer('/api/v1/esim/products', [japan]);
  answer('/api/v1/esim/variants/5511', variant5511);
});

describe('Authorization', () => {
  it('comes from a string token', async () => {
    await createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET }).listProducts();
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
  });

  it('comes from a sync function called per request', async () => {
    let n = 0;
    const client = createEsimClient({ baseUrl: TEST_BASE_URL, token: () => `t${++n}` });
    await client.listProducts();
    await client.getVariant(5511);
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('comes from an async function', async () => {
    const token = vi.fn(async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      return SECRET;
    });
    await createEsimClient({ baseUrl: TEST_BASE_URL, token }).listProducts();
    expect(token).toHaveBeenCalledOnce();
    expect(requests[0]?.headers.get('authorization')).toBe(`Bearer ${SECRET}`);
  });

  it.each([
    ['no token', undefined],
    ['an empty string', ''],
    ['a function returning undefined', () => undefined],
    ['an async function returning undefined', async () => undefined],
  ])('is absent with %s', async (_label, token) => {
    await createEsimClient({ baseUrl: TEST_BASE_URL, token }).listProducts();
    expect(requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('from the token wins over one in `headers`, which is used only when the token yields nothing', async () => {
    const headers = { Authorization: 'Basic static' };
    await createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET, headers }).listProducts();
    await createEsimClient({ baseUrl: TEST_BASE_URL, headers }).listProducts();
    expect(requests.map((request) => request.headers.get('authorization'))).toEqual([
      `Bearer ${SECRET}`,
      'Basic static',
    ]);
  });

  it('wraps a throwing token function in TOKEN_ERROR and sends nothing', async () => {
    const failure = new Error('session expired');
    const client = createEsimClient({
      baseUrl: TEST_BASE_URL,
      token: () => {
        throw failure;
      },
    });
    await expect(client.listProducts()).rejects.toMatchObject({ status: 0, code: 'TOKEN_ERROR', cause: failure });
    expect(requests).toHaveLength(0);
  });
});

describe('other headers', () => {
  it('always sends Accept: application/json, plus the custom headers in any HeadersInit form', async () => {
    await createEsimClient({ baseUrl: TEST_BASE_URL, headers: { 'X-Partner': 'acme' } }).listProducts();
    await createEsimClient({ baseUrl: TEST_BASE_URL, headers: [['X-Trace', '1']] }).listProducts();
    await createEsimClient({ baseUrl: TEST_BASE_URL, headers: { Accept: 'text/html' } }).listProducts();
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
    expect(requests[0]?.headers.get('x-partner')).toBe('acme');
    expect(requests[1]?.headers.get('x-trace')).toBe('1');
    // The client only understands JSON, so Accept cannot be overridden.
    expect(requests[2]?.headers.get('accept')).toBe('application/json');
  });
});

describe('the token never leaks', () => {
  it('stays out of the URL', async () => {
    await createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET }).listProducts({ search: 'x' });
    expect(requests[0]?.url).not.toContain(SECRET);
  });

  it('stays out of error messages and stacks, even when the server echoes it', async () => {
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) =>
        HttpResponse.json(
          { error: { code: 'UNAUTHORIZED', message: `Token ${request.headers.get('authorization')} expired` } },
          { status: 401 },
        ),
      ),
    );
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET }).listProducts());
    expect(error.message).toBe('eSIM API: 401 Unauthorized, Token Bearer [redacted] expired');
    expect(String(error.stack)).not.toContain(SECRET);
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('is not logged', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level));
    answer('/api/v1/esim/products', [japan, { id: 'bad' }]);
    await createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET }).listProducts();
    server.use(http.get('*/api/v1/esim/products', () => HttpResponse.error()));
    await createEsimClient({ baseUrl: TEST_BASE_URL, token: SECRET }).listProducts().catch(() => undefined);
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });
});

describe('fetch', () => {
  it('uses globalThis.fetch looked up at call time, not at creation', async () => {
    const client = createEsimClient({ baseUrl: TEST_BASE_URL });
    const original = globalThis.fetch;
    const spy = vi.fn<typeof fetch>((input, init) => original(input, init));
    vi.stubGlobal('fetch', spy);
    try {
      await client.listProducts();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(spy).toHaveBeenCalledOnce();
  });

  it('uses a custom fetch when given, with a GET, the headers and a signal', async () => {
    const custom = vi.fn<FetchLike>(async () => Response.json([japan]));
    const page = await createEsimClient({ baseUrl: 'https://elsewhere.test', token: SECRET, fetch: custom }).listProducts();
    expect(page.items).toEqual([japan]);
    const [url, init] = custom.mock.calls[0] ?? [];
    expect(url).toBe('https://elsewhere.test/api/v1/esim/products');
    expect(init?.method).toBe('GET');
    expect(new Headers(init?.headers).get('authorization')).toBe(`Bearer ${SECRET}`);
    expect(init?.signal).toBeInstanceOf(AbortSignal);
    expect(requests).toHaveLength(0);
  });
});
