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
  /**
   * Whether the server said if more pages exist (`X-Has-More`, `X-Total-Pages`, `X-Total-Count`) or how big
   * its pages are (`X-Per-Page`, so a short page is its last). False when a proxy or CORS hid them all:
   * `hasMore` is then a guess from a full page, and a server may cap `perPage` below what was asked.
   */
  fromHeaders: boolean;
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
  /** `X-<name>` as an integer ≥ `min` (15 digits at most, so always safe); anything else counts as missing. */
  const int = (name: string, min = 0) => {
    const raw = headers.get(`x-${name}`) ?? '';
    return /^\d{1,15}$/.test(raw) && +raw >= min ? +raw : undefined;
  };
  const page = int('page', 1) ?? requested.page ?? 1;
  const given = int('per-page', 1);
  const perPage = given ?? requested.perPage ?? Math.max(DEFAULT_PER_PAGE, received);
  const seen = (page - 1) * perPage + received;
  const count = int('total-count');
  let totalPages = int('total-pages') ?? (count === undefined ? count : Math.ceil(count / perPage));
  // On the last page (or with no totals at all) the exact count is known; before it, a full-pages estimate.
  const totalCount = count ?? (totalPages === undefined || page >= totalPages ? seen : totalPages * perPage);
  const more = headers.get('x-has-more')?.toLowerCase();
  const fromHeaders = more === 'true' || more === 'false' || totalPages !== undefined || given !== undefined;
  const hasMore =
    more === 'true' || (more !== 'false' && (totalPages === undefined ? received >= perPage : page < totalPages));
  // With no totals at all, one more page if there seems to be one.
  totalPages ??= hasMore ? page + 1 : seen && page;
  return { page, perPage, totalCount, totalPages, hasMore, fromHeaders };
}
