import { http, HttpResponse } from 'msw';
import { createEsimClient, type InvalidDataContext } from '../../../src/api/index.js';
import type { InvalidRecord } from '../../../src/api/schemas.js';
import {
  answer,
  failure,
  global,
  japan,
  japanDetail,
  recordRequests,
  server,
  TEST_BASE_URL,
  variant5511,
  variant5512,
} from './fixtures.js';

const requests = recordRequests();
const client = () => createEsimClient({ baseUrl: TEST_BASE_URL, token: 'tok' });

describe('listProducts', () => {
  it('returns the products with the pagination headers', async () => {
    answer('/api/v1/esim/products', [japan, global], {
      headers: {
        'X-Page': '1',
        'X-Per-Page': '50',
        'X-Total-Count': '2',
        'X-Total-Pages': '1',
        'X-Page-Size': '2',
        'X-Has-More': 'false',
      },
    });
    const page = await client().listProducts();
    expect(page).toEqual({
      items: [japan, global],
      invalid: [],
      page: 1,
      perPage: 50,
      totalCount: 2,
      totalPages: 1,
      hasMore: false,
      fromHeaders: true,
    });
    expect(requests[0]?.url).toBe(`${TEST_BASE_URL}/api/v1/esim/products`);
    expect(requests[0]?.method).toBe('GET');
  });

  it('sends snake_case query params, trims filters and omits undefined or blank ones', async () => {
    answer('/api/v1/esim/products', []);
    await client().listProducts({ page: 2, perPage: 10, countryCode: ' jpn ', search: 'Japan & Co' });
    await client().listProducts({ page: undefined, search: '   ', countryCode: '' });
    expect(requests[0]?.url).toBe(
      `${TEST_BASE_URL}/api/v1/esim/products?page=2&per_page=10&country_code=JPN&search=Japan+%26+Co`,
    );
    expect(requests[1]?.url).toBe(`${TEST_BASE_URL}/api/v1/esim/products`);
  });

  it('leaves invalid products out, reports them and keeps the valid ones', async () => {
    const broken = { ...global, id: -1, currency_code: 'dollars' };
    answer('/api/v1/esim/products', [japan, broken, 'nonsense']);
    const onInvalidData = vi.fn<(records: InvalidRecord[], context: InvalidDataContext) => void>();
    const page = await createEsimClient({ baseUrl: TEST_BASE_URL, onInvalidData }).listProducts();
    expect(page.items).toEqual([japan]);
    expect(page.invalid).toHaveLength(2);
    expect(page.invalid[0]).toMatchObject({ kind: 'product', id: -1, raw: broken });
    expect(page.invalid[0]?.issues.join('\n')).toMatch(/currency_code/);
    expect(onInvalidData).toHaveBeenCalledOnce();
    expect(onInvalidData).toHaveBeenCalledWith(page.invalid, {
      operation: 'listProducts',
      path: '/api/v1/esim/products',
    });
  });

  it('does not call onInvalidData when everything is valid, and ignores errors it throws', async () => {
    answer('/api/v1/esim/products', [japan]);
    const quiet = vi.fn();
    await createEsimClient({ baseUrl: TEST_BASE_URL, onInvalidData: quiet }).listProducts();
    expect(quiet).not.toHaveBeenCalled();

    answer('/api/v1/esim/products', [japan, { id: 1 }]);
    const throwing = createEsimClient({
      baseUrl: TEST_BASE_URL,
      onInvalidData: () => {
        throw new Error('reporter down');
      },
    });
    await expect(throwing.listProducts()).resolves.toMatchObject({ items: [japan] });
  });
});

describe('schemas at the boundary', () => {
  it('keeps extra fields, accepts missing optional ones and blanks non-http images', async () => {
    const extended = { ...japan, regions: ['Honshu'], image_url: 'javascript:alert(1)' };
    const bare = { id: 905, name: 'Europe', country_code: 'eur', currency_code: 'eur' };
    answer('/api/v1/esim/products', [extended, bare, { ...global, image_url: '' }, { ...global, id: 906, image_url: null }]);
    const { items, invalid } = await client().listProducts();
    expect(invalid).toEqual([]);
    expect(items[0]).toEqual({ ...japan, regions: ['Honshu'], image_url: '' });
    expect(items[1]).toEqual({ ...bare, country_code: 'EUR', currency_code: 'EUR', image_url: '' });
    expect(items.slice(2).map((item) => item.image_url)).toEqual(['', '']);
  });

  it('accepts a variant without description or client_discount', async () => {
    const { description: _omit, client_discount: _none, ...plain } = variant5511;
    answer('/api/v1/esim/variants/5511', { ...plain, description: '' });
    const variant = await client().getVariant(5511);
    expect(variant.description).toBeUndefined();
    expect(variant.client_discount).toBe(0);
  });
});

describe('getProduct', () => {
  it('returns the product with its variants', async () => {
    answer('/api/v1/esim/products/712', japanDetail);
    const detail = await client().getProduct(712);
    expect(detail).toEqual({ ...japan, variants: [variant5511, variant5512], invalidVariants: [] });
    expect(requests.map((request) => request.url)).toEqual([`${TEST_BASE_URL}/api/v1/esim/products/712`]);
  });

  it('asks the variants endpoint when the detail inlines no plans (a destination added recently), with the same checks', async () => {
    answer('/api/v1/esim/products/712', { ...japan, variants: [] });
    const otherCurrency = { ...variant5512, currency_code: 'EUR' };
    answer('/api/v1/esim/products/712/variants', [variant5511, otherCurrency]);
    const onInvalidData = vi.fn();
    const detail = await createEsimClient({ baseUrl: TEST_BASE_URL, onInvalidData }).getProduct(712);
    expect(detail.variants).toEqual([variant5511]);
    expect(detail.invalidVariants).toEqual([expect.objectContaining({ id: 5512, issues: [expect.stringMatching(/^currency_code/)] })]);
    expect(onInvalidData).toHaveBeenCalledWith(detail.invalidVariants, {
      operation: 'listVariants',
      path: '/api/v1/esim/products/712/variants',
    });
    expect(requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/api/v1/esim/products/712',
      '/api/v1/esim/products/712/variants',
    ]);
  });

  it('does not ask again when the detail inlined plans that were all invalid', async () => {
    answer('/api/v1/esim/products/712', { ...japan, variants: [{ ...variant5511, amount: 'free' }] });
    const detail = await client().getProduct(712);
    expect(detail).toMatchObject({ variants: [], invalidVariants: [expect.objectContaining({ id: 5511 })] });
    expect(requests).toHaveLength(1);
  });

  it('accepts a digit string id', async () => {
    answer('/api/v1/esim/products/712', japanDetail);
    await expect(client().getProduct('712')).resolves.toMatchObject({ id: 712 });
  });

  it('drops an invalid variant and reports it', async () => {
    const badVariant = { ...variant5512, amount: -3 };
    answer('/api/v1/esim/products/712', { ...japan, variants: [variant5511, badVariant] });
    const onInvalidData = vi.fn();
    const detail = await createEsimClient({ baseUrl: TEST_BASE_URL, onInvalidData }).getProduct(712);
    expect(detail.variants).toEqual([variant5511]);
    expect(detail.invalidVariants).toEqual([
      { kind: 'variant', id: 5512, issues: [expect.stringMatching(/^amount: /)], raw: badVariant },
    ]);
    expect(onInvalidData).toHaveBeenCalledWith(detail.invalidVariants, {
      operation: 'getProduct',
      path: '/api/v1/esim/products/712',
    });
  });

  it.each([['a missing', japan], ['a null', { ...japan, variants: null }]])(
    'treats %s variants field as no variants, keeping the destination',
    async (_case, body) => {
      answer('/api/v1/esim/products/712', body);
      answer('/api/v1/esim/products/712/variants', []);
      await expect(client().getProduct(712)).resolves.toMatchObject({ id: 712, variants: [], invalidVariants: [] });
      expect(requests).toHaveLength(2);
    },
  );

  it('rejects an invalid envelope with INVALID_RESPONSE and its issues', async () => {
    answer('/api/v1/esim/products/712', { ...japan, name: '', variants: 'none' });
    const error = await failure(client().getProduct(712));
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE' });
    expect(error.issues.join('\n')).toMatch(/name/);
  });
});

describe('listVariants', () => {
  it('returns the valid variants and reports the invalid ones', async () => {
    answer('/api/v1/esim/products/712/variants', [variant5511, { ...variant5512, name: '  ' }]);
    const onInvalidData = vi.fn();
    const variants = await createEsimClient({ baseUrl: TEST_BASE_URL, onInvalidData }).listVariants(712);
    expect(variants).toEqual([variant5511]);
    expect(onInvalidData).toHaveBeenCalledWith([expect.objectContaining({ kind: 'variant', id: 5512 })], {
      operation: 'listVariants',
      path: '/api/v1/esim/products/712/variants',
    });
    expect(requests[0]?.url).toBe(`${TEST_BASE_URL}/api/v1/esim/products/712/variants`);
  });

  it('rejects a body that is not a list', async () => {
    answer('/api/v1/esim/products/712/variants', { variants: [variant5511] });
    await expect(client().listVariants(712)).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});

describe('getVariant', () => {
  it('returns the variant with its regions, extended fields and anything else the API adds', async () => {
    const extended = { network_type: '5G', hotspot: true, activation_policy: 'On first connection', network: 'Docomo' };
    answer('/api/v1/esim/variants/5511', { ...variant5511, regions: ['JPN'], ...extended });
    await expect(client().getVariant(5511)).resolves.toEqual({ ...variant5511, regions: ['JPN'], ...extended });
    expect(requests[0]?.url).toBe(`${TEST_BASE_URL}/api/v1/esim/variants/5511`);
  });

  it('rejects an invalid variant with INVALID_RESPONSE', async () => {
    answer('/api/v1/esim/variants/5511', { ...variant5511, validity_days: 'a week' });
    const error = await failure(client().getVariant(5511));
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', issues: [expect.stringMatching(/^validity_days/)] });
  });
});

describe('baseUrl', () => {
  it.each(['', '/'])('%j sends same-origin relative requests', async (baseUrl) => {
    answer('/api/v1/esim/products/712', japanDetail);
    await createEsimClient({ baseUrl }).getProduct(712);
    expect(new URL(requests[0]?.url ?? '').pathname).toBe('/api/v1/esim/products/712');
    expect(new URL(requests[0]?.url ?? '').origin).toBe(window.location.origin);
  });

  it.each([`${TEST_BASE_URL}/`, `${TEST_BASE_URL}//`])('%s joins without double slashes', async (baseUrl) => {
    answer('/api/v1/esim/products/712', japanDetail);
    await createEsimClient({ baseUrl }).getProduct(712);
    expect(requests[0]?.url).toBe(`${TEST_BASE_URL}/api/v1/esim/products/712`);
  });

  it('keeps a path prefix such as a proxy mount point', async () => {
    server.use(http.get(`${TEST_BASE_URL}/esim-proxy/api/v1/esim/variants/5511`, () => HttpResponse.json(variant5511)));
    await createEsimClient({ baseUrl: `${TEST_BASE_URL}/esim-proxy/` }).getVariant(5511);
    expect(requests[0]?.url).toBe(`${TEST_BASE_URL}/esim-proxy/api/v1/esim/variants/5511`);
  });

  it('says how to fix a missing baseUrl', () => {
    expect(() => createEsimClient({} as { baseUrl: string })).toThrow(/baseUrl.*required/);
  });
});
