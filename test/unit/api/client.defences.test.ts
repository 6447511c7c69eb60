// What a hostile or broken server sends: every record that comes out can be priced, whole-body mismatches
// are typed errors, and big, redirected or throttled answers are handled before they cost anything.
import { http, HttpResponse } from 'msw';
import { createEsimClient, type FetchLike, type InvalidRecord } from '../../../src/api/index.js';
import { variantPrice } from '../../../src/money/index.js';
import { answer, failure, japan, server, TEST_BASE_URL, variant5511, variant5512 } from './fixtures.js';

const reports: InvalidRecord[][] = [];
const client = (more: Partial<Parameters<typeof createEsimClient>[0]> = {}) =>
  createEsimClient({ baseUrl: TEST_BASE_URL, token: 'sk_test_4eC39HqLyjWDarjtT1zdp7dc', onInvalidData: (records) => reports.push(records), ...more });
beforeEach(() => {
  reports.length = 0;
});

/** A fetch double answering `body` as if after `init` (redirected, url) — what MSW cannot fake. */
const fetchAnswering =
  (body: unknown, init: { status?: number; headers?: Record<string, string>; redirectedTo?: string } = {}): FetchLike =>
  async () => {
    const response = new Response(JSON.stringify(body), { status: init.status ?? 200, headers: init.headers ?? {} });
    if (init.redirectedTo) {
      Object.defineProperty(response, 'redirected', { value: true });
      Object.defineProperty(response, 'url', { value: init.redirectedTo });
    }
    return response;
  };

describe('plans that cannot be priced or shown are left out and reported', () => {
  it.each([
    ['an amount above what exact money holds', { amount: 1e21 }, /^amount:/],
    ['a data amount that breaks per-GB maths', { data_amount_gb: 1e-15 }, /^data_amount_gb:/],
    ['the no-currency code XXX', { currency_code: 'XXX' }, /^currency_code:/],
    ['an invented currency ABC', { currency_code: 'ABC' }, /^currency_code:/],
    ['a currency other than the product’s', { currency_code: 'EUR' }, /^currency_code: expected USD$/],
    ['another product’s plan', { esim_product_id: 904 }, /^esim_product_id: expected 712$/],
  ])('%s', async (_, change, issue) => {
    const bad = { ...variant5512, ...change };
    answer('/api/v1/esim/products/712', { ...japan, variants: [variant5511, bad] });
    const detail = await client().getProduct(712);
    expect(detail.variants).toEqual([variant5511]);
    expect(detail.invalidVariants).toEqual([{ kind: 'variant', id: 5512, issues: [expect.stringMatching(issue)], raw: bad }]);
    expect(reports).toEqual([detail.invalidVariants]);
    expect(variantPrice(detail.variants[0]!).discounted).toBe('$4.28');
  });

  it('keeps the first of two plans with one id, so a click can never pick the other price', async () => {
    const twin = { ...variant5511, amount: 45 };
    answer('/api/v1/esim/products/712', { ...japan, variants: [variant5511, twin] });
    const detail = await client().getProduct(712);
    expect(detail.variants.map((variant) => variant.amount)).toEqual([4.5]);
    expect(detail.invalidVariants).toEqual([{ kind: 'variant', id: 5511, issues: ['id: a duplicate'], raw: twin }]);
  });

  it('listVariants holds plans to the requested product', async () => {
    const foreign = { ...variant5512, id: 1, esim_product_id: 8 };
    answer('/api/v1/esim/products/712/variants', [variant5511, foreign]);
    await expect(client().listVariants(712)).resolves.toEqual([variant5511]);
    expect(reports).toEqual([[{ kind: 'variant', id: 1, issues: ['esim_product_id: expected 712'], raw: foreign }]]);
  });

  it('a plan in a stray currency never hides the product’s plans: getProduct drops it, listVariants keeps each in its own', async () => {
    const stray = { ...variant5511, id: 1, currency_code: 'EUR' };
    const plans = [stray, variant5511, variant5512];
    answer('/api/v1/esim/products/712/variants', plans);
    answer('/api/v1/esim/products/712', { ...japan, variants: plans });
    expect((await client().getProduct(712)).variants).toEqual([variant5511, variant5512]);
    expect(reports).toEqual([[{ kind: 'variant', id: 1, issues: ['currency_code: expected USD'], raw: stray }]]);
    // Without the product, nothing says which currency is the stray one: no plan is left out for it.
    expect(await client().listVariants(712)).toEqual(plans);
  });

  it('reports invalid products on a page after the first, with the path they came from', async () => {
    const seen: string[] = [];
    answer('/api/v1/esim/products', [japan, { ...japan, id: 713, currency_code: 'XXX' }], { headers: { 'X-Page': '2' } });
    const page = await client({ onInvalidData: (_, context) => seen.push(`${context.operation} ${context.path}`) }).listProducts({ page: 2 });
    expect(page).toMatchObject({ page: 2, items: [japan], invalid: [{ kind: 'product', id: 713 }] });
    expect(seen).toEqual(['listProducts /api/v1/esim/products']);
  });
});

describe('a detail for another id is a typed error, never data', () => {
  it('getProduct(7) answered with product 8', async () => {
    answer('/api/v1/esim/products/7', { ...japan, id: 8, variants: [] });
    const error = await failure(client().getProduct(7));
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', issues: ['id: expected 7'] });
  });

  it('getVariant(5511) answered with variant 5512', async () => {
    answer('/api/v1/esim/variants/5511', variant5512);
    await expect(client().getVariant(5511)).rejects.toMatchObject({ code: 'INVALID_RESPONSE', issues: ['id: expected 5511'] });
  });

  it('product and variant ids may overlap: each endpoint answers for its own kind', async () => {
    const product5511 = { ...japan, id: 5511, variants: [{ ...variant5512, esim_product_id: 5511 }] };
    answer('/api/v1/esim/products/5511', product5511);
    answer('/api/v1/esim/variants/5511', variant5511);
    const [product, variant] = await Promise.all([client().getProduct(5511), client().getVariant(5511)]);
    expect(product).toMatchObject({ id: 5511, name: 'Japan eSIM', variants: [{ id: 5512, esim_product_id: 5511 }] });
    expect(variant).toMatchObject({ id: 5511, esim_product_id: 712, amount: 4.5 });
  });
});

describe('response size cap', () => {
  const big = Array.from({ length: 2_000 }, (_, index) => ({ ...japan, id: index + 1 }));

  it('fails early on a Content-Length over the cap', async () => {
    server.use(http.get('*/api/v1/esim/products', () => HttpResponse.json(big)));
    const error = await failure(client({ maxResponseBytes: 50_000 }).listProducts());
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', isRetryable: false });
    expect(error.message).toBe('eSIM API: 200 OK, body over 50000 bytes (maxResponseBytes)');
  });

  it('counts a streamed body without Content-Length and stops reading at the cap', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode(`${JSON.stringify(japan)},`);
    const endless = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('[')),
      pull: (controller) => {
        pulled += 1;
        controller.enqueue(chunk);
      },
    });
    const error = await failure(client({ fetch: async () => new Response(endless), maxResponseBytes: 10_000 }).listProducts());
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', message: expect.stringMatching(/body over 10000 bytes/) });
    expect(pulled).toBeLessThan(10_000 / chunk.byteLength + 5);
  });

  it('lets a body at the default cap through', async () => {
    server.use(http.get('*/api/v1/esim/products', () => HttpResponse.json(big)));
    await expect(client().listProducts()).resolves.toMatchObject({ items: { length: 2_000 } });
  });
});

describe('redirects', () => {
  it('rejects an answer that was redirected to another origin', async () => {
    const fetch = fetchAnswering([japan], { redirectedTo: 'https://evil.example/api/v1/esim/products' });
    const error = await failure(client({ fetch }).listProducts());
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', message: expect.stringMatching(/^eSIM API: 200.*, redirected to another origin \(https:\/\/evil\.example\)$/) });
  });

  it('accepts a redirect within the API’s origin, and one within the page’s for a same-origin baseUrl', async () => {
    const within = fetchAnswering([japan], { redirectedTo: `${TEST_BASE_URL}/v2/products` });
    await expect(client({ fetch: within }).listProducts()).resolves.toMatchObject({ items: [japan] });
    const page = fetchAnswering([japan], { redirectedTo: `${window.location.origin}/proxy/products` });
    await expect(client({ baseUrl: '', fetch: page }).listProducts()).resolves.toMatchObject({ items: [japan] });
  });
});

describe('Retry-After', () => {
  const throttled = { error: { code: 'RATE_LIMITED', message: 'Slow down' } };

  it.each([
    [429, '120', 120_000],
    [503, '0', 0],
    [503, 'soon', undefined],
    [503, '7, 7', undefined],
    [429, '10 11', undefined],
    [500, '30', 30_000],
  ])('%s with Retry-After %j → retryAfterMs %s', async (status, header, expected) => {
    const fetch = fetchAnswering(throttled, { status, headers: { 'Retry-After': header } });
    const error = await failure(client({ fetch }).listProducts());
    expect(error.retryAfterMs).toBe(expected);
    expect(error.isRetryable).toBe(true);
  });

  it('reads an HTTP date as the time left until it', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-10-21T07:27:00Z'), toFake: ['Date'] });
    try {
      const fetch = fetchAnswering(throttled, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:28:00 GMT' } });
      expect((await failure(client({ fetch }).listProducts())).retryAfterMs).toBe(60_000);
      const past = fetchAnswering(throttled, { status: 429, headers: { 'Retry-After': 'Wed, 21 Oct 2026 07:00:00 GMT' } });
      expect((await failure(client({ fetch: past }).listProducts())).retryAfterMs).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('access errors', () => {
  it.each([
    [401, 'UNAUTHORIZED', 'Invalid or expired token'],
    [403, 'FORBIDDEN', 'Client has no access to eSIM products'],
  ])('%s is an auth error with the server’s code and message, not retried', async (status, code, message) => {
    answer('/api/v1/esim/products', { error: { name: 'AuthError', code, message } }, { status });
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status, code, isAuthError: true, isRetryable: false });
    expect(error.message).toMatch(new RegExp(`^eSIM API: ${status} .*, ${message}$`));
  });
});

describe('"__proto__", "constructor" and "prototype" keys (JSON.parse makes "__proto__" an own key)', () => {
  /** `record` as raw JSON with `extra` written in after its own fields. */
  const withKeys = (record: object, extra: string) => `${JSON.stringify(record).slice(0, -1)},${extra}}`;
  const raw = (text: string): FetchLike => async () => new Response(text, { headers: { 'Content-Type': 'application/json' } });
  const { amount: _, ...noAmount } = variant5512;

  it('never lend a plan a price, nor a product its plans, nor change any prototype', async () => {
    const plans = [
      withKeys(variant5511, '"__proto__": { "amount": 0.01, "client_discount": 100 }, "constructor": { "prototype": { "amount": 0.01 } }, "prototype": 1'),
      withKeys(noAmount, '"__proto__": { "amount": 0.01 }'),
    ];
    const body = withKeys({ ...japan, variants: undefined }, `"variants": [${plans.join(',')}], "__proto__": { "invalidVariants": [] }`);
    const product = await client({ fetch: raw(body) }).getProduct(712);
    expect(Object.getPrototypeOf(product)).toBe(Object.prototype);
    const [plan] = product.variants;
    expect(product.variants).toHaveLength(1);
    expect(Object.getPrototypeOf(plan)).toBe(Object.prototype);
    expect(variantPrice(plan!, 'en-US')).toMatchObject({ discounted: '$4.28', discountPercent: 5 });
    expect(Object.keys(plan!)).not.toContain('__proto__');
    // The plan with no amount of its own is left out, not priced from its "__proto__".
    expect(product.invalidVariants).toMatchObject([{ id: 5512, issues: ['amount: expected number'] }]);
    expect(({} as Record<string, unknown>).amount).toBeUndefined();
  });

  it('a product whose "__proto__" carries plans has none of them', async () => {
    const body = withKeys(japan, `"__proto__": { "variants": [${JSON.stringify(variant5511)}] }`);
    // No inline plans: the client asks the variants endpoint, which has none either.
    const fetch: FetchLike = (url, init) => raw(url.endsWith('/variants') ? '[]' : body)(url, init);
    expect((await client({ fetch }).getProduct(712)).variants).toEqual([]);
  });
});
