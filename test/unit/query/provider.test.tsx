import { render, renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { ReactNode } from 'react';
import { EsimProvider, useEsimContext, useProduct } from '../../../src/query/index.js';
import { server } from '../../msw-server.js';
import { createTestQueryClient } from '../../utils.js';

describe('EsimProvider with a baseUrl instead of a client', () => {
  it('makes its own client for that URL, sending no Authorization (the proxy adds it)', async () => {
    const seen: Array<{ path: string; authorization: string | null }> = [];
    server.use(
      http.get('https://shop.test/esim/api/v1/esim/products/:id*', ({ request, params }) => {
        const path = new URL(request.url).pathname;
        seen.push({ path, authorization: request.headers.get('Authorization') });
        // A detail without plans, so the client also asks the variants endpoint: both go out without a token.
        if (path.endsWith('/variants')) return HttpResponse.json([]);
        return HttpResponse.json({ id: Number(params.id), name: 'Japan eSIM', country_code: 'JPN', currency_code: 'USD', image_url: '', variants: [] });
      }),
    );
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useProduct(712), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <EsimProvider baseUrl="https://shop.test/esim/" queryClient={queryClient}>
          {children}
        </EsimProvider>
      ),
    });
    await waitFor(() => expect(result.current.data?.name).toBe('Japan eSIM'));
    expect(seen).toEqual([
      { path: '/esim/api/v1/esim/products/712', authorization: null },
      { path: '/esim/api/v1/esim/products/712/variants', authorization: null },
    ]);
  });

  it('keeps the same client across renders while the URL stays the same', () => {
    const clients: unknown[] = [];
    function Probe() {
      clients.push(useEsimContext().client);
      return null;
    }
    const { rerender } = render(<EsimProvider baseUrl="/api/esim"><Probe /></EsimProvider>);
    rerender(<EsimProvider baseUrl="/api/esim"><Probe /></EsimProvider>);
    rerender(<EsimProvider baseUrl="/api/other"><Probe /></EsimProvider>);
    expect(clients.length).toBeGreaterThanOrEqual(3);
    expect(clients[1]).toBe(clients[0]);
    expect(clients.at(-1)).not.toBe(clients[0]);
  });

  it('says how to fix a provider given neither a client nor a baseUrl', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = {} as Parameters<typeof EsimProvider>[0];
    expect(() => renderHook(() => useEsimContext(), { wrapper: ({ children }) => <EsimProvider {...props}>{children}</EsimProvider> })).toThrow(
      /client=\{createEsimClient\(…\)\}` or `baseUrl=/,
    );
    spy.mockRestore();
  });
});

describe('EsimProvider onError', () => {
  it('is on the context for the component roots’ error boundaries to call', () => {
    const onError = vi.fn();
    const { result } = renderHook(() => useEsimContext(), {
      wrapper: ({ children }: { children: ReactNode }) => (
        <EsimProvider baseUrl="/api/esim" onError={onError}>
          {children}
        </EsimProvider>
      ),
    });
    const boom = new Error('boom');
    result.current.onError?.(boom, { component: 'PlanPicker' });
    expect(onError).toHaveBeenCalledWith(boom, { component: 'PlanPicker' });
  });
});

describe('the query keys and factories', () => {
  afterEach(() => {
    vi.doUnmock('react');
    vi.doUnmock('@tanstack/react-query');
    vi.resetModules();
  });

  it('load without React or React Query, as in a server component, an edge runtime or plain Node', async () => {
    vi.resetModules();
    vi.doMock('react', () => {
      throw new Error('react was loaded');
    });
    vi.doMock('@tanstack/react-query', () => {
      throw new Error('@tanstack/react-query was loaded');
    });
    const { esimKeys } = await import('../../../src/query/keys.js');
    const { catalogueOptions, productOptions } = await import('../../../src/query/options.js');
    const { createEsimClient } = await import('../../../src/api/client.js');
    const client = createEsimClient({ baseUrl: 'https://api.esim.test' });
    expect(productOptions(client, 712).queryKey).toEqual(esimKeys.product(712));
    expect(catalogueOptions(client, { countryCode: 'JPN' }).queryKey).toEqual([
      'esim-picker',
      'products',
      'catalogue',
      { countryCode: 'JPN' },
    ]);
  });

  it('fail that check when React Query is imported at run time', async () => {
    vi.resetModules();
    vi.doMock('@tanstack/react-query', () => {
      throw new Error('@tanstack/react-query was loaded');
    });
    await expect(import('../../../src/query/hooks.js')).rejects.toThrow(/mocking a module/);
  });
});
