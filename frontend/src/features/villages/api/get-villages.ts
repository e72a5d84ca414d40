import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { VillagePage, VillageSort } from './types';

export interface VillagesFilter {
  q?: string;
  communeCode?: string;
  page: number;
  size: number;
  sort: VillageSort;
}

export async function getVillages(filter: VillagesFilter): Promise<VillagePage> {
  const result = unwrap(
    await api.GET('/api/v1/villages', {
      params: {
        query: {
          q: filter.q || undefined,
          communeCode: filter.communeCode,
          page: filter.page,
          size: filter.size,
          sort: filter.sort,
        },
      },
    }),
  );
  return result as VillagePage;
}

export const villagesQueryOptions = (filter: VillagesFilter) =>
  queryOptions({
    queryKey: ['villages', 'list', filter],
    queryFn: () => getVillages(filter),
    placeholderData: keepPreviousData,
  });

export function useVillages(filter: VillagesFilter) {
  return useQuery(villagesQueryOptions(filter));
}
