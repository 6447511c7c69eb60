// Reads the list endpoint's X-* pagination headers. Proxies and CDNs strip unknown headers (and CORS
// hides them unless exposed), so every field falls back to something derivable: never NaN.

/** The API's documented default page size. */
export const DEFAULT_PER_PAGE = 50;

export interface PageInfo {
  page: number;
  perPage: number;
  totalCount: number;
  totalPages: number;
  hasMore: boolean;
}

/**
 * @param requested the page and perPage the client asked for, used when the headers are missing
 * @param received how many records the server sent (valid or not: the server paged them all)
 */
export function readPagination(
  headers: Headers,
  requested: { page: number | undefined; perPage: number | undefined },
  received: number,
): PageInfo {
  /** `X-<name>` as a safe integer ≥ `min`; anything else (absent, '', '1.5', 'abc', '1e3') counts as missing. */
  const int = (name: string, min = 0) => {
    const raw = headers.get(`x-${name}`)?.trim() ?? '';
    const value = /^\d+$/.test(raw) ? +raw : -1;
    return Number.isSafeInteger(value) && value >= min ? value : undefined;
  };
  const page = int('page', 1) ?? requested.page ?? 1;
  const perPage = int('per-page', 1) ?? requested.perPage ?? Math.max(DEFAULT_PER_PAGE, received);
  const seen = (page - 1) * perPage + received;
  let totalCount = int('total-count');
  let totalPages = int('total-pages') ?? (totalCount === undefined ? undefined : Math.ceil(totalCount / perPage));
  // On the last page the exact count is known; before it, a full-pages estimate is the best guess.
  totalCount ??= totalPages === undefined ? undefined : page >= totalPages ? seen : totalPages * perPage;
  const more = headers.get('x-has-more')?.trim().toLowerCase();
  const hasMore =
    more === 'true' || (more !== 'false' && (totalPages === undefined ? received >= perPage : page < totalPages));
  // With no totals at all, count what we have seen and one more page if there seems to be one.
  totalCount ??= seen;
  totalPages ??= hasMore ? page + 1 : seen && page;
  return { page, perPage, totalCount, totalPages, hasMore };
}
