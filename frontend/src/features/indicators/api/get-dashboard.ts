import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Dashboard } from './types';

export interface DashboardFilter {
  year: number;
  /** A province user's choice of one commune; without it, their whole province. */
  communeCode?: string;
}

/** Everything the overview shows, in one call: targets, trend, units, participants, warnings. */
export async function getDashboard(filter: DashboardFilter): Promise<Dashboard> {
  return unwrap(await api.GET('/api/v1/dashboard', { params: { query: filter } })) as Dashboard;
}

export const dashboardQueryOptions = (filter: DashboardFilter) =>
  queryOptions({
    queryKey: ['dashboard', filter],
    queryFn: () => getDashboard(filter),
    placeholderData: keepPreviousData,
  });

export function useDashboard(filter: DashboardFilter) {
  return useQuery(dashboardQueryOptions(filter));
}
