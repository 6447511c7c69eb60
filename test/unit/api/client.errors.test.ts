import { delay, http, HttpResponse } from 'msw';
import { createEsimClient, EsimApiError } from '../../../src/api/index.js';
import { answer, answerText, failure, recordRequests, server, TEST_BASE_URL, variant5511 } from './fixtures.js';

const requests = recordRequests();
const client = (timeoutMs?: number) => createEsimClient({ baseUrl: TEST_BASE_URL, token: 'tok', timeoutMs });

describe('error bodies in the API shape', () => {
  it('401 → UNAUTHORIZED with the server name, an auth error, not retryable', async () => {
    answer(
      '/api/v1/esim/products',
      { error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: 'Authorization header required' } },
      { status: 401 },
    );
    const error = await failure(client().listProducts());
    expect(error).toBeInstanceOf(EsimApiError);
    expect(error).toMatchObject({
      name: 'EsimApiError',
      status: 401,
      code: 'UNAUTHORIZED',
      serverName: 'UnauthorizedError',
      message: 'eSIM API: 401 Unauthorized, Authorization header required',
      isAuthError: true,
      isRetryable: false,
    });
  });

  it('400 → VALIDATION_FAILURE from the server', async () => {
    answer(
      '/api/v1/esim/products/712',
      { error: { name: 'ValidationException', code: 'VALIDATION_FAILURE', message: 'Invalid product ID' } },
      { status: 400 },
    );
    const error = await failure(client().getProduct(712));
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILURE', serverName: 'ValidationException' });
  });

  it('404 with only a message falls back to HTTP_404', async () => {
    answer('/api/v1/esim/variants/5511', { error: { message: 'Variant not found' } }, { status: 404 });
    const error = await failure(client().getVariant(5511));
    expect(error).toMatchObject({ status: 404, code: 'HTTP_404', message: 'eSIM API: 404 Not Found, Variant not found', serverName: undefined });
  });

  it('500 with an empty error object keeps the status in the message and is retryable', async () => {
    answer('/api/v1/esim/products/712/variants', { error: {} }, { status: 500 });
    const error = await failure(client().listVariants(712));
    expect(error).toMatchObject({ status: 500, code: 'HTTP_500', isRetryable: true });
    expect(error.message).toBe('eSIM API: 500 Internal Server Error');
  });
});

describe('bodies that are not the API error shape', () => {
  it('a proxy 502 HTML page', async () => {
    answerText('/api/v1/esim/products', '<html><body><h1>502 Bad Gateway</h1></body></html>', 502, 'text/html');
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 502, code: 'HTTP_502', isRetryable: true });
    expect(error.message).toMatch(/^eSIM API: 502 Bad Gateway, HTML, not JSON \(a proxy in the way\?\)$/);
  });

  it('an empty body', async () => {
    answerText('/api/v1/esim/products', '', 503);
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 503, code: 'HTTP_503' });
    expect(error.message).toMatch(/^eSIM API: 503 .*, empty body$/);
  });

  it('truncated JSON', async () => {
    answerText('/api/v1/esim/products', '{"error":{"code":"UNAUTH', 401, 'application/json');
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 401, code: 'HTTP_401', isAuthError: true });
    expect(error.message).toBe('eSIM API: 401 Unauthorized, body is not JSON');
  });

  it('JSON in another shape', async () => {
    answer('/api/v1/esim/products', { detail: 'nope' }, { status: 418 });
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 418, code: 'HTTP_418' });
    expect(error.message).toMatch(/, unexpected JSON shape$/);
  });

  it.each([
    ['truncated JSON', '[{"id": 712, "na'],
    ['HTML', '<!doctype html><p>Welcome</p>'],
    ['an empty body', ''],
  ])('a 2xx with %s → INVALID_RESPONSE, never a SyntaxError', async (_label, text) => {
    answerText('/api/v1/esim/products', text, 200, 'application/json');
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 200, code: 'INVALID_RESPONSE', isRetryable: false });
    expect(error).not.toBeInstanceOf(SyntaxError);
  });

  it('a 2xx list endpoint answering an object', async () => {
    answer('/api/v1/esim/products', { data: [] });
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ code: 'INVALID_RESPONSE', issues: ['expected an array'] });
  });
});

describe('transport failures', () => {
  it('network failure → NETWORK_ERROR, retryable', async () => {
    server.use(http.get('*/api/v1/esim/products', () => HttpResponse.error()));
    const error = await failure(client().listProducts());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', isRetryable: true });
    expect(error.cause).toBeInstanceOf(TypeError);
    // In a page, the usual causes (on a server, see client.server.test.ts).
    expect(error.message).toBe('eSIM API: unreachable (offline, or blocked by CORS?)');
  });

  it('a timeoutMs past what a timer holds (2^31 ms) is a long wait, not a TIMEOUT at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let answer: (response: Response) => void = () => {};
      const fetch = () => new Promise<Response>((resolve) => (answer = resolve));
      const pending = createEsimClient({ baseUrl: TEST_BASE_URL, fetch, timeoutMs: 1e10 }).getVariant(5511);
      let settled = false;
      pending.then(() => (settled = true), () => (settled = true));
      await vi.advanceTimersByTimeAsync(60_000);
      expect(settled).toBe(false);
      answer(Response.json(variant5511));
      await expect(pending).resolves.toMatchObject({ id: 5511 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('a token header fetch refuses for another reason than a line break (a curly quote pasted with it) is named as an invalid header', async () => {
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: '’secret’' }).getVariant(5511));
    expect(error).toMatchObject({ code: 'TOKEN_ERROR', message: 'eSIM API: the token function failed, or a header is invalid' });
    expect(requests).toHaveLength(0);
  });

  it('timeout → TIMEOUT, retryable', async () => {
    server.use(
      http.get('*/api/v1/esim/variants/5511', async () => {
        await delay(500);
        return HttpResponse.json(variant5511);
      }),
    );
    const error = await failure(client(30).getVariant(5511));
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT', isRetryable: true, message: expect.stringContaining('no answer in 30 ms') });
  });

  it('a token function that never settles times out too', async () => {
    const hanging = createEsimClient({ baseUrl: TEST_BASE_URL, token: () => new Promise(() => {}), timeoutMs: 20 });
    await expect(hanging.getVariant(5511)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(requests).toHaveLength(0);
  });

  it('a custom fetch that ignores the signal still times out, waiting on the response or on its body', async () => {
    const never = () => new Promise<never>(() => {});
    const noResponse = createEsimClient({ baseUrl: TEST_BASE_URL, fetch: never, timeoutMs: 20 });
    await expect(noResponse.getVariant(5511)).rejects.toMatchObject({ code: 'TIMEOUT', isRetryable: true });
    // Headers arrive, the body never ends (a stalled stream the fetch does not cancel on abort).
    const stalled = new Response(new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{')) }), {
      headers: { 'content-type': 'application/json' },
    });
    const noBody = createEsimClient({ baseUrl: TEST_BASE_URL, fetch: async () => stalled, timeoutMs: 20 });
    await expect(noBody.getVariant(5511)).rejects.toMatchObject({ code: 'TIMEOUT' });
  });

  it('a token that arrives after the timeout is never sent', async () => {
    let giveToken: (token: string) => void = () => {};
    const fetch = vi.fn(async () => new Response('{}'));
    const late = createEsimClient({ baseUrl: TEST_BASE_URL, token: () => new Promise<string>((resolve) => (giveToken = resolve)), fetch, timeoutMs: 20 });
    await expect(late.getVariant(5511)).rejects.toMatchObject({ code: 'TIMEOUT' });
    // The abandoned request runs on: it writes the Authorization header (reading the token as text), and from
    // there to the fetch it would make nothing waits. Once the header is written, the fetch was made or never will be.
    let headerWritten = false;
    const token = { toString: () => ((headerWritten = true), 'sk_late_token') };
    giveToken(token as unknown as string);
    await vi.waitFor(() => expect(headerWritten).toBe(true));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a caller abort ends a request whose custom fetch ignores the signal', async () => {
    const caller = new AbortController();
    let called: () => void;
    const fetching = new Promise<void>((resolve) => (called = resolve));
    const hanging = () => {
      called();
      return new Promise<never>(() => {});
    };
    const client = createEsimClient({ baseUrl: TEST_BASE_URL, fetch: hanging, timeoutMs: 0 });
    const pending = client.getVariant(5511, { signal: caller.signal });
    await fetching;
    caller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'ABORTED' });
  });

  it('timeoutMs 0 disables the timeout', async () => {
    server.use(
      http.get('*/api/v1/esim/variants/5511', async () => {
        await delay(30);
        return HttpResponse.json(variant5511);
      }),
    );
    await expect(client(0).getVariant(5511)).resolves.toMatchObject({ id: 5511 });
  });

  it('caller abort during the request → ABORTED, not retryable', async () => {
    server.use(
      http.get('*/api/v1/esim/variants/5511', async () => {
        await delay(500);
        return HttpResponse.json(variant5511);
      }),
    );
    const controller = new AbortController();
    const pending = client().getVariant(5511, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await failure(pending);
    expect(error).toMatchObject({ status: 0, code: 'ABORTED', isRetryable: false });
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await failure(client().getVariant(5511, { signal: AbortSignal.abort() }));
    expect(error.code).toBe('ABORTED');
    expect(requests).toHaveLength(0);
  });

  it('an abort after the response arrived changes nothing', async () => {
    answer('/api/v1/esim/variants/5511', variant5511);
    const controller = new AbortController();
    await expect(client().getVariant(5511, { signal: controller.signal })).resolves.toMatchObject({ id: 5511 });
    expect(() => controller.abort()).not.toThrow();
  });
});

describe('bad input sends no request', () => {
  it.each([0, -1, 1.5, Number.NaN, Infinity, 2 ** 53, '0', '-1', '7e2', ' 712', '712 ', '0x2C8', '', 'abc'])(
    'id %j → VALIDATION_FAILURE',
    async (id) => {
      const api = client();
      for (const call of [api.getProduct(id), api.listVariants(id), api.getVariant(id)]) {
        const error = await failure(call);
        expect(error).toMatchObject({ status: 0, code: 'VALIDATION_FAILURE' });
      }
      expect(requests).toHaveLength(0);
    },
  );

  it.each([
    { page: 0 },
    { page: 1.5 },
    { perPage: -10 },
    { perPage: Number.NaN },
  ])('list params %j → VALIDATION_FAILURE', async (params) => {
    const error = await failure(client().listProducts(params));
    expect(error).toMatchObject({ status: 0, code: 'VALIDATION_FAILURE' });
    expect(requests).toHaveLength(0);
  });
});

describe('cancellation as TanStack Query sees it', () => {
  it('cancelQueries rejects with CancelledError and leaves no error state; ABORTED is ignored', async () => {
    // Query rejects its own promise with CancelledError before aborting the signal, so what the client
    // throws afterwards (EsimApiError ABORTED) never reaches the query state.
    const { CancelledError, QueryClient } = await import('@tanstack/react-query');
    server.use(
      http.get('*/api/v1/esim/variants/5511', async () => {
        await delay(500);
        return HttpResponse.json(variant5511);
      }),
    );
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const api = client();
    const pending = queryClient.fetchQuery({
      queryKey: ['variant', 5511],
      queryFn: ({ signal }) => api.getVariant(5511, { signal }),
    });
    await delay(10);
    await queryClient.cancelQueries({ queryKey: ['variant', 5511] });
    await expect(pending).rejects.toBeInstanceOf(CancelledError);
    expect(queryClient.getQueryState(['variant', 5511])).toMatchObject({ status: 'pending', error: null });
  });

  it('removes its listener from the caller signal once the request settles', async () => {
    answer('/api/v1/esim/variants/5511', variant5511);
    const { signal } = new AbortController();
    const add = vi.spyOn(signal, 'addEventListener');
    const remove = vi.spyOn(signal, 'removeEventListener');
    await client().getVariant(5511, { signal });
    expect(add).toHaveBeenCalledOnce();
    expect(remove).toHaveBeenCalledWith('abort', add.mock.calls[0]?.[1]);
  });
});

it('calls a 408 worth another try, as the picker’s retries treat it, and any other 4xx not', () => {
  const error = (status: number) => new EsimApiError({ status, code: `HTTP_${status}`, message: 'eSIM API: test' });
  expect(error(408).isRetryable).toBe(true);
  expect(error(429).isRetryable).toBe(true);
  expect([400, 404, 409, 422].map((status) => error(status).isRetryable)).toEqual([false, false, false, false]);
});
