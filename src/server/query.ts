// The list endpoint's query, rebuilt from the four parameters the reference documents. Anything else the
// browser sends (`include=…`, a 15 kB search, `per_page=100000`) would reach the upstream with the
// server's token and bust every cache key, so it is dropped, capped or cut here.

export interface QueryLimits {
  maxPerPage: number;
  maxSearchLength: number;
}

/** `?page=…&per_page=…&country_code=…&search=…` with only valid values, in a fixed order; `''` when none. */
export function listQuery(params: URLSearchParams, { maxPerPage, maxSearchLength }: QueryLimits): string {
  const query = new URLSearchParams();
  const page = params.get('page')?.trim() ?? '';
  if (/^[1-9]\d{0,8}$/.test(page)) query.set('page', page);
  const perPage = params.get('per_page')?.trim() ?? '';
  if (/^[1-9]\d*$/.test(perPage)) query.set('per_page', String(Math.min(Number(perPage), maxPerPage)));
  const country = params.get('country_code')?.trim() ?? '';
  if (/^[A-Za-z]{3}$/.test(country)) query.set('country_code', country.toUpperCase());
  // Cut by code points so an emoji is never split into a lone surrogate; control characters go first.
  const search = [...(params.get('search') ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim()]
    .slice(0, maxSearchLength)
    .join('')
    .trim();
  if (search) query.set('search', search);
  const text = query.toString();
  return text && `?${text}`;
}
