import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';

import { fetchAllPages } from './fetch-all';

export type VillageOption = Pick<Schemas['VillageView'], 'id' | 'code' | 'name' | 'communeCode'>;

/** The villages (bản) in the caller's scope or of one commune, by name: the choices of place selects. */
export function getVillageOptions(communeCode?: string): Promise<VillageOption[]> {
  return fetchAllPages(
    async (page, size) =>
      unwrap(
        await api.GET('/api/v1/villages', { params: { query: { communeCode, page, size, sort: 'name' } } }),
      ) as Page<VillageOption>,
  );
}

export const villageOptionsQueryOptions = (communeCode?: string) =>
  queryOptions({
    queryKey: ['villages', 'options', communeCode ?? null],
    queryFn: () => getVillageOptions(communeCode),
    staleTime: 5 * 60_000,
  });

export function useVillageOptions(communeCode?: string) {
  return useQuery(villageOptionsQueryOptions(communeCode));
}
