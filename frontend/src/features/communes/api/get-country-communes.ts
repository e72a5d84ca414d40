import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { CommunePage } from './types';

export interface CountryCommunesFilter {
  provinceCode?: string;
  page: number;
  size: number;
}

/** One page of the country's communes (the national administrator's scope), optionally of one province. */
export async function getCountryCommunes(filter: CountryCommunesFilter): Promise<CommunePage> {
  return unwrap(
    await api.GET('/api/v1/communes', {
      params: { query: { provinceCode: filter.provinceCode, page: filter.page, size: filter.size } },
    }),
  ) as CommunePage;
}

export const countryCommunesQueryOptions = (filter: CountryCommunesFilter) =>
  queryOptions({
    queryKey: ['communes', 'country', filter],
    queryFn: () => getCountryCommunes(filter),
    placeholderData: keepPreviousData,
    staleTime: 30 * 60_000,
  });

export function useCountryCommunes(filter: CountryCommunesFilter) {
  return useQuery(countryCommunesQueryOptions(filter));
}
