'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { EsimClient } from '../../api/client.js';
import { variantOptions } from '../../query/options.js';
import { useEsimContext } from '../../query/provider.js';
import { planDetails, type PlanDetails } from './details.js';

/**
 * Variant records that came from `GET /variants/:id` itself. A product's detail also seeds the variant
 * caches with its inline plans, which lack what the variant endpoint adds (`regions`, extended facts):
 * such a cache entry counts as stale, so choosing the plan still fetches its details once.
 */
const fetchedDetails = new WeakSet<object>();

/** `variantOptions` that remember what they fetched; details do not change within a visit, so once is enough. */
function planDetailsOptions(client: EsimClient, id: number | undefined): ReturnType<typeof variantOptions> {
  const base = variantOptions(client, id);
  return {
    ...base,
    // `variantOptions` always gives a function (never `skipToken`): idle is `enabled: false`.
    queryFn: async (context) => {
      const variant = await base.queryFn(context);
      fetchedDetails.add(variant);
      return variant;
    },
    staleTime: (query) => (query.state.data && fetchedDetails.has(query.state.data) ? Infinity : 0),
    // Keep the fetched object itself in the cache, so `fetchedDetails` recognises it.
    structuralSharing: false,
  };
}

export type PlanDetailsStatus = 'idle' | 'loading' | 'error' | 'ready';

/**
 * The chosen plan's details from `GET /variants/:id`, at most one request per plan, plus a prefetch for
 * the plan under the pointer or focus. Never blocks choosing or paying: the card and the selection come
 * from the product's detail; this only fills the disclosure.
 */
export function usePlanDetails(variantId: number | undefined) {
  const { client, locale, messages } = useEsimContext();
  const queryClient = useQueryClient();
  const query = useQuery({ ...planDetailsOptions(client, variantId), refetchOnWindowFocus: false });
  const { data, fetchStatus, isError, refetch } = query;
  const fetched = data !== undefined && fetchedDetails.has(data);

  // A product refetch re-seeds this cache entry with the inline plan: fetch the details back, once (a
  // failure shows the retry instead of trying again by itself).
  useEffect(() => {
    if (variantId !== undefined && data && !fetched && !isError && fetchStatus === 'idle') void refetch();
  }, [variantId, data, fetched, isError, fetchStatus, refetch]);

  const details = useMemo<PlanDetails | undefined>(
    () => (data && fetched ? planDetails(data, locale, messages.yes, messages.no) : undefined),
    [data, fetched, locale, messages.yes, messages.no],
  );
  const status: PlanDetailsStatus =
    variantId === undefined ? 'idle' : details ? 'ready' : isError && fetchStatus === 'idle' ? 'error' : 'loading';

  return {
    status,
    details,
    retry: () => void refetch(),
    /** Loads a plan's details ahead of the choice (hover, focus); cached details cost nothing. */
    prefetch: (id: number) => void queryClient.prefetchQuery(planDetailsOptions(client, id)),
  };
}

export type PlanDetailsState = ReturnType<typeof usePlanDetails>;
