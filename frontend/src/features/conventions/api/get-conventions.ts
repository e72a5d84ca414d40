import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { ConventionPage, ConventionStanding, ConventionStatus } from './types';

/** The list's filters, as the API takes them (commune, village, legal status, latest review's finding). */
export interface ConventionsFilter {
  communeCode?: string;
  villageId?: number;
  status?: ConventionStatus;
  standing?: ConventionStanding;
  page: number;
  size: number;
}

/** A page of conventions, each with its latest review and the standing that review gives it. */
export async function getConventions(filter: ConventionsFilter): Promise<ConventionPage> {
  return unwrap(await api.GET('/api/v1/conventions', { params: { query: filter } })) as ConventionPage;
}

export const conventionsQueryOptions = (filter: ConventionsFilter) =>
  queryOptions({
    queryKey: ['conventions', 'list', filter],
    queryFn: () => getConventions(filter),
    placeholderData: keepPreviousData,
  });

export function useConventions(filter: ConventionsFilter) {
  return useQuery(conventionsQueryOptions(filter));
}
