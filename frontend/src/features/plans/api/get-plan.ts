import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { Plan } from './types';

/**
 * The plan of a commune (each commune has one for the programme's period). Commune users read
 * their own commune's without naming it; province users name the commune.
 */
export async function getCommunePlan(communeCode?: string): Promise<Plan | null> {
  const result = unwrap(
    await api.GET('/api/v1/plans', { params: { query: { communeCode, page: 0, size: 1 } } }),
  ) as Page<Plan>;
  return result.items[0] ?? null;
}

export const communePlanQueryOptions = (communeCode?: string) =>
  queryOptions({
    queryKey: ['plans', 'commune', communeCode ?? null],
    queryFn: () => getCommunePlan(communeCode),
    staleTime: 10 * 60_000,
  });

export function useCommunePlan(communeCode?: string, enabled = true) {
  return useQuery({ ...communePlanQueryOptions(communeCode), enabled });
}
