// The whole catalogue, page after page, with a bound on what a misbehaving server can cost and a flag when
// the result is not the whole catalogue. React-free.
import type { EsimClient, ProductPage } from '../api/client.js';
import type { InvalidRecord, Product } from '../api/schemas.js';
import type { CatalogueParams } from './keys.js';
import { shouldRetry } from './retry.js';

/**
 * Products asked for per page: the most our proxy forwards by default. The reference documents only the
 * default (50); a server that pages smaller says so in X-Per-Page, and the loader follows it.
 */
const CATALOGUE_PAGE_SIZE = 100;
/** Pages fetched at once when the server said how many there are. */
const PARALLEL_PAGES = 4;

/** Why a catalogue stopped before the server's end. */
export type CatalogueIncompleteReason =
  /** `maxProducts` reached while the server had more. */
  | 'max-products'
  /** `maxPages` requests made while the server had more. */
  | 'max-pages'
  /** The server sent a page of products already seen (it ignores `page`), so the rest cannot be reached. */
  | 'repeated-page';

/** Every product of the catalogue, whatever page it is on, plus those the API sent malformed. Plain JSON. */
export interface Catalogue {
  products: Product[];
  /** Records that failed validation, from every page, left out of `products`. */
  invalid: InvalidRecord[];
  /** False when loading stopped before the server's end: `products` is then only part of the catalogue. */
  complete: boolean;
  /** Why loading stopped early; `null` when `complete`. */
  incompleteReason: CatalogueIncompleteReason | null;
  /** Pages fetched for this result (a page that failed and was retried counts once). */
  pagesFetched: number;
}

/** What `onIncomplete` hears about a cut-short catalogue. */
export interface CatalogueIncomplete {
  reason: CatalogueIncompleteReason;
  /** Products kept. */
  products: number;
  pagesFetched: number;
  params: CatalogueParams;
}

export interface CatalogueLimits {
  /** Products kept at most; a larger catalogue is cut here and reported. @default 10000 */
  maxProducts?: number | undefined;
  /** Pages fetched at most for one catalogue. @default 200 */
  maxPages?: number | undefined;
  /** Told when the catalogue is cut short (the result's `complete` is then false). Errors it throws are ignored. */
  onIncomplete?: ((info: CatalogueIncomplete) => void) | undefined;
}

const DEFAULT_MAX_PRODUCTS = 10_000;
const DEFAULT_MAX_PAGES = 200;

/** Records the server sent on a page, valid or not (it paged them all). */
export const received = (page: ProductPage) => page.items.length + page.invalid.length;

/**
 * The pages each fetch has received, by its signal. React Query hands every try of one fetch the same
 * signal, so its retry (the hooks retry as for any request) asks only for the pages the failed try lacked;
 * a refetch has a new signal and walks afresh.
 */
const pagesBySignal = new WeakMap<AbortSignal, Map<number, ProductPage>>();

export async function fetchCatalogue(
  client: EsimClient,
  params: CatalogueParams,
  limits: CatalogueLimits,
  signal: AbortSignal,
): Promise<Catalogue> {
  const maxProducts = Math.max(1, limits.maxProducts ?? DEFAULT_MAX_PRODUCTS);
  const maxPages = Math.max(1, limits.maxPages ?? DEFAULT_MAX_PAGES);
  const byId = new Map<number, Product>();
  const invalid: InvalidRecord[] = [];
  /** The invalid records kept, by id, or by content for one without a usable id. */
  const invalidSeen = new Set<number | string>();
  let pagesFetched = 0;
  let headersSeen = false;
  let reason: CatalogueIncompleteReason | null = null;
  const pages = pagesBySignal.get(signal) ?? new Map<number, ProductPage>();
  pagesBySignal.set(signal, pages);
  // The walk's own signal, so that a page that failed for good stops the pages fetched beside it.
  // (One fetch's signal: the listener goes with it.)
  const walk = new AbortController();
  const stop = () => walk.abort(signal.reason);
  if (signal.aborted) stop();
  signal.addEventListener('abort', stop);

  const fetchPage = async (page: number, perPage: number) => {
    pagesFetched += 1;
    const result = pages.get(page) ?? (await client.listProducts({ ...params, page, perPage }, { signal: walk.signal }));
    pages.set(page, result);
    // Without the server's word (a proxy stripped its headers, or CORS hides them) a short page proves
    // nothing: a server may cap `per_page` below what was asked.
    headersSeen ||= result.fromHeaders;
    return { result, perPage };
  };
  /** Keeps the page's new records (products up to the cap); false when the walk must end here. */
  const keep = ({ result: page, perPage }: { result: ProductPage; perPage: number }): boolean => {
    let added = 0;
    for (const record of page.invalid) {
      // A record without an id counts as seen by its content, or a page repeated with it would look new.
      const key = record.id ?? JSON.stringify(record.raw);
      if (invalidSeen.has(key)) continue;
      invalidSeen.add(key);
      invalid.push(record);
      added += 1;
    }
    for (const product of page.items) {
      if (byId.has(product.id)) continue;
      if (byId.size >= maxProducts) {
        reason = 'max-products';
        return false;
      }
      byId.set(product.id, product);
      added += 1;
    }
    if (received(page) === 0) return false;
    // A page of nothing new: the server ignores `page`. If it sent more than asked it sends everything at
    // once; otherwise whatever lies beyond this page is out of reach.
    if (added === 0) {
      if (received(page) <= perPage) reason = 'repeated-page';
      return false;
    }
    return true;
  };

  let last = await fetchPage(1, CATALOGUE_PAGE_SIZE);
  let going = keep(last);
  const { perPage, hasMore, totalPages, totalCount } = last.result;
  const firstSize = received(last.result);
  let next = 2;
  // Pages the server counted, a few at a time in parallel, at the page size it reported. A first page shorter
  // than that while more follow: the server pages by fewer than it says or than was asked (a cap it does not
  // announce, or X-Per-Page hidden from a cross-origin page); its pages are counted at the size it sent.
  const counted = Math.min(
    headersSeen && hasMore ? Math.max(totalPages, firstSize && Math.ceil(totalCount / firstSize)) : 0,
    maxPages,
  );
  while (going && next <= counted) {
    const batch = Array.from({ length: Math.min(PARALLEL_PAGES, counted - next + 1) }, (_, i) => next + i);
    let failure: unknown;
    const fetched = await Promise.all(
      batch.map((page) =>
        fetchPage(page, perPage).catch((error: unknown) => {
          // A page worth another try lets the others finish, for the retry to keep; one that failed for good
          // stops them rather than leave them running for nothing.
          if (!shouldRetry(0, error)) walk.abort(error);
          failure ??= error;
        }),
      ),
    );
    if (failure) throw failure;
    for (const page of fetched) going &&= keep((last = page!));
    next += batch.length;
  }
  // Then page by page while there may be more: the server says so (a counted total may be an estimate), or it
  // cannot say (no headers) and the last page still brought something new.
  while (going && (last.result.hasMore || !headersSeen)) {
    if (pagesFetched >= maxPages) {
      reason = 'max-pages';
      break;
    }
    last = await fetchPage(next, perPage);
    next += 1;
    going = keep(last);
  }

  if (reason !== null) {
    try {
      limits.onIncomplete?.({ reason, products: byId.size, pagesFetched, params });
    } catch {
      // Reporting must never turn a usable catalogue into a failed one.
    }
  }
  return { products: [...byId.values()], invalid, complete: reason === null, incompleteReason: reason, pagesFetched };
}
