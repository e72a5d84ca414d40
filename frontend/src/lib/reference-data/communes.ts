import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

import { fetchAllPages } from './fetch-all';

// Communes are reference data shared by every feature (units, villages, campaigns, sessions…).
export type Area = Schemas['AreaView'];

/** All communes the caller may see (one for commune users, the whole province for province users). */
export function getCommunes(): Promise<Area[]> {
  return fetchAllPages(
    async (page, size) =>
      unwrap(await api.GET('/api/v1/communes', { params: { query: { page, size } } })) as Page<Area>,
  );
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
