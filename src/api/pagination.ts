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

/** A header as a non-negative safe integer; anything else (absent, '', '1.5', 'abc', '1e3') counts as missing. */
function intHeader(headers: Headers, name: string, min: number): number | undefined {
  const raw = headers.get(name)?.trim();
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return Number.isSafeInteger(value) && value >= min ? value : undefined;
}

function boolHeader(headers: Headers, name: string): boolean | undefined {
  const raw = headers.get(name)?.trim().toLowerCase();
  return raw === 'true' ? true : raw === 'false' ? false : undefined;
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
  const page = intHeader(headers, 'x-page', 1) ?? requested.page ?? 1;
  const perPage =
    intHeader(headers, 'x-per-page', 1) ?? requested.perPage ?? Math.max(DEFAULT_PER_PAGE, received);
  const seen = (page - 1) * perPage + received;
  let totalCount = intHeader(headers, 'x-total-count', 0);
  let totalPages = intHeader(headers, 'x-total-pages', 0);
  if (totalPages === undefined && totalCount !== undefined) totalPages = Math.ceil(totalCount / perPage);
  if (totalCount === undefined && totalPages !== undefined) {
    // On the last page the exact count is known; before it, a full-pages estimate is the best guess.
    totalCount = page >= totalPages ? seen : totalPages * perPage;
  }
  const hasMore =
    boolHeader(headers, 'x-has-more') ??
    (totalPages !== undefined ? page < totalPages : received >= perPage);
  // With no totals at all, count what we have seen and one more page if there seems to be one.
  totalCount ??= seen;
  totalPages ??= hasMore ? page + 1 : seen === 0 ? 0 : page;
  return { page, perPage, totalCount, totalPages, hasMore };
}
