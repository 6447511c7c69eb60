import { waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { InvalidRecord } from '../../../src/api/schemas.js';
import { catalogueOptions, useCatalogue, type CatalogueIncomplete } from '../../../src/query/index.js';
import { server } from '../../msw-server.js';
import { createTestClient, createTestQueryClient, recordRequests } from '../../utils.js';
import { renderInProvider } from './render.js';

const product = (id: number) => ({
  id,
  name: `Place ${id}`,
  country_code: 'JPN',
  currency_code: 'USD',
  image_url: '',
});
const catalogueOf = (size: number) => Array.from({ length: size }, (_, i) => product(i + 1));

interface Served {
  items: unknown[];
  headers?: Record<string, string>;
}

/** Serves the list endpoint through `serve(page, perPage)`: each test's misbehaving server. */
function serveList(serve: (page: number, perPage: number) => Served) {
  server.use(
    http.get('*/api/v1/esim/products', ({ request }) => {
      const url = new URL(request.url);
      const { items, headers } = serve(Number(url.searchParams.get('page')), Number(url.searchParams.get('per_page')));
      return HttpResponse.json(items, headers ? { headers } : {});
    }),
  );
}

/** The pagination headers of an honest server holding `total` products. */
const honestHeaders = (total: number, page: number, perPage: number) => ({
  'X-Page': String(page),
  'X-Per-Page': String(perPage),
  'X-Total-Count': String(total),
  'X-Total-Pages': String(Math.ceil(total / perPage)),
  'X-Has-More': String(page * perPage < total),
});

function load(limits: Parameters<typeof catalogueOptions>[2] = {}) {
  const recorder = recordRequests();
  const client = createTestClient({ fetch: recorder.fetch });
  const reports: CatalogueIncomplete[] = [];
  const promise = createTestQueryClient().fetchQuery(
    catalogueOptions(client, {}, { onIncomplete: (info) => reports.push(info), ...limits }),
  );
  return { promise, requests: recorder.requests, reports };
}

describe('catalogue loading against servers that misbehave', () => {
  it('stops at the first empty page when X-Has-More never turns false, with every product', async () => {
    const all = catalogueOf(230);
    serveList((page, perPage) => ({
      items: all.slice((page - 1) * perPage, page * perPage),
      headers: { 'X-Has-More': 'true' },
    }));
    const { promise, requests, reports } = load();
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(230);
    expect(requests).toHaveLength(4);
    expect(catalogue.complete).toBe(true);
    expect(reports).toEqual([]);
  });

  it('caps a server that invents new products forever at 10,000 products, and says so', async () => {
    serveList((page, perPage) => ({
      items: Array.from({ length: perPage }, (_, i) => product((page - 1) * perPage + i + 1)),
      headers: { 'X-Has-More': 'true' },
    }));
    const { promise, requests, reports } = load({});
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(10_000);
    expect(requests.length).toBeLessThanOrEqual(101);
    expect(catalogue).toMatchObject({ complete: false, incompleteReason: 'max-products' });
    expect(reports).toEqual([expect.objectContaining({ reason: 'max-products', products: 10_000 })]);
  });

  it('caps the number of requests at maxPages, and says so', async () => {
    serveList((page, perPage) => ({
      items: Array.from({ length: perPage }, (_, i) => product((page - 1) * perPage + i + 1)),
      headers: { 'X-Has-More': 'true' },
    }));
    const { promise, requests, reports } = load({ maxPages: 5 });
    const catalogue = await promise;
    expect(requests).toHaveLength(5);
    expect(catalogue.products).toHaveLength(500);
    expect(catalogue).toMatchObject({ complete: false, incompleteReason: 'max-pages', pagesFetched: 5 });
    expect(reports).toEqual([expect.objectContaining({ reason: 'max-pages', pagesFetched: 5 })]);
  });

  it('takes a server that ignores page and per_page (everything, every time) in two requests', async () => {
    const all = catalogueOf(250);
    serveList(() => ({ items: all }));
    const { promise, requests, reports } = load();
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(250);
    expect(requests).toHaveLength(2);
    expect(catalogue.complete).toBe(true);
    expect(reports).toEqual([]);
  });

  it('reports a server that repeats its first page whatever page is asked for', async () => {
    const all = catalogueOf(250);
    serveList((_page, perPage) => ({ items: all.slice(0, perPage), headers: { 'X-Has-More': 'true' } }));
    const { promise, requests, reports } = load();
    const catalogue = await promise;
    expect(requests).toHaveLength(2);
    expect(catalogue.products).toHaveLength(100);
    expect(catalogue).toMatchObject({ complete: false, incompleteReason: 'repeated-page' });
    expect(reports).toEqual([expect.objectContaining({ reason: 'repeated-page', products: 100 })]);
  });

  it('collects all 250 destinations from a server that caps per_page at 50 and exposes no headers', async () => {
    const all = catalogueOf(250);
    serveList((page, perPage) => {
      const size = Math.min(perPage, 50);
      return { items: all.slice((page - 1) * size, page * size) };
    });
    const { promise, requests } = load();
    const catalogue = await promise;
    expect(catalogue.products.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(requests).toHaveLength(6);
    expect(catalogue.complete).toBe(true);
  });

  it('collects all 250 destinations from a server that caps per_page at 50 and exposes only X-Total-Count', async () => {
    // A CORS setup that exposes the count alone: the page size the server used is not said, only seen.
    const all = catalogueOf(250);
    serveList((page, perPage) => {
      const size = Math.min(perPage, 50);
      return { items: all.slice((page - 1) * size, page * size), headers: { 'X-Total-Count': '250' } };
    });
    const { promise, reports } = load();
    const catalogue = await promise;
    expect(catalogue.products.map((p) => p.id)).toEqual(all.map((p) => p.id));
    expect(catalogue.complete).toBe(true);
    expect(reports).toEqual([]);
  });

  it('asks once past a short last page when there are no pagination headers', async () => {
    const all = catalogueOf(230);
    serveList((page, perPage) => ({ items: all.slice((page - 1) * perPage, page * perPage) }));
    const { promise, requests } = load();
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(230);
    expect(requests.map((path) => new URLSearchParams(path.split('?')[1]).get('page'))).toEqual(['1', '2', '3', '4']);
    expect(catalogue.complete).toBe(true);
  });

  it('trusts the headers of an honest server: no request past the last page', async () => {
    const all = catalogueOf(190);
    serveList((page, perPage) => ({
      items: all.slice((page - 1) * perPage, page * perPage),
      headers: honestHeaders(190, page, perPage),
    }));
    const { promise, requests } = load();
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(190);
    expect(requests).toHaveLength(2);
  });
});

describe('a repeated page holding a record without a usable id', () => {
  // The record cannot be told apart by id, so it must not make every repeat of the page look new.
  it.each([
    ['no pagination headers', undefined],
    ['X-Has-More: true on every page', { 'X-Has-More': 'true' }],
  ])('is caught as a repeated page after 2 requests (%s), the record reported once', async (_, headers) => {
    const items = [...catalogueOf(3), { name: 'No id', country_code: 'JPN', currency_code: 'USD', image_url: '' }];
    serveList(() => ({ items, ...(headers && { headers }) }));
    const { promise, requests, reports } = load();
    const catalogue = await promise;
    expect(requests).toHaveLength(2);
    expect(catalogue.products).toHaveLength(3);
    expect(catalogue.invalid).toHaveLength(1);
    expect(catalogue).toMatchObject({ complete: false, incompleteReason: 'repeated-page', pagesFetched: 2 });
    expect(reports).toEqual([expect.objectContaining({ reason: 'repeated-page', pagesFetched: 2 })]);
  });

  it('still keeps two different id-less records from two pages', async () => {
    const broken = (name: string) => ({ name, country_code: 'JPN', image_url: '' });
    serveList((page) => ({
      items: page === 1 ? [...catalogueOf(99), broken('First')] : page === 2 ? [product(500), broken('Second')] : [],
      headers: { 'X-Has-More': String(page < 2) },
    }));
    const catalogue = await load().promise;
    expect(catalogue.invalid.map((record) => (record.raw as { name: string }).name)).toEqual(['First', 'Second']);
    expect(catalogue).toMatchObject({ complete: true });
  });
});

describe('a server that says its first page is the last', () => {
  it.each([
    ['X-Has-More: false', { 'X-Has-More': 'false' }],
    ['X-Total-Pages: 1', { 'X-Total-Pages': '1' }],
    ['X-Total-Count: 30', { 'X-Total-Count': '30' }],
  ])('%s on a short page: one request, the catalogue complete', async (_, headers) => {
    serveList(() => ({ items: catalogueOf(30), headers }));
    const { promise, requests } = load();
    const catalogue = await promise;
    expect(requests).toHaveLength(1);
    expect(catalogue.products).toHaveLength(30);
    expect(catalogue).toMatchObject({ complete: true, pagesFetched: 1 });
  });
});

describe('a page that fails while the catalogue loads', () => {
  /** An honest server of 450 products in pages of 100 (5 pages), with its pagination headers. */
  const honest = (page: number, perPage: number) =>
    HttpResponse.json(catalogueOf(450).slice((page - 1) * perPage, page * perPage), {
      headers: honestHeaders(450, page, perPage),
    });

  it('a 503 on page 4 of 5 retries page 4 alone: 6 requests, every product', async () => {
    let busy = true;
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        if (page === 4 && busy) {
          busy = false;
          return HttpResponse.json({ error: { code: 'BUSY', message: 'try again' } }, { status: 503, headers: { 'Retry-After': '0' } });
        }
        return honest(page, Number(url.searchParams.get('per_page')));
      }),
    );
    const { promise, requests } = load();
    const catalogue = await promise;
    expect(catalogue.products).toHaveLength(450);
    expect(catalogue.complete).toBe(true);
    const pages = requests.map((path) => new URLSearchParams(path.split('?')[1]).get('page'));
    expect(pages).toHaveLength(6);
    expect(pages.filter((page) => page === '4')).toHaveLength(2);
  });

  it('a refetch asks for every page again: the pages a retry may reuse belong to one fetch', async () => {
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) => {
        const url = new URL(request.url);
        return honest(Number(url.searchParams.get('page')), Number(url.searchParams.get('per_page')));
      }),
    );
    const recorder = recordRequests();
    const queryClient = createTestQueryClient();
    const options = catalogueOptions(createTestClient({ fetch: recorder.fetch }));
    await queryClient.fetchQuery(options);
    await queryClient.refetchQueries({ queryKey: options.queryKey });
    expect(recorder.requests).toHaveLength(10);
  });

  it('a page that fails for good stops the pages loading beside it', async () => {
    const aborted: number[] = [];
    const fetch: typeof globalThis.fetch = (input, init) => {
      const page = Number(new URL(String(input), 'http://localhost').searchParams.get('page'));
      if (page === 1) return Promise.resolve(honest(1, 100));
      if (page === 3) return Promise.resolve(HttpResponse.json({ error: { code: 'NOPE', message: 'bad page' } }, { status: 400 }));
      // The others never answer: only an abort ends them.
      return new Promise((_, reject) =>
        init!.signal!.addEventListener('abort', () => {
          aborted.push(page);
          reject(init!.signal!.reason);
        }),
      );
    };
    const client = createTestClient({ fetch });
    const promise = createTestQueryClient().fetchQuery(catalogueOptions(client));
    await expect(promise).rejects.toMatchObject({ status: 400 });
    await waitFor(() => expect(aborted.sort()).toEqual([2, 4, 5]));
  });
});

describe('the truncation report', () => {
  it('a reporter that throws still leaves the partial catalogue usable', async () => {
    const all = catalogueOf(250);
    serveList((_page, perPage) => ({ items: all.slice(0, perPage), headers: { 'X-Has-More': 'true' } }));
    const { promise } = load({
      onIncomplete: () => {
        throw new Error('reporting is down');
      },
    });
    await expect(promise).resolves.toMatchObject({ complete: false, incompleteReason: 'repeated-page' });
  });
});

describe('invalid records after the first page', () => {
  it('keeps the valid products of page 2 and reports its malformed ones', async () => {
    const all: unknown[] = catalogueOf(150);
    all[120] = { id: 121, name: '', country_code: 'JPN', currency_code: 'USD', image_url: '' };
    all[140] = { id: 141, name: 'No currency', country_code: 'JPN', image_url: '' };
    serveList((page, perPage) => ({
      items: all.slice((page - 1) * perPage, page * perPage),
      headers: { 'X-Has-More': String(page * perPage < all.length) },
    }));
    const reported: InvalidRecord[] = [];
    const client = createTestClient({ onInvalidData: (records) => reported.push(...records) });
    const catalogue = await createTestQueryClient().fetchQuery(catalogueOptions(client));
    expect(catalogue.products).toHaveLength(148);
    expect(catalogue.products.map((p) => p.id)).toContain(150);
    expect(catalogue.products.map((p) => p.id)).not.toContain(121);
    expect(catalogue.invalid.map((record) => record.id)).toEqual([121, 141]);
    expect(reported.map((record) => record.id)).toEqual([121, 141]);
  });
});

describe('useCatalogue', () => {
  it('hands a cut-short catalogue to the provider’s onCatalogueIncomplete, with the flag on the data', async () => {
    serveList((page, perPage) => ({
      items: Array.from({ length: perPage }, (_, i) => product((page - 1) * perPage + i + 1)),
      headers: { 'X-Has-More': 'true' },
    }));
    const onCatalogueIncomplete = vi.fn();
    const { result } = renderInProvider(() => useCatalogue(), {
      catalogueLimits: { maxPages: 3 },
      onCatalogueIncomplete,
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ complete: false, incompleteReason: 'max-pages' });
    expect(result.current.data?.products).toHaveLength(300);
    expect(onCatalogueIncomplete).toHaveBeenCalledTimes(1);
    expect(onCatalogueIncomplete).toHaveBeenCalledWith(expect.objectContaining({ reason: 'max-pages', products: 300 }));
  });

  it('warns in the console when the host gave no onCatalogueIncomplete', async () => {
    const all = catalogueOf(250);
    serveList((_page, perPage) => ({ items: all.slice(0, perPage), headers: { 'X-Has-More': 'true' } }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { result } = renderInProvider(() => useCatalogue());
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('cut short (repeated-page)'));
    warn.mockRestore();
  });
});
