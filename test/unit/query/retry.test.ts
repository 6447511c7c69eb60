import { http, HttpResponse } from 'msw';
import { EsimApiError } from '../../../src/api/errors.js';
import { productOptions } from '../../../src/query/index.js';
import { server } from '../../msw-server.js';
import { createTestClient, createTestQueryClient } from '../../utils.js';

const detail = { id: 712, name: 'Japan eSIM', country_code: 'JPN', currency_code: 'USD', image_url: '', variants: [] };
const apiError = (status: number, headers: Record<string, string> = {}) =>
  HttpResponse.json({ error: { code: `E${status}`, message: 'nope' } }, { status, headers });

/** The product endpoint answers with `answers` in turn (the last one repeats); returns the call count. */
function answerInTurn(...answers: Array<() => Response>) {
  let calls = 0;
  server.use(
    http.get('*/api/v1/esim/products/:id', () => {
      calls += 1;
      return (answers[Math.min(calls, answers.length) - 1] ?? answers[0]!)();
    }),
  );
  return () => calls;
}

/** Starts a fetch through the factory's retry policy; `outcome` settles without throwing. */
function fetchProduct() {
  const promise = createTestQueryClient().fetchQuery(productOptions(createTestClient(), 712));
  const outcome = promise.then(
    (data) => ({ data, error: undefined }),
    (error: unknown) => ({ data: undefined, error }),
  );
  return outcome;
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('retries honour Retry-After', () => {
  it('waits the 5 s a 503 asks for, not less, then shows the data', async () => {
    const calls = answerInTurn(() => apiError(503, { 'Retry-After': '5' }), () => HttpResponse.json(detail));
    const outcome = fetchProduct();
    await vi.advanceTimersByTimeAsync(4_900);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls()).toBe(2);
    expect((await outcome).data?.name).toBe('Japan eSIM');
  });

  it('waits the 3 s a 429 asks for', async () => {
    const calls = answerInTurn(() => apiError(429, { 'Retry-After': '3' }), () => HttpResponse.json(detail));
    const outcome = fetchProduct();
    await vi.advanceTimersByTimeAsync(2_900);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect((await outcome).data?.id).toBe(712);
    expect(calls()).toBe(2);
  });

  it('does not wait out a Retry-After over 30 s: the error shows at once', async () => {
    const calls = answerInTurn(() => apiError(429, { 'Retry-After': '120' }));
    const { error } = await fetchProduct();
    expect(calls()).toBe(1);
    expect(error).toBeInstanceOf(EsimApiError);
    expect(error).toMatchObject({ status: 429, retryAfterMs: 120_000 });
  });

  it('retries a busy server at most twice, whatever it asks', async () => {
    const calls = answerInTurn(() => apiError(503, { 'Retry-After': '1' }));
    const outcome = fetchProduct();
    await vi.advanceTimersByTimeAsync(10_000);
    const { error } = await outcome;
    expect(calls()).toBe(3);
    expect(error).toMatchObject({ status: 503 });
  });
});

describe('retries without Retry-After', () => {
  it.each([500, 502, 503, 408, 429])('retries a %i twice, after 1 s then 2 s, before showing the error', async (status) => {
    const calls = answerInTurn(() => apiError(status));
    const outcome = fetchProduct();
    await vi.advanceTimersByTimeAsync(900);
    expect(calls()).toBe(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(1_800);
    expect(calls()).toBe(2);
    await vi.advanceTimersByTimeAsync(200);
    expect(calls()).toBe(3);
    expect((await outcome).error).toMatchObject({ status });
  });

  it('gets through a connection reset on the retry', async () => {
    const calls = answerInTurn(() => HttpResponse.error(), () => HttpResponse.json(detail));
    const outcome = fetchProduct();
    await vi.advanceTimersByTimeAsync(1_100);
    expect((await outcome).data?.id).toBe(712);
    expect(calls()).toBe(2);
  });

  it.each([400, 401, 403, 404, 422])('never retries a %i', async (status) => {
    const calls = answerInTurn(() => apiError(status));
    const { error } = await fetchProduct();
    expect(calls()).toBe(1);
    expect(error).toMatchObject({ status });
  });

  it('never retries a body it cannot read', async () => {
    const calls = answerInTurn(() => HttpResponse.text('<html>Gateway</html>', { headers: { 'Content-Type': 'text/html' } }));
    const { error } = await fetchProduct();
    expect(calls()).toBe(1);
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE' });
  });
});
