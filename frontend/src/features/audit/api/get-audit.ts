import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { AuditEntityType, AuditEntry } from './types';

export interface AuditFilter {
  entityType: AuditEntityType;
  entityId: number;
  page: number;
  size: number;
}

/** Who changed a record, when, and what, newest first. */
export async function getAudit(filter: AuditFilter): Promise<Page<AuditEntry>> {
  return unwrap(await api.GET('/api/v1/audit', { params: { query: filter } })) as Page<AuditEntry>;
}

export const auditQueryOptions = (filter: AuditFilter) =>
  queryOptions({
    queryKey: ['audit', filter.entityType, filter.entityId, filter.page, filter.size],
    queryFn: () => getAudit(filter),
    placeholderData: keepPreviousData,
    // Any feature's save adds to a history: read it afresh whenever a page shows it.
    staleTime: 0,
  });

export function useAudit(filter: AuditFilter) {
  return useQuery(auditQueryOptions(filter));
}
