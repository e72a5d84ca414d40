import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { SessionPage, SessionSort } from './types';

/** The filters of the session list; the export takes the same ones. */
export interface SessionsCriteria {
  year?: number;
  from?: string;
  to?: string;
  unitId?: number;
  campaignId?: number;
  villageId?: number;
  formatId?: number;
  topicId?: number;
  audienceGroupId?: number;
  communeCode?: string;
}

export interface SessionsFilter extends SessionsCriteria {
  page: number;
  size: number;
  sort: SessionSort;
}

/** A page of sessions, with the totals of every session matching the filters (not just the page). */
export async function getSessions(filter: SessionsFilter): Promise<SessionPage> {
  return unwrap(await api.GET('/api/v1/sessions', { params: { query: filter } })) as SessionPage;
}

export const sessionsQueryOptions = (filter: SessionsFilter) =>
  queryOptions({
    queryKey: ['sessions', 'list', filter],
    queryFn: () => getSessions(filter),
    placeholderData: keepPreviousData,
  });

export function useSessions(filter: SessionsFilter) {
  return useQuery(sessionsQueryOptions(filter));
}
