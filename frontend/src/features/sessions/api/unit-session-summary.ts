import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { UnitSessionSummary } from './types';

/** A unit's sessions of a year against target 1 (at least 2 on gender-equality law and policy). */
export async function getUnitSessionSummary(unitId: number, year: number): Promise<UnitSessionSummary> {
  return unwrap(
    await api.GET('/api/v1/units/{unitId}/session-summary', { params: { path: { unitId }, query: { year } } }),
  ) as UnitSessionSummary;
}

export const unitSessionSummaryQueryOptions = (unitId: number, year: number) =>
  queryOptions({
    queryKey: ['sessions', 'unit-summary', unitId, year],
    queryFn: () => getUnitSessionSummary(unitId, year),
  });

export function useUnitSessionSummary(unitId: number, year: number) {
  return useQuery(unitSessionSummaryQueryOptions(unitId, year));
}
