// The token, however it was given, never appears in any field of an EsimApiError or its causes.
import { createEsimClient, EsimApiError, type EsimClientOptions, type FetchLike } from '../../../src/api/index.js';
import { failure, TEST_BASE_URL } from './fixtures.js';

const TOKEN = 'sk_live_7Hq2ZpXv9';

/**
 * Every text an error shows a logger, a tracker or a console: its fields and its causes, all the way down,
 * own properties (enumerable or not), the entries of Headers and Maps, a Request's headers, and what JSON.stringify makes of each.
 */
function everything(value: unknown, seen = new Set<unknown>()): string {
  if (value == null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '';
  seen.add(value);
  const error = value as Error & Partial<EsimApiError>;
  const own = Object.getOwnPropertyNames(value).map((key) => everything((value as Record<string, unknown>)[key], seen));
  const entries = value instanceof Headers || value instanceof Map ? [...value].map((entry) => everything(entry, seen)) : [];
  // A Request's or Response's headers sit behind a getter of its class.
  if (value instanceof Request || value instanceof Response) entries.push(everything(value.headers, seen));
  let json = '';
  try {
    json = JSON.stringify(value);
  } catch {
    // A cycle: its parts are read one by one above.
  }
  return [error.message, error.name, error.stack, error.code, error.serverName, ...(error.issues ?? []), ...own, ...entries, json, everything(error.cause, seen)].join('\n');
}

/** A server that echoes the Authorization header in every field of its error body. */
const echoing: FetchLike = async (_url, init) => {
  const sent = (init.headers as Headers).get('authorization') ?? 'none';
  const body = { error: { name: `Bad ${sent}`, code: `BAD_${sent}`, message: `Invalid token: ${sent}`, detail: sent } };
  return new Response(JSON.stringify(body), { status: 401, headers: { 'Content-Type': 'application/json' } });
};

const ways: [string, Partial<EsimClientOptions>][] = [
  ['a string token', { token: TOKEN }],
  ['a token function', { token: () => TOKEN }],
  ['an async token function', { token: async () => TOKEN }],
  ['headers: { Authorization }', { headers: { Authorization: `Bearer ${TOKEN}` } }],
  ['headers: { authorization } in lower case', { headers: { authorization: `Bearer ${TOKEN}` } }],
  ['a Headers instance', { headers: new Headers({ AUTHORIZATION: `Bearer ${TOKEN}` }) }],
  ['the array form', { headers: [['Authorization', `Bearer ${TOKEN}`]] }],
  ['a raw header value without a scheme', { headers: { Authorization: TOKEN } }],
];

describe.each(ways)('given as %s, the token', (_, given) => {
  const client = (more: Partial<EsimClientOptions>) => createEsimClient({ baseUrl: TEST_BASE_URL, ...given, ...more });

  it('is cut from a server error that echoes it in message, code, name and body', async () => {
    const error = await failure(client({ fetch: echoing }).listProducts());
    expect(error).toMatchObject({ status: 401, isAuthError: true });
    expect(error.message).toContain('[redacted]');
    expect(everything(error)).not.toContain(TOKEN);
  });

  it('is not quoted, even in part, from a body that is not JSON (a parser’s message quotes its start)', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const sent = (init.headers as Headers).get('authorization')!.replace(/^Bearer /, '');
      return new Response(`${sent} is not a valid key`, { status: 401, headers: { 'Content-Type': 'application/json' } });
    };
    const error = await failure(client({ fetch }).listProducts());
    expect(error).toMatchObject({ status: 401, isAuthError: true });
    expect(error.message).toMatch(/^eSIM API: 401.*, body is not JSON$/);
    expect(everything(error)).not.toContain(TOKEN.slice(0, 6));
  });

  it('is cut from a fetch failure whose message, and whose cause’s message, quote the header', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const sent = (init.headers as Headers).get('authorization');
      throw new TypeError(`request with ${sent} failed`, { cause: new Error(`socket closed for ${sent}`) });
    };
    const error = await failure(client({ fetch }).getProduct(712));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.cause).toBeInstanceOf(Error);
    expect((error.cause as Error).name).toBe('TypeError');
    expect((error.cause as Error).message).toMatch(/^request with (Bearer )?\[redacted\] failed$/);
    expect(((error.cause as Error).cause as Error).message).toMatch(/^socket closed for (Bearer )?\[redacted\]$/);
    expect(everything(error)).not.toContain(TOKEN);
  });
});

describe('a custom fetch whose error carries the request it sent', () => {
  /** A partner's fetch wrapper that fails the way HTTP libraries do: the request, headers and all, on the error. */
  const failing: FetchLike = async (url, init) => {
    const sent = (init.headers as Headers).get('authorization')!;
    const failure = Object.assign(new Error('socket hang up'), {
      code: 'ECONNRESET',
      request: { url, method: 'GET', headers: init.headers, raw: { authorization: sent, nested: [{ deeper: { sent } }] } },
      config: { headers: { Authorization: sent, Accept: 'application/json' } },
      headerMap: new Map([['authorization', sent]]),
      request2: new Request(url, { headers: init.headers! }),
    });
    throw new TypeError('fetch failed', { cause: failure });
  };

  it.each(ways)('given as %s, the token is in no field, nested object, Headers or Map of the cause', async (_, given) => {
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, ...given, fetch: failing }).listProducts());
    expect(error.code).toBe('NETWORK_ERROR');
    expect(JSON.stringify(error.cause)).not.toContain(TOKEN);
    expect(everything(error)).not.toContain(TOKEN);
    // What carries no secret is still there to debug with.
    // The copy is plain data: a Headers or Map as a record of its entries; the errors in it stay errors.
    expect(error.cause).toBeInstanceOf(Error);
    const cause = (error.cause as Error).cause as Error & { code: string; request: { headers: Record<string, string> } };
    expect(cause).toBeInstanceOf(Error);
    expect(cause).toMatchObject({
      message: 'socket hang up',
      code: 'ECONNRESET',
      request: { url: `${TEST_BASE_URL}/api/v1/esim/products`, method: 'GET', headers: { accept: 'application/json' } },
      request2: { headers: { accept: 'application/json' } },
    });
    expect(cause.request.headers.authorization).toMatch(/\[redacted\]/);
  });

  it('leaves the partner’s own objects as they were: the error holds a redacted copy', async () => {
    let thrown: Error | undefined;
    const fetch: FetchLike = async (url, init) => {
      try {
        return await failing(url, init);
      } catch (error) {
        thrown = error as Error;
        throw error;
      }
    };
    await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: TOKEN, fetch }).listProducts());
    const original = thrown!.cause as Error & { request: { headers: Headers; raw: { authorization: string } } };
    expect(original.request.headers.get('authorization')).toBe(`Bearer ${TOKEN}`);
    expect(original.request.raw.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('cuts the token from a cause that refers to itself', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const request: Record<string, unknown> = { headers: init.headers };
      request.self = request;
      throw Object.assign(new Error('loop'), { request });
    };
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: TOKEN, fetch }).listProducts());
    expect(everything(error)).not.toContain(TOKEN);
  });

  it('leaves out a cause it cannot read whole (a BigInt, a getter that throws), and still cuts the token', async () => {
    const fetch: FetchLike = async (_url, init) => {
      const sent = (init.headers as Headers).get('authorization');
      const cause = Object.defineProperty({ size: 10n }, 'secret', { enumerable: true, get: () => { throw new Error(`${sent}`); } });
      throw new Error(`request with ${sent} failed`, { cause });
    };
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: TOKEN, fetch }).listProducts());
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', cause: '[redacted]' });
    expect(everything(error)).not.toContain(TOKEN);
  });

  it('with no credential at all (a proxy adds it), keeps even a cause it cannot read whole', async () => {
    const cause = Object.assign(new Error('odd'), { size: 10n });
    const fetch: FetchLike = async () => {
      throw cause;
    };
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, fetch }).listProducts());
    expect(error.cause).toBe(cause);
  });

  it('keeps a cause that shows no secret as it is (same object, same class)', async () => {
    const cause = Object.assign(new TypeError('fetch failed'), { code: 'ECONNREFUSED', details: { port: 443 } });
    const fetch: FetchLike = async () => {
      throw cause;
    };
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: TOKEN, fetch }).listProducts());
    expect(error.cause).toBe(cause);
  });
});

describe('the token function', () => {
  it('throwing with the token in hand: the cause is kept without it', async () => {
    const client = createEsimClient({
      baseUrl: TEST_BASE_URL,
      headers: { Authorization: `Bearer ${TOKEN}` },
      token: () => {
        throw new Error(`refresh failed for Bearer ${TOKEN}`);
      },
    });
    const error = await failure(client.listProducts());
    expect(error.code).toBe('TOKEN_ERROR');
    expect((error.cause as Error).message).toBe('refresh failed for [redacted]');
    expect(everything(error)).not.toContain(TOKEN);
  });

  it('returning a token with a line break: TOKEN_ERROR without the token, nothing sent', async () => {
    const fetch = vi.fn<FetchLike>();
    const broken = `${TOKEN}\r\nX-Injected: 1`;
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: () => broken, fetch }).listProducts());
    expect(error.code).toBe('TOKEN_ERROR');
    expect(fetch).not.toHaveBeenCalled();
    expect(everything(error)).not.toContain(TOKEN);
  });
});

describe('a token with whitespace around it (read from a file or a secret store, with its line break)', () => {
  // fetch sends `Bearer <token>` with the whitespace at the value's ends stripped: what the server echoes is
  // the token without its line break.
  it.each([
    ['a string ending in a line break', `${TOKEN}\n`],
    ['a function returning one ending in CRLF', () => `${TOKEN}\r\n`],
    ['an async function returning one with a tab before and a space after', async () => `\t${TOKEN} `],
  ])('given as %s, is cut from the server error that echoes it', async (_, token) => {
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token, fetch: echoing }).listProducts());
    expect(error).toMatchObject({ status: 401, isAuthError: true });
    expect(error.message).toContain('[redacted]');
    expect(everything(error)).not.toContain(TOKEN);
  });
});

describe('tokens of unusual shapes', () => {
  /** A server that quotes the token back in its error message. */
  const quoting: FetchLike = async (_url, init) => {
    const sent = (init.headers as Headers).get('authorization')!.replace(/^Bearer /, '');
    const body = { error: { name: 'UnauthorizedError', code: 'UNAUTHORIZED', message: `Invalid token ${sent}` } };
    return new Response(JSON.stringify(body), { status: 401, headers: { 'Content-Type': 'application/json' } });
  };

  it.each([
    // Cut as text, never read as a pattern.
    ['with regular-expression characters', 'sk_live/AbC+9xY=Qz(.*)$'],
    // Every Q goes: an error's text is no place for data, and a token this short is no secret anyway.
    ['of one character', 'Q'],
  ])('%s, is cut from the error', async (_, token) => {
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token, fetch: quoting }).listProducts());
    expect(error.message).toBe('eSIM API: 401, Invalid token [redacted]');
    expect(everything(error)).not.toContain(token);
  });
});
