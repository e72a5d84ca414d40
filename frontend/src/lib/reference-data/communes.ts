import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

// Communes are reference data shared by every feature (units, villages, later campaigns…).
export type Area = Schemas['AreaView'];

const PAGE_SIZE = 100;

/** All communes the caller may see (one for commune users, the whole province for province users). */
export async function getCommunes(): Promise<Area[]> {
  const all: Area[] = [];
  for (let page = 0; ; page++) {
    const result = unwrap(
      await api.GET('/api/v1/communes', { params: { query: { page, size: PAGE_SIZE } } }),
    ) as Page<Area>;
    all.push(...result.items);
    if (page + 1 >= result.totalPages) return all;
  }
}

export const communesQueryOptions = () =>
  queryOptions({
    queryKey: ['communes'],
    queryFn: getCommunes,
    staleTime: 30 * 60_000,
  });

export function useCommunes() {
  return useQuery(communesQueryOptions());
}
