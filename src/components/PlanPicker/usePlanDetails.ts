'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import type { EsimClient } from '../../api/client.js';
import { hasVariantDetail, variantOptions } from '../../query/options.js';
import { useEsimContext } from '../../query/provider.js';
import { planDetails, type PlanDetails } from './details.js';

/**
 * `variantOptions` for the details: fetched once per plan and visit (details do not change within one); a
 * plan seeded from its product's detail is stale at once, so choosing it still fetches its details.
 */
function planDetailsOptions(client: EsimClient, id: number | undefined): ReturnType<typeof variantOptions> {
  return {
    ...variantOptions(client, id),
    staleTime: (query) => (hasVariantDetail(query.state.dataUpdatedAt) ? Infinity : 0),
  };
}

export type PlanDetailsStatus = 'idle' | 'loading' | 'error' | 'ready';

/**
 * The chosen plan's details from `GET /variants/:id`, at most one request per plan, plus a prefetch for
 * the plan under the pointer or focus. Never blocks choosing or paying: the card and the selection come
 * from the product's detail; this only fills the disclosure.
 */
export function usePlanDetails(variantId: number | undefined) {
  const { client, locale, messages, contentLang } = useEsimContext();
  const queryClient = useQueryClient();
  const query = useQuery({ ...planDetailsOptions(client, variantId), refetchOnWindowFocus: false });
  const { data, dataUpdatedAt, fetchStatus, isError, refetch } = query;
  const fetched = data !== undefined && hasVariantDetail(dataUpdatedAt);

  // A product's detail can seed this entry after the query settled (the plan was chosen before its product
  // loaded): fetch the details then, once (a failure shows the retry instead of trying again by itself).
  useEffect(() => {
    if (variantId !== undefined && data && !fetched && !isError && fetchStatus === 'idle') void refetch();
  }, [variantId, data, fetched, isError, fetchStatus, refetch]);

  const details = useMemo<PlanDetails | undefined>(
    () => (data && fetched ? planDetails(data, locale, messages, contentLang) : undefined),
    [data, fetched, locale, messages, contentLang],
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
