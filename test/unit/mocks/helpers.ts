import { mockToken } from '../../../src/mocks/index.js';
import { TEST_BASE_URL } from '../../msw-server.js';

/** GET against the mock API the way a client would, with the demo token unless told otherwise. */
export function get(path: string, token: string | null = mockToken): Promise<Response> {
  const headers: Record<string, string> = token === null ? {} : { Authorization: `Bearer ${token}` };
  return fetch(`${TEST_BASE_URL}/api/v1/esim${path}`, { headers });
}

export async function getJson<T = unknown>(path: string): Promise<{ status: number; headers: Headers; body: T }> {
  const response = await get(path);
  return { status: response.status, headers: response.headers, body: (await response.json()) as T };
}

export function pageHeaders(headers: Headers): Record<string, string | null> {
  const names = ['X-Page', 'X-Per-Page', 'X-Total-Count', 'X-Total-Pages', 'X-Page-Size', 'X-Has-More'];
  return Object.fromEntries(names.map((name) => [name, headers.get(name)]));
}
