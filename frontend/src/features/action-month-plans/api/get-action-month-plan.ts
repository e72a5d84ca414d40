import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { ActionMonthPlan } from './types';

export async function getActionMonthPlan(id: number): Promise<ActionMonthPlan> {
  return unwrap(await api.GET('/api/v1/action-month-plans/{id}', { params: { path: { id } } })) as ActionMonthPlan;
}

export const actionMonthPlanQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['action-month-plans', 'detail', id], queryFn: () => getActionMonthPlan(id) });

export function useActionMonthPlan(id: number) {
  return useQuery(actionMonthPlanQueryOptions(id));
}

/** A unit's plan of a year, if it filed one (at most one per unit and year). */
export async function findUnitPlan(unitId: number, year: number): Promise<ActionMonthPlan | null> {
  const page = unwrap(
    await api.GET('/api/v1/action-month-plans', { params: { query: { unitId, year, page: 0, size: 1 } } }),
  ) as Page<ActionMonthPlan>;
  return page.items[0] ?? null;
}

export function useUnitPlan(unitId: number | null, year: number) {
  return useQuery({
    queryKey: ['action-month-plans', 'unit', unitId, year],
    queryFn: () => findUnitPlan(unitId ?? 0, year),
    enabled: unitId !== null,
  });
}
