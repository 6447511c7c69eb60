// What a partner does with the keys: invalidate everything, all lists, or one record, on a real QueryClient.
// Each key is stored, one group is invalidated, and exactly the expected entries must go stale.
import { QueryClient, type QueryKey } from '@tanstack/react-query';
import { esimKeys } from '../../../src/query/index.js';

/** One entry per kind of key, with the same number or params where kinds could be confused. */
const entries: Record<string, QueryKey> = {
  pageDefault: esimKeys.products({ perPage: 10 }),
  page1: esimKeys.products({ page: 1, perPage: 10 }),
  page2: esimKeys.products({ page: 2, perPage: 10 }),
  infinite: esimKeys.infiniteProducts({ perPage: 10 }),
  infiniteJapan: esimKeys.infiniteProducts({ perPage: 10, countryCode: 'JPN' }),
  catalogue: esimKeys.catalogue(),
  catalogueJapan: esimKeys.catalogue({ countryCode: 'JPN' }),
  product712: esimKeys.product(712),
  product713: esimKeys.product(713),
  variants712: esimKeys.variants(712),
  variant712: esimKeys.variant(712),
  variant5511: esimKeys.variant(5511),
};

/** The names of the entries `invalidateQueries({ queryKey })` marks stale. */
function invalidatedBy(queryKey: QueryKey): string[] {
  const queryClient = new QueryClient();
  for (const [name, key] of Object.entries(entries)) queryClient.setQueryData(key, name);
  void queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
  return Object.entries(entries)
    .filter(([, key]) => queryClient.getQueryState(key)?.isInvalidated)
    .map(([name]) => name);
}

describe('esimKeys with invalidateQueries', () => {
  it('keeps one cache entry per key: no two kinds share a key', () => {
    const queryClient = new QueryClient();
    for (const [name, key] of Object.entries(entries)) queryClient.setQueryData(key, name);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(Object.keys(entries).length);
    for (const [name, key] of Object.entries(entries)) expect(queryClient.getQueryData(key), name).toBe(name);
  });

  it('esimKeys.all refreshes everything the library stored', () => {
    expect(invalidatedBy(esimKeys.all)).toEqual(Object.keys(entries));
  });

  it('productLists() refreshes every list (pages, load-more, catalogues) and no single record', () => {
    expect(invalidatedBy(esimKeys.productLists())).toEqual([
      'pageDefault',
      'page1',
      'page2',
      'infinite',
      'infiniteJapan',
      'catalogue',
      'catalogueJapan',
    ]);
  });

  it('one product, one product’s variants or one variant is targeted alone, even where the ids coincide', () => {
    expect(invalidatedBy(esimKeys.product(712))).toEqual(['product712']);
    expect(invalidatedBy(esimKeys.variants(712))).toEqual(['variants712']);
    expect(invalidatedBy(esimKeys.variant(712))).toEqual(['variant712']);
  });

  it('a page of products is told apart from the load-more list and the catalogue of the same filter', () => {
    expect(invalidatedBy(esimKeys.products({ page: 1, perPage: 10 }))).toEqual(['page1']);
    // Params match as React Query matches them, in part: every load-more list of 10, none of the pages.
    expect(invalidatedBy(esimKeys.infiniteProducts({ perPage: 10 }))).toEqual(['infinite', 'infiniteJapan']);
    expect(invalidatedBy(esimKeys.catalogue())).toEqual(['catalogue', 'catalogueJapan']);
    expect(invalidatedBy(esimKeys.catalogue({ countryCode: 'JPN' }))).toEqual(['catalogueJapan']);
  });

  it('are plain JSON, the same when made again (a server and a browser agree on them)', () => {
    for (const key of Object.values(entries)) expect(JSON.parse(JSON.stringify(key))).toEqual(key);
    expect(esimKeys.catalogue({ countryCode: 'JPN' })).toEqual(entries.catalogueJapan);
  });
});
