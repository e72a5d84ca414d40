import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';
import { fetchAllPages } from '@/lib/reference-data/fetch-all';

import type { Plan } from './types';

/**
 * The communes taking part in the programme: a commune is enabled when it has a plan (migration V12,
 * commune_enabled), and GET /plans lists every plan the caller may read (a province user's: the province's).
 */
export async function getEnabledCommunes(): Promise<Set<string>> {
  const plans = await fetchAllPages(
    async (page, size) => unwrap(await api.GET('/api/v1/plans', { params: { query: { page, size } } })) as Page<Plan>,
  );
  return new Set(plans.map((plan) => plan.communeCode));
}

// Under 'plans': enabling a commune (a new plan) refreshes it with the period.
export const enabledCommunesQueryOptions = () =>
  queryOptions({
    queryKey: ['plans', 'enabled-communes'],
    queryFn: getEnabledCommunes,
    staleTime: 5 * 60_000,
  });

export function useEnabledCommunes() {
  return useQuery(enabledCommunesQueryOptions());
}
