import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { UnitKind, UnitPage, UnitSort } from './types';

export interface UnitsFilter {
  q?: string;
  kind?: UnitKind;
  communeCode?: string;
  active?: boolean;
  page: number;
  size: number;
  sort: UnitSort;
}

export async function getUnits(filter: UnitsFilter): Promise<UnitPage> {
  const result = unwrap(
    await api.GET('/api/v1/units', {
      params: {
        query: {
          q: filter.q || undefined,
          kind: filter.kind,
          communeCode: filter.communeCode,
          active: filter.active,
          page: filter.page,
          size: filter.size,
          sort: filter.sort,
        },
      },
    }),
  );
  return result as UnitPage;
}

export const unitsQueryOptions = (filter: UnitsFilter) =>
  queryOptions({
    queryKey: ['units', 'list', filter],
    queryFn: () => getUnits(filter),
    // Keep the previous page on screen while the next one loads: no flashing on slow links.
    placeholderData: keepPreviousData,
  });

export function useUnits(filter: UnitsFilter) {
  return useQuery(unitsQueryOptions(filter));
}
