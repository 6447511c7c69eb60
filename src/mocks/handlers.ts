import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { MOCK_IMAGE_BASE, usdCatalogue, type MockCatalogue, type MockProductDetail } from './catalogue.js';
import { coveredCountries } from './countries.js';
import { imageTile } from './images.js';
import { malformedRows, type JsonRecord } from './malformed.js';

export type MockScenario = 'normal' | 'slow-hydration' | 'server-error' | 'empty' | 'malformed' | 'expired-token';

export const mockScenarios: readonly MockScenario[] = [
  'normal',
  'slow-hydration',
  'server-error',
  'empty',
  'malformed',
  'expired-token',
];

export interface MockApiOptions {
  /**
   * Data to serve. Default: `usdCatalogue`. Each product's plans are served as its own (`esim_product_id`,
   * `currency_code`), as the API sends them, so a copy such as `{ ...japan, id: 1 }` keeps its plans; bad
   * data is the `malformed` scenario's. Product ids must be unique.
   */
  catalogue?: MockCatalogue;
  /** Default: `'normal'`. */
  scenario?: MockScenario;
  /** Added to every response. Default 0; stories use ~300 so loading states are visible. */
  latencyMs?: number;
  /** `slow-hydration` only: delay of the first variants request per product. Default 1500. */
  hydrationDelayMs?: number;
  /**
   * Origin (and prefix) of the API. Default `'*'`, which matches relative and absolute URLs. The
   * catalogue's images stay on their own host (`https://cdn.example.com/esim/`), whatever this is.
   */
  baseUrl?: string;
}

const DEFAULT_PER_PAGE = 50;
const MAX_PER_PAGE = 100;
const PAGINATION_HEADERS = ['X-Page', 'X-Per-Page', 'X-Total-Count', 'X-Total-Pages', 'X-Page-Size', 'X-Has-More'];

function errorResponse(status: number, name: string, code: string, message: string): Response {
  return HttpResponse.json({ error: { name, code, message } }, { status });
}

/** Strict like the real API: "12abc", "1.5", "0" and "-3" are all rejected, not coerced. */
function parseId(raw: string): number | undefined {
  if (!/^[1-9]\d*$/.test(raw)) return undefined;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : undefined;
}

/** Bad paging values fall back to the defaults instead of failing, as the reference documents none. */
function pageParam(raw: string | null, fallback: number): number {
  return raw !== null && /^\s*\d+\s*$/.test(raw) && Number(raw) >= 1 ? Number(raw) : fallback;
}

interface Store {
  /** List rows (no `variants`), in catalogue order. */
  list: JsonRecord[];
  products: Map<number, { product: JsonRecord; variants: unknown[] }>;
  variants: Map<number, { variant: JsonRecord; countryCode: string }>;
}

function buildStore(rows: readonly JsonRecord[]): Store {
  const store: Store = { list: [], products: new Map(), variants: new Map() };
  for (const { variants: rawVariants, ...product } of rows) {
    const variants = Array.isArray(rawVariants) ? rawVariants : [];
    store.list.push(product);
    if (typeof product.id === 'number') store.products.set(product.id, { product, variants });
    const countryCode = typeof product.country_code === 'string' ? product.country_code : '';
    for (const variant of variants) {
      if (typeof variant === 'object' && variant !== null && 'id' in variant && typeof variant.id === 'number') {
        store.variants.set(variant.id, { variant: { ...variant }, countryCode });
      }
    }
  }
  return store;
}

/**
 * The products with their plans named as theirs. The API never sends a plan naming another product or currency;
 * as written, a copied product's plans would all be dropped by the client as another product's.
 */
const ownPlans = (products: readonly MockProductDetail[]) => ({
  products: products.map((product) => ({
    ...product,
    variants: product.variants.map((variant) => ({ ...variant, esim_product_id: product.id, currency_code: product.currency_code })),
  })),
});

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** File name → code of the first product that shows it, for every image the catalogue has on the mock host. */
function imageCodes(catalogue: MockCatalogue): Map<string, string> {
  const codes = new Map<string, string>();
  for (const { image_url: url, country_code: code } of catalogue.products) {
    const file = url.startsWith(MOCK_IMAGE_BASE) ? url.slice(MOCK_IMAGE_BASE.length) : '';
    if (file && !codes.has(file)) codes.set(file, code);
  }
  return codes;
}

/**
 * MSW request handlers for the four eSIM endpoints, serving `catalogue` the way the API reference
 * describes, or failing the way `scenario` asks, and for the catalogue's product images on its image
 * host. Each call has its own state (slow-hydration's "already hydrated" set): call it again for a
 * fresh mock API.
 */
export function createEsimHandlers(options: MockApiOptions = {}): HttpHandler[] {
  const {
    catalogue = usdCatalogue,
    scenario = 'normal',
    latencyMs = 0,
    hydrationDelayMs = 1500,
    baseUrl = '*',
  } = options;
  const api = `${baseUrl.replace(/\/+$/, '')}/api/v1/esim`;
  // The list would show both products and the detail only one: said at once, not as a puzzling test.
  const ids = new Set<number>();
  for (const { id } of catalogue.products) {
    if (ids.has(id)) throw new TypeError(`createEsimHandlers: two products in the catalogue have id ${id}`);
    ids.add(id);
  }

  // Built on first request (the images' table too): Storybook creates a handler set per story and most
  // never hit the API.
  let store: Store | undefined;
  const getStore = (): Store => {
    if (store) return store;
    const served = ownPlans(scenario === 'empty' ? [] : catalogue.products);
    return (store = buildStore(scenario === 'malformed' ? malformedRows(served) : served.products));
  };
  let images: Map<string, string> | undefined;

  // One shared promise per product: concurrent first requests all wait for the same hydration,
  // as they would on the real server, and every later request is instant.
  const hydrations = new Map<number, Promise<void>>();
  // What the variants endpoint has fetched and written back. Until then the real API's detail inlines none of
  // a recently added product's plans (API reference, Variants), and the client asks the variants endpoint.
  const hydrated = new Set<number>();
  const hydrate = async (productId: number): Promise<void> => {
    if (scenario !== 'slow-hydration') return;
    let pending = hydrations.get(productId);
    if (!pending) {
      pending = delay(hydrationDelayMs).then(() => void hydrated.add(productId));
      hydrations.set(productId, pending);
    }
    await pending;
  };

  const route = (path: string, resolve: (request: Request, id: string) => Response | Promise<Response>): HttpHandler =>
    http.get(`${api}${path}`, async ({ request, params }) => {
      if (latencyMs > 0) await delay(latencyMs);
      // No token is the same answer in every scenario: only a token that was sent can have expired.
      if (!/^Bearer\s+\S/i.test(request.headers.get('Authorization') ?? '')) {
        return errorResponse(401, 'UnauthorizedError', 'UNAUTHORIZED', 'Authorization header required');
      }
      if (scenario === 'expired-token') return errorResponse(401, 'UnauthorizedError', 'TOKEN_EXPIRED', 'Token has expired');
      if (scenario === 'server-error') {
        return errorResponse(500, 'InternalServerError', 'INTERNAL_ERROR', 'Something went wrong on our side');
      }
      return resolve(request, typeof params.id === 'string' ? params.id : '');
    });

  const findProduct = (rawId: string): { product: JsonRecord; variants: unknown[]; id: number } | Response => {
    const id = parseId(rawId);
    if (id === undefined) return errorResponse(400, 'ValidationException', 'VALIDATION_FAILURE', 'Invalid product ID');
    const entry = getStore().products.get(id);
    if (!entry) return errorResponse(404, 'NotFoundError', 'NOT_FOUND', 'Product not found');
    return { ...entry, id };
  };

  return [
    // The image host is a CDN, not the API: no token (an <img> sends none) and no scenario's failures.
    // Only the catalogue's own images exist there, so a URL the data never named is a 404 as on a real CDN.
    http.get(`${MOCK_IMAGE_BASE}:file`, async ({ params }) => {
      if (latencyMs > 0) await delay(latencyMs);
      images ??= imageCodes(catalogue);
      const code = typeof params.file === 'string' ? images.get(params.file) : undefined;
      if (code === undefined) return new HttpResponse(null, { status: 404 });
      return new HttpResponse(imageTile(code), {
        // Cacheable as a CDN's images are, wherever an HTTP cache sits in front of these handlers; under
        // msw/browser the worker answers every request itself, ahead of the browser's cache.
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
      });
    }),
    route('/products', (request) => {
      const url = new URL(request.url);
      const page = pageParam(url.searchParams.get('page'), 1);
      const perPage = Math.min(MAX_PER_PAGE, pageParam(url.searchParams.get('per_page'), DEFAULT_PER_PAGE));
      const country = url.searchParams.get('country_code')?.trim().toUpperCase() ?? '';
      const search = url.searchParams.get('search')?.trim().toLowerCase() ?? '';
      const matches = getStore().list.filter(
        (product) =>
          (!country || text(product.country_code).toUpperCase() === country) &&
          (!search || text(product.name).toLowerCase().includes(search)),
      );
      const items = matches.slice((page - 1) * perPage, page * perPage);
      const totalPages = Math.ceil(matches.length / perPage);
      const headers = {
        'X-Page': String(page),
        'X-Per-Page': String(perPage),
        'X-Total-Count': String(matches.length),
        'X-Total-Pages': String(totalPages),
        'X-Page-Size': String(items.length),
        'X-Has-More': String(page < totalPages),
        // Cross-origin clients (msw/browser against an absolute baseUrl) may only read listed headers.
        'Access-Control-Expose-Headers': PAGINATION_HEADERS.join(', '),
      };
      return HttpResponse.json(items, { headers });
    }),
    route('/products/:id', (_request, rawId) => {
      const found = findProduct(rawId);
      if (found instanceof Response) return found;
      const inline = scenario !== 'slow-hydration' || hydrated.has(found.id);
      return HttpResponse.json({ ...found.product, variants: inline ? found.variants : [] });
    }),
    route('/products/:id/variants', async (_request, rawId) => {
      const found = findProduct(rawId);
      if (found instanceof Response) return found;
      await hydrate(found.id);
      return HttpResponse.json(found.variants);
    }),
    route('/variants/:id', (_request, rawId) => {
      const id = parseId(rawId);
      if (id === undefined) return errorResponse(400, 'ValidationException', 'VALIDATION_FAILURE', 'Invalid variant ID');
      const entry = getStore().variants.get(id);
      if (!entry) return errorResponse(404, 'NotFoundError', 'NOT_FOUND', 'Variant not found');
      // "Including any extended fields and regions loaded from the database" (API reference): the
      // countries the plan covers and a few facts, fixed per variant id so stories and tests can name them.
      return HttpResponse.json({
        ...entry.variant,
        regions: coveredCountries(entry.countryCode),
        network_type: id % 3 === 0 ? '4G/LTE' : '5G',
        hotspot: id % 4 !== 0,
        activation_policy: id % 5 === 0 ? 'On arrival at the destination' : 'On first connection',
        top_up: true,
      });
    }),
  ];
}
