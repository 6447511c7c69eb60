/** Codes the client itself produces; any other `code` is the server's own (e.g. `UNAUTHORIZED`). */
export type EsimClientErrorCode =
  | 'NETWORK_ERROR'
  | 'TIMEOUT'
  | 'ABORTED'
  | 'INVALID_RESPONSE'
  | 'VALIDATION_FAILURE'
  | 'TOKEN_ERROR';

export interface EsimApiErrorInit {
  /** HTTP status; 0 when no response arrived (network error, timeout, abort, bad id, token function failed). */
  status: number;
  code: EsimClientErrorCode | (string & {});
  message: string;
  /** The `error.name` the server sent, e.g. `UnauthorizedError`. */
  serverName?: string | undefined;
  /** Field-level reasons for `INVALID_RESPONSE`. */
  issues?: string[] | undefined;
  /** How long the server asked clients to wait (`Retry-After`, sent with 429 and 503, in seconds or as a date), in ms. */
  retryAfterMs?: number | undefined;
  cause?: unknown;
}

/**
 * The one error the client throws. `name` stays `EsimApiError` so loggers and guards can rely on it;
 * the server's own error name is kept as `serverName`.
 */
export class EsimApiError extends Error {
  override readonly name = 'EsimApiError';
  declare readonly status: number;
  declare readonly code: EsimApiErrorInit['code'];
  declare readonly serverName: string | undefined;
  declare readonly issues: string[];
  declare readonly retryAfterMs: number | undefined;

  constructor({ status, code, message, serverName, issues = [], retryAfterMs, cause }: EsimApiErrorInit) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, { status, code, serverName, issues, retryAfterMs });
  }

  /** 401/403: the token is missing, expired or lacks access. Retrying will not help; re-authenticating will. */
  get isAuthError(): boolean {
    return this.status === 401 || this.status === 403;
  }

  /**
   * Worth another try: network failure, timeout, 408 (request timeout), 429 (too many requests) or a 5xx;
   * wait `retryAfterMs` first when the server gave it. Never another 4xx, an abort or bad data.
   */
  get isRetryable(): boolean {
    return (
      this.status >= 500 || this.status === 408 || this.status === 429 || this.code === 'NETWORK_ERROR' || this.code === 'TIMEOUT'
    );
  }
}

export const isEsimApiError = (value: unknown): value is EsimApiError => value instanceof EsimApiError;
