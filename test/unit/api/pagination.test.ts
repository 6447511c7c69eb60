import { createEsimClient, type ListProductsParams } from '../../../src/api/index.js';
import { readPagination } from '../../../src/api/pagination.js';
import { answer, japan, TEST_BASE_URL } from './fixtures.js';

const products = (count: number, from = 1) =>
  Array.from({ length: count }, (_, index) => ({ ...japan, id: from + index }));

async function list(count: number, headers: Record<string, string>, params?: ListProductsParams) {
  answer('/api/v1/esim/products', products(count), { headers });
  const { items: _items, invalid: _invalid, ...info } = await createEsimClient({ baseUrl: TEST_BASE_URL }).listProducts(
    params,
  );
  return info;
}

describe('pagination headers', () => {
  it('are read when present (and X-Has-More wins over derivation)', async () => {
    const headers = {
      'X-Page': '2',
      'X-Per-Page': '10',
      'X-Total-Count': '35',
      'X-Total-Pages': '4',
      'X-Page-Size': '10',
      'X-Has-More': 'true',
    };
    expect(await list(10, headers, { page: 2, perPage: 10 })).toEqual({
      page: 2,
      perPage: 10,
      totalCount: 35,
      totalPages: 4,
      hasMore: true,
      fromHeaders: true,
    });
    expect(await list(10, { ...headers, 'X-Has-More': 'FALSE' })).toMatchObject({ hasMore: false, fromHeaders: true });
  });

  it('are all missing: derived from the request and what arrived', async () => {
    expect(await list(10, {}, { page: 3, perPage: 10 })).toEqual({
      page: 3,
      perPage: 10,
      totalCount: 30,
      totalPages: 4,
      hasMore: true,
      fromHeaders: false,
    });
    expect(await list(4, {}, { page: 3, perPage: 10 })).toEqual({
      page: 3,
      perPage: 10,
      totalCount: 24,
      totalPages: 3,
      hasMore: false,
      fromHeaders: false,
    });
  });

  it('are missing with no params: page 1 and the API default of 50', async () => {
    expect(await list(2, {})).toEqual({ page: 1, perPage: 50, totalCount: 2, totalPages: 1, hasMore: false, fromHeaders: false });
    expect(await list(0, {})).toEqual({ page: 1, perPage: 50, totalCount: 0, totalPages: 0, hasMore: false, fromHeaders: false });
    expect(await list(60, {})).toMatchObject({ perPage: 60, hasMore: true });
  });

  it('are partly missing: totals derived from each other', async () => {
    expect(await list(10, { 'X-Total-Count': '35' }, { page: 1, perPage: 10 })).toEqual({
      page: 1,
      perPage: 10,
      totalCount: 35,
      totalPages: 4,
      hasMore: true,
      fromHeaders: true,
    });
    expect(await list(10, { 'X-Total-Pages': '4' }, { page: 2, perPage: 10 })).toMatchObject({
      totalCount: 40,
      totalPages: 4,
      hasMore: true,
    });
    expect(await list(5, { 'X-Total-Pages': '4' }, { page: 4, perPage: 10 })).toMatchObject({
      totalCount: 35,
      hasMore: false,
    });
  });

  it.each(['abc', '', '1.5', '-2', '1e3', 'NaN', '99999999999999999999'])(
    'garbage %j is treated as missing, never NaN',
    async (value) => {
      const info = await list(
        10,
        {
          'X-Page': value,
          'X-Per-Page': value,
          'X-Total-Count': value,
          'X-Total-Pages': value,
          'X-Has-More': value,
        },
        { page: 2, perPage: 10 },
      );
      expect(info).toEqual({ page: 2, perPage: 10, totalCount: 20, totalPages: 3, hasMore: true, fromHeaders: false });
      for (const number of [info.page, info.perPage, info.totalCount, info.totalPages]) {
        expect(Number.isFinite(number)).toBe(true);
      }
    },
  );

  it('rejects zero for page and perPage but accepts zero totals', () => {
    const headers = new Headers({ 'X-Page': '0', 'X-Per-Page': '0', 'X-Total-Count': '0', 'X-Total-Pages': '0' });
    expect(readPagination(headers, { page: undefined, perPage: undefined }, 0)).toEqual({
      page: 1,
      perPage: 50,
      totalCount: 0,
      totalPages: 0,
      hasMore: false,
      fromHeaders: true,
    });
  });

  it.each([
    ['X-Has-More: false', { 'X-Has-More': 'false' }],
    ['X-Total-Pages: 1', { 'X-Total-Pages': '1' }],
  ])('%s on a short first page: the server’s word that it is the last (fromHeaders)', async (_, headers) => {
    expect(await list(3, headers, { perPage: 10 })).toMatchObject({ hasMore: false, totalPages: 1, fromHeaders: true });
  });

  it('counts invalid records as received, since the server paged them', async () => {
    answer('/api/v1/esim/products', [japan, { id: 'broken' }], {});
    const page = await createEsimClient({ baseUrl: TEST_BASE_URL }).listProducts({ perPage: 2 });
    expect(page).toMatchObject({ items: [japan], totalCount: 2, hasMore: true });
  });
});
