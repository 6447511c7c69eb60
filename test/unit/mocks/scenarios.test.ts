import { productSchema, variantSchema } from '../../../src/api/schemas.js';
import { validateEach } from '../../../src/api/validate.js';
import { createEsimHandlers, mockScenarios, usdCatalogue } from '../../../src/mocks/index.js';
import { server } from '../../msw-server.js';
import { get, getJson, pageHeaders } from './helpers.js';

// Long enough that a request which does not wait for hydration finishes first even on a busy machine.
const HYDRATION_MS = 1500;
const ENDPOINTS = ['/products', '/products/712', '/products/712/variants', '/variants/5511'];

it('lists every scenario', () => {
  expect([...mockScenarios].sort()).toEqual(
    ['empty', 'expired-token', 'malformed', 'normal', 'server-error', 'slow-hydration'].sort(),
  );
});

it.each(mockScenarios)('%s: the handler set answers every endpoint with JSON', async (scenario) => {
  server.use(...createEsimHandlers({ scenario, hydrationDelayMs: 10 }));
  for (const path of ENDPOINTS) {
    const response = await get(path);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    await response.json();
  }
});

describe('server-error', () => {
  it('500s on every endpoint with an error body', async () => {
    server.use(...createEsimHandlers({ scenario: 'server-error' }));
    for (const path of ENDPOINTS) {
      const { status, body } = await getJson(path);
      expect(status).toBe(500);
      expect(body).toEqual({ error: { name: expect.any(String), code: expect.any(String), message: expect.any(String) } });
    }
  });
});

describe('expired-token', () => {
  it('401s every request, even with a token', async () => {
    server.use(...createEsimHandlers({ scenario: 'expired-token' }));
    for (const path of ENDPOINTS) {
      const { status, body } = await getJson(path);
      expect(status).toBe(401);
      expect(body).toEqual({ error: { name: 'UnauthorizedError', code: 'TOKEN_EXPIRED', message: 'Token has expired' } });
    }
  });

  it('answers a request with no token as the real API does: the header is required, no token has expired', async () => {
    server.use(...createEsimHandlers({ scenario: 'expired-token' }));
    for (const path of ENDPOINTS) {
      const response = await get(path, null);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authorization header required' },
      });
    }
  });
});

describe('empty', () => {
  it('lists no products with consistent headers', async () => {
    server.use(...createEsimHandlers({ scenario: 'empty' }));
    const { status, headers, body } = await getJson('/products');
    expect(status).toBe(200);
    expect(body).toEqual([]);
    expect(pageHeaders(headers)).toEqual({
      'X-Page': '1',
      'X-Per-Page': '50',
      'X-Total-Count': '0',
      'X-Total-Pages': '0',
      'X-Page-Size': '0',
      'X-Has-More': 'false',
    });
    expect((await getJson('/products/712')).status).toBe(404);
  });
});

describe('malformed', () => {
  beforeEach(() => server.use(...createEsimHandlers({ scenario: 'malformed' })));

  it('puts a few invalid products among valid ones on the first page', async () => {
    const { headers, body } = await getJson<unknown[]>('/products');
    const { valid, invalid } = await validateEach(productSchema, 'product', body);
    expect(invalid.length).toBe(3);
    expect(valid.length).toBe(47);
    expect(invalid.map((record) => record.issues.join()).join(' | ')).toMatch(/name/);
    expect(body.some((row) => typeof (row as { id: unknown }).id === 'string')).toBe(true);
    expect(headers.get('X-Total-Count')).toBe(String(usdCatalogue.products.length + 3));
  });

  it('puts invalid variants beside valid ones in details and variant lists', async () => {
    const detail = await getJson<{ variants: unknown[] }>('/products/712');
    expect(productSchema.safeParse(detail.body).success).toBe(true);
    const { valid, invalid } = await validateEach(variantSchema, 'variant', detail.body.variants);
    expect(valid.map((variant) => variant.id)).toEqual([5511, 5512, 5513, 5514, 5515]);
    const reasons = invalid.map((record) => record.issues.join());
    expect(reasons).toHaveLength(3);
    expect(reasons.join(' | ')).toMatch(/amount/);
    expect(reasons.join(' | ')).toMatch(/client_discount/);
    expect(reasons.join(' | ')).toMatch(/currency_code/);
    const list = await getJson<unknown[]>('/products/712/variants');
    expect(list.body).toEqual(detail.body.variants);
  });
});

describe('slow-hydration', () => {
  it('delays only the first variants request per product', async () => {
    // Order, not durations: a request that waits for hydration finishes after ones started later that do not.
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: HYDRATION_MS }));
    const order: string[] = [];
    const track = async (label: string, path: string) => {
      const response = await get(path);
      await response.arrayBuffer();
      order.push(label);
      return response.status;
    };
    const cold = track('712 variants, cold', '/products/712/variants');
    await track('list', '/products');
    await track('904, cold', '/products/904');
    expect(order).toEqual(['list', '904, cold']);
    expect(await cold).toBe(200);
    const cold904 = track('904 variants, cold', '/products/904/variants');
    await Promise.all([track('712, warm', '/products/712'), track('712 variants, warm', '/products/712/variants')]);
    expect(order.slice(3).sort()).toEqual(['712 variants, warm', '712, warm']);
    await cold904;
    expect(order.at(-1)).toBe('904 variants, cold');
  });

  it('answers a destination’s detail with no plans until its variants endpoint has fetched them (API reference, Variants)', async () => {
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 10 }));
    const plans = usdCatalogue.products.find((product) => product.id === 712)!.variants;
    expect((await getJson('/products/712')).body).toMatchObject({ id: 712, variants: [] });
    expect((await getJson('/products/712/variants')).body).toEqual(plans);
    expect((await getJson('/products/712')).body).toMatchObject({ id: 712, variants: plans });
    expect((await getJson('/products/904')).body).toMatchObject({ id: 904, variants: [] });
  });

  it('lets concurrent first requests wait out one hydration together, not one after the other, and a fresh handler set starts cold', async () => {
    // Order, not durations: timers of equal length fire in the order they were set.
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: HYDRATION_MS }));
    const order: string[] = [];
    const track = async (label: string, path: string) => {
      const response = await get(path);
      await response.arrayBuffer();
      order.push(label);
    };
    const both = Promise.all([track('712 first', '/products/712/variants'), track('712 second', '/products/712/variants')]);
    // 904's own hydration starts after 712's: a second request for 712 that waited a hydration of its own would end last.
    const other = track('904', '/products/904/variants');
    await Promise.all([both, other]);
    expect(order.at(-1)).toBe('904');
    server.resetHandlers(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: HYDRATION_MS }));
    order.length = 0;
    const cold = track('712 again, cold', '/products/712/variants');
    await track('list', '/products');
    await cold;
    expect(order).toEqual(['list', '712 again, cold']);
  });
});
