import { http, HttpResponse } from 'msw';
import { createEsimClient } from '../../../src/api/index.js';
import { productSchema, variantSchema } from '../../../src/api/schemas.js';
import { createEsimHandlers, generateCatalogue, mockToken, usdCatalogue } from '../../../src/mocks/index.js';
import { server, TEST_BASE_URL } from '../../msw-server.js';
import { get, getJson, pageHeaders } from './helpers.js';

type Row = { id: number; name: string; country_code: string };
const total = usdCatalogue.products.length;

describe('GET /products', () => {
  it('defaults to page 1 of 50 with pagination headers', async () => {
    const { status, headers, body } = await getJson<Row[]>('/products');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toMatch(/application\/json/);
    expect(body).toHaveLength(50);
    expect(pageHeaders(headers)).toEqual({
      'X-Page': '1',
      'X-Per-Page': '50',
      'X-Total-Count': String(total),
      'X-Total-Pages': String(Math.ceil(total / 50)),
      'X-Page-Size': '50',
      'X-Has-More': 'true',
    });
    expect(body[0]).not.toHaveProperty('variants');
    for (const row of body) expect(productSchema.safeParse(row).success).toBe(true);
  });

  it('walks every page once, ending with X-Has-More false', async () => {
    const seen: number[] = [];
    let page = 1;
    for (;;) {
      const { headers, body } = await getJson<Row[]>(`/products?page=${page}&per_page=40`);
      expect(headers.get('X-Page')).toBe(String(page));
      expect(headers.get('X-Page-Size')).toBe(String(body.length));
      seen.push(...body.map((row) => row.id));
      if (headers.get('X-Has-More') === 'false') break;
      page++;
    }
    expect(page).toBe(Math.ceil(total / 40));
    expect(seen).toEqual(usdCatalogue.products.map((product) => product.id));
  });

  it('returns an empty page past the end', async () => {
    const { headers, body } = await getJson<Row[]>('/products?page=99');
    expect(body).toEqual([]);
    expect(headers.get('X-Page-Size')).toBe('0');
    expect(headers.get('X-Has-More')).toBe('false');
  });

  it('caps per_page at 100 and falls back to defaults for nonsense', async () => {
    const capped = await getJson<Row[]>('/products?per_page=1000');
    expect(capped.body).toHaveLength(100);
    expect(capped.headers.get('X-Per-Page')).toBe('100');
    const fallback = await getJson<Row[]>('/products?page=abc&per_page=0');
    expect(pageHeaders(fallback.headers)).toMatchObject({ 'X-Page': '1', 'X-Per-Page': '50' });
  });

  it('filters by country_code, case-insensitively', async () => {
    const { headers, body } = await getJson<Row[]>('/products?country_code=jpn');
    expect(body.map((row) => row.id)).toEqual([712]);
    expect(headers.get('X-Total-Count')).toBe('1');
    expect(headers.get('X-Has-More')).toBe('false');
    expect((await getJson<Row[]>('/products?country_code=GLO')).body.map((row) => row.id)).toEqual([904]);
    expect((await getJson<Row[]>('/products?country_code=ZZZ')).body).toEqual([]);
  });

  it('searches names case-insensitively, combinable with paging', async () => {
    const { body } = await getJson<Row[]>('/products?search=JAPAN');
    expect(body.map((row) => row.name)).toEqual(['Japan eSIM']);
    const islands = await getJson<Row[]>('/products?search=islands&per_page=5&page=2');
    expect(Number(islands.headers.get('X-Total-Count'))).toBeGreaterThan(5);
    for (const row of islands.body) expect(row.name.toLowerCase()).toContain('islands');
  });
});

describe('GET /products/:id and /products/:id/variants', () => {
  it('returns the product with variants inline', async () => {
    const { status, body } = await getJson<Row & { variants: unknown[] }>('/products/712');
    expect(status).toBe(200);
    expect(body).toEqual(usdCatalogue.products.find((product) => product.id === 712));
  });

  it('returns the variants alone', async () => {
    const { body } = await getJson<{ id: number }[]>('/products/904/variants');
    expect(body.length).toBeGreaterThanOrEqual(3);
    for (const variant of body) expect(variantSchema.safeParse(variant).success).toBe(true);
  });

  it.each(['abc', '0', '-3', '1.5', '12abc'])('400 for product id %s', async (id) => {
    for (const path of [`/products/${id}`, `/products/${id}/variants`]) {
      const { status, body } = await getJson(path);
      expect(status).toBe(400);
      expect(body).toEqual({ error: { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Invalid product ID' } });
    }
  });

  it('404 for an unknown product', async () => {
    for (const path of ['/products/999999', '/products/999999/variants']) {
      const { status, body } = await getJson(path);
      expect(status).toBe(404);
      expect(body).toEqual({ error: { name: 'NotFoundError', code: 'NOT_FOUND', message: 'Product not found' } });
    }
  });
});

describe('GET /variants/:id', () => {
  it('returns the variant with its regions and extended facts, as the client types them', async () => {
    const { status, body } = await getJson<Record<string, unknown>>('/variants/5511');
    expect(status).toBe(200);
    // Fixed by id: every third 4G/LTE, every fourth without hotspot, every fifth activating on arrival.
    expect(body).toMatchObject({
      id: 5511, esim_product_id: 712, amount: 4.5, regions: ['JPN'],
      network_type: '4G/LTE', hotspot: true, activation_policy: 'On first connection',
    });
    expect(variantSchema.parse(body)).toMatchObject({ regions: ['JPN'], network_type: '4G/LTE', hotspot: true });
    expect((await getJson('/variants/5512')).body).toMatchObject({ network_type: '5G', hotspot: false });
    expect((await getJson('/variants/5513')).body).toMatchObject({ network_type: '5G', hotspot: true });
    expect((await getJson('/variants/5515')).body).toMatchObject({ activation_policy: 'On arrival at the destination' });
  });

  it('lists every country a regional or global plan covers', async () => {
    const europe = usdCatalogue.products.find((product) => product.country_code === 'XEU')!;
    const { body } = await getJson<{ regions: string[] }>(`/variants/${europe.variants[0]?.id}`);
    expect(body.regions).toEqual(expect.arrayContaining(['FRA', 'DEU', 'ESP', 'ITA', 'NOR', 'CHE']));
    expect(body.regions).not.toContain('JPN');
    const global = usdCatalogue.products.find((product) => product.country_code === 'GLO')!;
    const all = await getJson<{ regions: string[] }>(`/variants/${global.variants[0]?.id}`);
    expect(all.body.regions.length).toBeGreaterThan(200);
    expect(all.body.regions).toEqual(expect.arrayContaining(['JPN', 'USA', 'BRA', 'ZAF']));
  });

  it('400 and 404 with the reference shapes', async () => {
    expect((await getJson('/variants/x')).body).toEqual({
      error: { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Invalid variant ID' },
    });
    const missing = await getJson('/variants/1');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ error: { name: 'NotFoundError', code: 'NOT_FOUND' } });
  });
});

describe('authorization', () => {
  it.each([null, ''])('401 on every endpoint without a bearer token (%s)', async (token) => {
    for (const path of ['/products', '/products/712', '/products/712/variants', '/variants/5511']) {
      const response = await get(path, token);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authorization header required' },
      });
    }
  });

  it('accepts any non-empty bearer token', async () => {
    expect((await get('/products/712', 'anything-goes')).status).toBe(200);
  });
});

describe('GET the catalogue\'s images', () => {
  const imageUrls = [...new Set(usdCatalogue.products.map((product) => product.image_url).filter(Boolean))];
  const tileText = (svg: string): string | undefined => /<text[^>]*>([^<]*)<\/text>/.exec(svg)?.[1];
  const fill = (svg: string): string | undefined => /<rect[^>]* fill="([^"]*)"/.exec(svg)?.[1];

  it('serves every image the catalogue names, without a token, as a cacheable SVG tile of the code', async () => {
    expect(imageUrls.length).toBeGreaterThan(200);
    for (const url of imageUrls) {
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml');
      expect(response.headers.get('cache-control')).toMatch(/max-age=[1-9]/);
      expect(await response.text()).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^]*<\/svg>$/);
    }
    // The reference's Japan image shows Japan's code; each code has a colour of its own, the same every time.
    const japan = await (await fetch('https://cdn.example.com/esim/japan.png')).text();
    expect(tileText(japan)).toBe('JPN');
    expect(await (await fetch('https://cdn.example.com/esim/japan.png')).text()).toBe(japan);
    expect(fill(await (await fetch('https://cdn.example.com/esim/fra.png')).text())).not.toBe(fill(japan));
  });

  it('404s for an image the catalogue does not name', async () => {
    for (const file of ['zzz.png', 'jpn.svg', 'JPN.png', 'japan.png.png']) {
      expect((await fetch(`https://cdn.example.com/esim/${file}`)).status, file).toBe(404);
    }
    server.use(...createEsimHandlers({ catalogue: generateCatalogue({ count: 3 }) }));
    expect((await fetch('https://cdn.example.com/esim/japan.png')).status).toBe(404);
  });

  it('writes only letters and digits from the data into the SVG', async () => {
    const japan = usdCatalogue.products.find((product) => product.id === 712)!;
    const hostile = '"/><script>alert(1)</script><text x="0';
    server.use(
      ...createEsimHandlers({
        catalogue: { products: [{ ...japan, country_code: hostile, image_url: 'https://cdn.example.com/esim/evil.png' }] },
      }),
    );
    const svg = await (await fetch('https://cdn.example.com/esim/evil.png')).text();
    expect(tileText(svg)).toMatch(/^[A-Z0-9]{0,3}$/);
    expect(svg).not.toMatch(/script|alert/i);
    expect(svg.match(/<text/g)).toHaveLength(1);
  });
});

describe('options', () => {
  it('serves a product copied under another id or currency with its plans as its own, in list, detail and variants alike', async () => {
    // How a partner writes a catalogue: a known product, copied and changed. The real API never names another
    // product or currency in a product's plans; served as written, the client dropped every plan ("no plans").
    const japan = usdCatalogue.products.find((product) => product.id === 712)!;
    const france = usdCatalogue.products.find((product) => product.country_code === 'FRA')!;
    server.use(
      ...createEsimHandlers({
        catalogue: { products: [{ ...japan, id: 1, name: 'Japan Lite eSIM' }, { ...france, currency_code: 'EUR' }] },
      }),
    );
    const onInvalidData = vi.fn();
    const client = createEsimClient({ baseUrl: TEST_BASE_URL, token: mockToken, onInvalidData });
    const { items } = await client.listProducts();
    for (const [id, currency, count] of [[1, 'USD', japan.variants.length], [france.id, 'EUR', france.variants.length]] as const) {
      const { variants, invalidVariants, ...product } = await client.getProduct(id);
      expect(product).toEqual(items.find((item) => item.id === id));
      expect(invalidVariants).toEqual([]);
      expect(variants).toHaveLength(count);
      const listed = await client.listVariants(id);
      expect(listed).toEqual(variants);
      for (const variant of listed) {
        expect(variant).toMatchObject({ esim_product_id: id, currency_code: currency });
        expect(await client.getVariant(variant.id)).toMatchObject({ esim_product_id: id, currency_code: currency });
      }
    }
    expect(onInvalidData).not.toHaveBeenCalled();
  });

  it('refuses a catalogue with two products under one id, which the list would show twice and the detail once', () => {
    const japan = usdCatalogue.products.find((product) => product.id === 712)!;
    expect(() => createEsimHandlers({ catalogue: { products: [japan, { ...japan, name: 'Japan Max eSIM' }] } })).toThrow(
      new TypeError('createEsimHandlers: two products in the catalogue have id 712'),
    );
  });

  it('serves a custom catalogue', async () => {
    server.use(...createEsimHandlers({ catalogue: generateCatalogue({ count: 120, seed: 3 }) }));
    const { headers } = await getJson('/products?per_page=100');
    expect(pageHeaders(headers)).toMatchObject({ 'X-Total-Count': '120', 'X-Total-Pages': '2', 'X-Has-More': 'true' });
  });

  it('only answers under baseUrl when one is given', async () => {
    // Earlier handlers win: ours first, then a catch-all that shows what ours did not match.
    server.use(
      ...createEsimHandlers({ baseUrl: 'https://api.esim.test/', catalogue: generateCatalogue({ count: 3 }) }),
      http.get('*/api/v1/esim/products', () => HttpResponse.json({ fallthrough: true })),
    );
    expect((await getJson('/products')).headers.get('X-Total-Count')).toBe('3');
    const other = await fetch('https://elsewhere.test/api/v1/esim/products', { headers: { Authorization: 'Bearer x' } });
    expect(await other.json()).toEqual({ fallthrough: true });
  });

  it('adds latencyMs to every response, images too', async () => {
    server.use(...createEsimHandlers({ latencyMs: 120 }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (const request of [() => get('/products/712'), () => fetch('https://cdn.example.com/esim/japan.png')]) {
        let answered = false;
        const response = request().then((result) => {
          answered = true;
          return result;
        });
        await vi.advanceTimersByTimeAsync(119);
        expect(answered).toBe(false);
        await vi.advanceTimersByTimeAsync(1);
        expect((await response).status).toBe(200);
      }
    } finally {
      vi.useRealTimers();
    }
  });
});
