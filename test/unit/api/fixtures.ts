// Shared test data and request capture for the api tests. Mirrors the reference's Japan product.
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { isEsimApiError, type EsimApiError } from '../../../src/api/index.js';
import { server, TEST_BASE_URL } from '../../msw-server.js';

export { server, TEST_BASE_URL };

export const japan = {
  id: 712,
  name: 'Japan eSIM',
  country_code: 'JPN',
  currency_code: 'USD',
  image_url: 'https://cdn.example.com/esim/japan.png',
};

export const global = {
  id: 904,
  name: 'Global Roaming',
  country_code: 'GLO',
  currency_code: 'USD',
  image_url: 'https://cdn.example.com/esim/global.png',
};

export const variant5511 = {
  id: 5511,
  esim_product_id: 712,
  name: 'Japan 1 GB / 7 days',
  description: 'Data-only eSIM for short trips',
  currency_code: 'USD',
  amount: 4.5,
  data_amount_gb: 1.0,
  validity_days: 7,
  client_discount: 5.0,
};

export const variant5512 = {
  id: 5512,
  esim_product_id: 712,
  name: 'Japan 5 GB / 30 days',
  currency_code: 'USD',
  amount: 14.9,
  data_amount_gb: 5.0,
  validity_days: 30,
  client_discount: 5.0,
};

export const japanDetail = { ...japan, variants: [variant5511, variant5512] };

/** Records every request the tests' network sees, so tests can assert on URLs, headers and counts. */
export function recordRequests(): Request[] {
  const requests: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    requests.push(request.clone());
  };
  beforeEach(() => {
    requests.length = 0;
    server.events.on('request:start', listener);
  });
  afterEach(() => {
    server.events.removeListener('request:start', listener);
  });
  return requests;
}

/** Answers one endpoint with a fixed JSON body, status and headers. */
export function answer(path: string, body: JsonBodyType, init: { status?: number; headers?: Record<string, string> } = {}) {
  server.use(http.get(`*${path}`, () => HttpResponse.json(body, init)));
}

/** Answers one endpoint with a raw text body (HTML error pages, truncated JSON, empty bodies). */
export function answerText(path: string, text: string, status: number, contentType = 'text/plain') {
  server.use(
    http.get(`*${path}`, () => new HttpResponse(text, { status, headers: { 'Content-Type': contentType } })),
  );
}

/** Runs the call and returns its EsimApiError, failing the test if it resolves or throws anything else. */
export async function failure(call: Promise<unknown>): Promise<EsimApiError> {
  const outcome = await call.then(
    () => new Error('expected the call to fail'),
    (error: unknown) => error,
  );
  if (!isEsimApiError(outcome)) throw outcome;
  return outcome;
}
