// @vitest-environment node
// The client on a partner's server (a Next.js prefetch, an order check): no page, so no CORS.
import { createEsimClient, type FetchLike } from '../../../src/api/index.js';
import { failure, TEST_BASE_URL } from './fixtures.js';

describe('on a server, a request that cannot reach the API', () => {
  it('does not blame CORS or being offline in the message a server log shows, and keeps the system’s reason in its cause', async () => {
    // What Node's fetch throws for a closed port.
    const refused: FetchLike = async () => {
      throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.7:443'), { code: 'ECONNREFUSED' }) });
    };
    const error = await failure(createEsimClient({ baseUrl: TEST_BASE_URL, token: 'server-secret', fetch: refused }).listProducts());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR', isRetryable: true, message: 'eSIM API: unreachable' });
    expect(error.message).not.toMatch(/CORS|offline/);
    expect(error.cause).toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNREFUSED' } });
  });
});
