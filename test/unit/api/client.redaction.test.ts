// The token, however it was given, never appears in any field of an EsimApiError or its causes.
import { createEsimClient, EsimApiError, type EsimClientOptions, type FetchLike } from '../../../src/api/index.js';
import { failure, TEST_BASE_URL } from './fixtures.js';

const TOKEN = 'sk_live_7Hq2ZpXv9';

/** Every text an error shows a logger, a tracker or a console: its fields and its causes, all the way down. */
function everything(value: unknown, depth = 0): string {
  if (value == null || depth > 8) return '';
  if (typeof value !== 'object') return String(value);
  const error = value as Error & Partial<EsimApiError>;
  const own = Object.getOwnPropertyNames(value).map((key) => everything((value as Record<string, unknown>)[key], depth + 1));
  return [error.message, error.name, error.stack, error.code, error.serverName, ...(error.issues ?? []), ...own, everything(error.cause, depth + 1)].join('\n');
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
