import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { PersonPage } from './types';

export interface PeopleFilter {
  q?: string;
  page: number;
  size: number;
}

/** The people the caller manages (people/PeoplePolicy decides who). */
export async function getPeople(filter: PeopleFilter): Promise<PersonPage> {
  return unwrap(
    await api.GET('/api/v1/people', { params: { query: { q: filter.q || undefined, page: filter.page, size: filter.size } } }),
  ) as PersonPage;
}

export const peopleQueryOptions = (filter: PeopleFilter) =>
  queryOptions({
    queryKey: ['people', 'list', filter],
    queryFn: () => getPeople(filter),
    placeholderData: keepPreviousData,
  });

export function usePeople(filter: PeopleFilter) {
  return useQuery(peopleQueryOptions(filter));
}
