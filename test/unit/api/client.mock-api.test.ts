// Contract check: the client against the package's own mock API (src/mocks), scenario by scenario.
// Assertions stay coarse so catalogue edits do not break them; exact behaviour is tested elsewhere.
import { createEsimClient, isEsimApiError } from '../../../src/api/index.js';
import { createEsimHandlers, mockToken, type MockScenario } from '../../../src/mocks/index.js';
import { server, TEST_BASE_URL } from './fixtures.js';

const useScenario = (scenario: MockScenario) => server.use(...createEsimHandlers({ scenario }));
const client = () => createEsimClient({ baseUrl: TEST_BASE_URL, token: mockToken });

describe('client × mock API', () => {
  it('normal: lists, filters and pages products; Japan 712 has variants 5511 and 5512', async () => {
    useScenario('normal');
    const api = client();
    const japan = await api.listProducts({ countryCode: 'JPN' });
    expect(japan.items.map((product) => product.id)).toContain(712);
    expect(japan.invalid).toEqual([]);

    const first = await api.listProducts({ perPage: 1 });
    expect(first).toMatchObject({ page: 1, perPage: 1, items: [expect.anything()] });
    expect(first.hasMore).toBe(first.totalPages > 1);

    const detail = await api.getProduct(712);
    expect(detail.variants.map((variant) => variant.id)).toEqual(expect.arrayContaining([5511, 5512]));
    expect((await api.listVariants(712)).map((variant) => variant.id)).toEqual(expect.arrayContaining([5511, 5512]));
    await expect(api.getVariant(5511)).resolves.toMatchObject({ id: 5511, esim_product_id: 712 });
  });

  it('slow-hydration: a destination seen for the first time costs the detail and the variants request, as on the real API', async () => {
    server.use(...createEsimHandlers({ scenario: 'slow-hydration', hydrationDelayMs: 10 }));
    const paths: string[] = [];
    const record = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname);
    server.events.on('request:start', record);
    try {
      const api = client();
      expect((await api.getProduct(712)).variants.map((variant) => variant.id)).toEqual(expect.arrayContaining([5511, 5512]));
      expect(paths).toEqual(['/api/v1/esim/products/712', '/api/v1/esim/products/712/variants']);
      await api.getProduct(712);
      expect(paths).toHaveLength(3);
    } finally {
      server.events.removeListener('request:start', record);
    }
  });

  it('normal: no token → 401 UNAUTHORIZED', async () => {
    useScenario('normal');
    const error = await createEsimClient({ baseUrl: TEST_BASE_URL }).listProducts().catch((caught: unknown) => caught);
    expect(isEsimApiError(error) && error.isAuthError).toBe(true);
  });

  it('expired-token → an auth error', async () => {
    useScenario('expired-token');
    await expect(client().listProducts()).rejects.toMatchObject({ status: 401, isAuthError: true });
  });

  it('server-error → a retryable 5xx', async () => {
    useScenario('server-error');
    await expect(client().getProduct(712)).rejects.toMatchObject({ isRetryable: true });
  });

  it('empty → no items, no more pages', async () => {
    useScenario('empty');
    await expect(client().listProducts()).resolves.toMatchObject({ items: [], hasMore: false });
  });

  it('malformed → bad records reported, never thrown', async () => {
    useScenario('malformed');
    const onInvalidData = vi.fn();
    const page = await createEsimClient({ baseUrl: TEST_BASE_URL, token: mockToken, onInvalidData }).listProducts({
      perPage: 100,
    });
    expect(page.invalid.length).toBeGreaterThan(0);
    expect(onInvalidData).toHaveBeenCalled();
  });
});
