// The list endpoint's query, rebuilt from the four parameters the reference documents. Anything else the
// browser sends (`include=…`, a 15 kB search) would reach the upstream with the server's token and bust every
// cache key, so it is dropped or cut here. A malformed page, page size or country is refused rather than
// dropped: dropping a filter would answer with the whole catalogue as if it were the filtered one.

export interface QueryLimits {
  maxPerPage: number;
  maxSearchLength: number;
}

const FORMATS = {
  page: /^[1-9]\d{0,8}$/,
  // Any positive integer: it is lowered to maxPerPage below.
  per_page: /^[1-9]\d*$/,
  // What the client's product schema accepts as a country or region code.
  country_code: /^[A-Za-z0-9]{2,8}$/,
};

/** The list endpoint's page size when none is asked for (API reference, products). */
const API_DEFAULT_PER_PAGE = 50;

/**
 * `?page=…&per_page=…&country_code=…&search=…` in a fixed order (`''` when none), or `undefined` when a
 * page, page size or country is given but malformed. `per_page` is lowered to `maxPerPage`, `search` cut.
 */
export function listQuery(params: URLSearchParams, { maxPerPage, maxSearchLength }: QueryLimits): string | undefined {
  const query = new URLSearchParams();
  for (const [name, format] of Object.entries(FORMATS)) {
    // Without a page size the API sends its default, 50: a smaller limit must be asked for.
    const value = params.get(name)?.trim() || (name === 'per_page' && maxPerPage < API_DEFAULT_PER_PAGE ? String(maxPerPage) : '');
    if (!value) continue;
    if (!format.test(value)) return undefined;
    query.set(name, name === 'per_page' ? String(Math.min(Number(value), maxPerPage)) : value.toUpperCase());
  }
  // Cut by code points so an emoji is never split into a lone surrogate; control characters go first.
  const search = [...(params.get('search') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim()]
    .slice(0, maxSearchLength)
    .join('')
    .trim();
  if (search) query.set('search', search);
  const text = query.toString();
  return text && `?${text}`;
}
