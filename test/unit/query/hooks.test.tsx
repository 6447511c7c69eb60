import { QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import {
  EsimProvider,
  esimKeys,
  useCatalogue,
  useEsimContext,
  useInfiniteProducts,
  usePrefetchProduct,
  useProduct,
  useProducts,
  useVariant,
  useVariants,
} from '../../../src/query/index.js';
import { server } from '../../msw-server.js';
import { createTestClient, createTestQueryClient, recordRequests, renderEsimHook } from '../../utils.js';

function setup() {
  const recorder = recordRequests();
  return { recorder, client: createTestClient({ fetch: recorder.fetch }) };
}

describe('product detail and the variant caches', () => {
  it('loads a product with its plans, then serves its variants without a request and each variant at once', async () => {
    const { recorder, client } = setup();
    const { result, queryClient } = renderEsimHook(() => useProduct(712), { client });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.name).toBe('Japan eSIM');
    expect(result.current.data?.variants.map((v) => v.id)).toEqual(expect.arrayContaining([5511, 5512]));
    expect(recorder.requests).toEqual(['/api/v1/esim/products/712']);

    const variants = renderEsimHook(() => useVariants(712), { client, queryClient });
    const variant = renderEsimHook(() => useVariant(5511), { client, queryClient });
    expect(variants.result.current.data?.length).toBe(result.current.data?.variants.length);
    // The inline plan shows at once; the record with what only the variant endpoint sends follows.
    expect(variant.result.current.data?.amount).toBe(4.5);
    await waitFor(() => expect(variant.result.current.data?.regions).toBeDefined());
    expect(recorder.requests).toEqual(['/api/v1/esim/products/712', '/api/v1/esim/variants/5511']);
  });

  it('keeps the regions a variant detail brought when its product is loaded again', async () => {
    const { recorder, client } = setup();
    const { result: variant, queryClient } = renderEsimHook(() => useVariant(5511), { client });
    await waitFor(() => expect(variant.current.data?.regions).toBeDefined());
    const regions = variant.current.data?.regions;

    const product = renderEsimHook(() => useProduct(712), { client, queryClient });
    await waitFor(() => expect(product.result.current.isSuccess).toBe(true));
    expect(variant.current.data?.regions).toEqual(regions);
    expect(variant.current.data?.amount).toBe(4.5);
    expect(variant.current.isStale).toBe(false);
    expect(recorder.requests).toEqual(['/api/v1/esim/variants/5511', '/api/v1/esim/products/712']);
  });

  it('does not send a request, nor report an error, while the id is missing; sends one once it is known', async () => {
    const { recorder, client } = setup();
    const queryClient = createTestQueryClient();
    const { result, rerender } = renderHook(({ id }: { id: number | undefined }) => useProduct(id), {
      initialProps: { id: undefined as number | undefined },
      wrapper: ({ children }: { children: ReactNode }) => (
        <EsimProvider client={client} queryClient={queryClient}>{children}</EsimProvider>
      ),
    });
    expect(result.current.fetchStatus).toBe('idle');
    expect(result.current.isError).toBe(false);
    // Waiting on the later request rather than a fixed sleep: any fetch for the missing id would have
    // started at mount, before it, and left its mark on that query's state.
    rerender({ id: 712 });
    await waitFor(() => expect(result.current.data?.id).toBe(712));
    expect(recorder.requests).toEqual(['/api/v1/esim/products/712']);
    expect(queryClient.getQueryState(esimKeys.product(undefined))).toMatchObject({
      status: 'pending',
      fetchStatus: 'idle',
      fetchFailureCount: 0,
      errorUpdateCount: 0,
    });
  });

  it('useVariants and useVariant wait for their id the same way', async () => {
    const { recorder, client } = setup();
    const queryClient = createTestQueryClient();
    const { result, rerender } = renderHook(
      ({ productId, variantId }: { productId?: number; variantId?: number }) => ({
        variants: useVariants(productId),
        variant: useVariant(variantId),
      }),
      {
        initialProps: {} as { productId?: number; variantId?: number },
        wrapper: ({ children }: { children: ReactNode }) => (
          <EsimProvider client={client} queryClient={queryClient}>{children}</EsimProvider>
        ),
      },
    );
    expect(result.current.variants.fetchStatus).toBe('idle');
    expect(result.current.variant.fetchStatus).toBe('idle');
    rerender({ productId: 712, variantId: 5511 });
    await waitFor(() => expect(result.current.variant.data?.id).toBe(5511));
    await waitFor(() => expect(result.current.variants.isSuccess).toBe(true));
    expect([...recorder.requests].sort()).toEqual(['/api/v1/esim/products/712/variants', '/api/v1/esim/variants/5511']);
    for (const key of [esimKeys.variants(undefined), esimKeys.variant(undefined)]) {
      expect(queryClient.getQueryState(key)).toMatchObject({ status: 'pending', fetchStatus: 'idle', fetchFailureCount: 0 });
    }
  });

  it('prefetching on hover makes the later detail instant: one request in all', async () => {
    const { recorder, client } = setup();
    const { result, queryClient } = renderEsimHook(() => usePrefetchProduct(), { client });
    result.current(712);
    await waitFor(() => expect(queryClient.getQueryData(esimKeys.product(712))).toBeDefined());
    const detail = renderEsimHook(() => useProduct(712), { client, queryClient });
    expect(detail.result.current.data?.id).toBe(712);
    expect(recorder.requests).toEqual(['/api/v1/esim/products/712']);
  });
});

describe('catalogue and pages', () => {
  it('loads every page of the catalogue: the first, then the rest, each product once', async () => {
    const { recorder, client } = setup();
    const { result } = renderEsimHook(() => useCatalogue(), { client });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const products = result.current.data?.products ?? [];
    expect(products.length).toBeGreaterThanOrEqual(190);
    expect(new Set(products.map((p) => p.id)).size).toBe(products.length);
    expect(recorder.requests[0]).toContain('page=1');
    expect(recorder.requests.length).toBe(Math.ceil(products.length / 100));
  });

  it('walks page by page when the server sends no page count, and stops at the short page whose X-Has-More is false', async () => {
    const all = Array.from({ length: 230 }, (_, i) => ({
      id: i + 1, name: `Place ${i + 1}`, country_code: 'JPN', currency_code: 'USD', image_url: '',
    }));
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) => {
        const url = new URL(request.url);
        const page = Number(url.searchParams.get('page'));
        const perPage = Number(url.searchParams.get('per_page'));
        const items = all.slice((page - 1) * perPage, page * perPage);
        return HttpResponse.json(items, { headers: { 'X-Has-More': String(page * perPage < all.length) } });
      }),
    );
    const { recorder, client } = setup();
    const { result } = renderEsimHook(() => useCatalogue(), { client });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.products).toHaveLength(230);
    // X-Has-More: false on the short page 3 is the server's word that it is the last: no page 4.
    expect(recorder.requests).toHaveLength(3);
    expect(result.current.data?.complete).toBe(true);
  });

  it('keeps the previous page on screen while the next one loads', async () => {
    const { client } = setup();
    const queryClient = createTestQueryClient();
    const { result, rerender } = renderHook(({ page }) => useProducts({ page, perPage: 10 }), {
      initialProps: { page: 1 },
      wrapper: ({ children }: { children: ReactNode }) => (
        <EsimProvider client={client} queryClient={queryClient}>{children}</EsimProvider>
      ),
    });
    await waitFor(() => expect(result.current.data?.page).toBe(1));
    const firstPageIds = result.current.data?.items.map((p) => p.id);
    rerender({ page: 2 });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data?.items.map((p) => p.id)).toEqual(firstPageIds);
    await waitFor(() => expect(result.current.data?.page).toBe(2));
    expect(result.current.data?.hasMore).toBe(true);
  });

  it('useInfiniteProducts offers no next page after an empty page, whatever X-Has-More says', async () => {
    server.use(
      http.get('*/api/v1/esim/products', ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        const items = page === 1 ? [{ id: 1, name: 'Japan eSIM', country_code: 'JPN', currency_code: 'USD', image_url: '' }] : [];
        return HttpResponse.json(items, { headers: { 'X-Has-More': 'true' } });
      }),
    );
    const { recorder, client } = setup();
    const { result } = renderEsimHook(() => useInfiniteProducts({ perPage: 1 }), { client });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages).toHaveLength(1);
    expect(result.current.hasNextPage).toBe(true);
    await result.current.fetchNextPage();
    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(false);
    expect(recorder.requests).toHaveLength(2);
  });

  it('pages through the whole list with useInfiniteProducts until the server has no more', async () => {
    const { client } = setup();
    const { result } = renderEsimHook(() => useInfiniteProducts({ perPage: 100 }), { client });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    while (result.current.hasNextPage) {
      await result.current.fetchNextPage();
      await waitFor(() => expect(result.current.isFetchingNextPage).toBe(false));
    }
    const pages = result.current.data?.pages ?? [];
    const total = pages[0]?.totalCount ?? 0;
    expect(pages.flatMap((p) => p.items)).toHaveLength(total);
  });
});

describe('EsimProvider', () => {
  it('joins the host app’s QueryClient when there is one', async () => {
    const hostQueryClient = createTestQueryClient();
    const client = createTestClient();
    const { result } = renderHook(() => useProduct(712), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <QueryClientProvider client={hostQueryClient}>
          <EsimProvider client={client}>{children}</EsimProvider>
        </QueryClientProvider>
      ),
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(hostQueryClient.getQueryData(esimKeys.product(712))).toBeDefined();
  });

  it('works with no QueryClient anywhere in the host app', async () => {
    const client = createTestClient();
    const { result } = renderHook(() => useProduct(712), {
      wrapper: ({ children }: { children: ReactNode }) => <EsimProvider client={client}>{children}</EsimProvider>,
    });
    await waitFor(() => expect(result.current.data?.id).toBe(712));
  });

  it('falls back to en-US for a locale Intl rejects, and sets the writing direction', () => {
    const broken = renderEsimHook(() => useEsimContext(), { locale: 'not a locale!' });
    expect(broken.result.current.locale).toBe('en-US');
    const arabic = renderEsimHook(() => useEsimContext(), { locale: 'ar-EG' });
    expect(arabic.result.current.dir).toBe('rtl');
  });

  it('merges replacement messages over the English defaults', () => {
    const { result } = renderEsimHook(() => useEsimContext(), { messages: { retry: 'Nochmal' } });
    expect(result.current.messages.retry).toBe('Nochmal');
    expect(result.current.messages.searchLabel).toBe('Search destinations');
  });

  it('says how to fix a hook used outside the provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(() => renderHook(() => useProduct(1))).toThrow(/within <EsimProvider/);
    spy.mockRestore();
  });
});
