import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

export type PlanStatus = Schemas['ActionMonthPlanStatus'];

export interface PlanStatusFilter {
  year: number;
  communeCode?: string;
  /** true: only units that filed; false: only those that have not; undefined: every unit. */
  filed?: boolean;
  page: number;
  size: number;
}

/** Each active unit of the commune in a year: whether it filed its Action Month plan, and on time. */
export async function getPlanStatus(filter: PlanStatusFilter): Promise<Page<PlanStatus>> {
  return unwrap(await api.GET('/api/v1/action-month-plans/status', { params: { query: filter } })) as Page<PlanStatus>;
}

export const planStatusQueryOptions = (filter: PlanStatusFilter) =>
  queryOptions({
    queryKey: ['action-month-plans', 'status', filter],
    queryFn: () => getPlanStatus(filter),
    placeholderData: keepPreviousData,
  });

export function usePlanStatus(filter: PlanStatusFilter) {
  return useQuery(planStatusQueryOptions(filter));
}
