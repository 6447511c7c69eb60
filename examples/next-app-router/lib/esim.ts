// Server-side wiring, imported by the page and the route handler only: the token never reaches a client module.
import { catalogueOptions, createEsimClient, type EsimClient } from 'esim-picker/core';
import { createEsimProxy, type EsimProxyErrorEvent } from 'esim-picker/server';
import { mockApiFetch, MOCK_API_ORIGIN, MOCK_API_TOKEN } from './mockApi';

/** The real API when both variables are set; otherwise the package's mock API, answered in-process. */
function upstream() {
  const url = process.env.ESIM_API_URL;
  const token = process.env.ESIM_API_TOKEN;
  if (url && token) return { url, token, fetch: undefined };
  return { url: MOCK_API_ORIGIN, token: MOCK_API_TOKEN, fetch: mockApiFetch };
}

/** The client the server uses (prefetch, order check): it talks to the API directly, with the server's token. */
export function serverEsimClient(timeoutMs?: number): EsimClient {
  const { url, token, fetch } = upstream();
  return createEsimClient({ baseUrl: url, token, timeoutMs, ...(fetch && { fetch }) });
}

/** The page waits for its prefetch: short and not retried; should it fail, the browser loads the catalogue. */
export const prefetchedCatalogue = () => ({ ...catalogueOptions(serverEsimClient(3000)), retry: false });

/** One log line per failed proxy request: the browser only sees a generic message, the server log says why. */
function logProxyError({ status, code, method, path, upstreamStatus, cause, durationMs }: EsimProxyErrorEvent) {
  console.warn(`esim proxy ${method} ${path} → ${status} ${code}`, { upstreamStatus, cause, durationMs });
}

/** The handler behind /api/esim/…: the browser's client calls it, and it adds the token on the way out. */
export function esimProxy() {
  const { url, token, fetch } = upstream();
  return createEsimProxy({ upstream: url, token, onError: logProxyError, ...(fetch && { fetch }) });
}

/** The first language the traveller's browser asks for, from the request (never `navigator`: this runs on the server). */
export function localeFrom(acceptLanguage: string | null): string {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim();
  if (!first || first === '*') return 'en-US';
  try {
    return Intl.getCanonicalLocales(first)[0] ?? 'en-US';
  } catch {
    return 'en-US';
  }
}
