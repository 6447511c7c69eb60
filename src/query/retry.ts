// When a failed request is worth another try, and how long to wait. React-free: the `…Options` factories
// carry these, so a server prefetch retries exactly as the browser does.
import { isEsimApiError } from '../api/errors.js';

/** Two more tries after the first failure. */
const MAX_RETRIES = 2;
/** The longest wait the picker accepts, from a `Retry-After` or its own backoff: past it, the error shows. */
const MAX_RETRY_DELAY_MS = 30_000;

/**
 * Network errors, timeouts, 5xx, 408 and 429 are retried twice; any other 4xx, an abort or bad data never.
 * A `Retry-After` longer than {@link MAX_RETRY_DELAY_MS} is not waited out: the error shows at once, with
 * its retry button, instead of a spinner that outlasts the traveller's patience.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES || !isEsimApiError(error)) return false;
  if ((error.retryAfterMs ?? 0) > MAX_RETRY_DELAY_MS) return false;
  return error.isRetryable;
}

/** The server's `Retry-After` when it sent one, else exponential backoff (1 s, 2 s, 4 s…), never over the cap. */
export function retryDelay(failureCount: number, error: unknown): number {
  const asked = isEsimApiError(error) ? error.retryAfterMs : undefined;
  return Math.min(asked ?? 1000 * 2 ** failureCount, MAX_RETRY_DELAY_MS);
}
