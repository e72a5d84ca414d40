import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page, type Schemas } from '@/lib/api';
import type { Language } from '@/lib/i18n';

import { fetchAllPages } from './fetch-all';

// The commune's lists (topics, formats, audience groups, languages, funding sources): shared items
// plus the commune's own. Sessions pick from them; the catalogue page maintains them.
export type ReferenceItem = Schemas['ReferenceItemView'];
export type ReferenceKind = ReferenceItem['kind'];

export const referenceKinds = [
  'TOPIC',
  'FORMAT',
  'AUDIENCE_GROUP',
  'LANGUAGE',
  'FUNDING_SOURCE',
] as const satisfies readonly ReferenceKind[];

export function getReferenceItems(kind: ReferenceKind, includeInactive = false): Promise<ReferenceItem[]> {
  return fetchAllPages(
    async (page, size) =>
      unwrap(
        await api.GET('/api/v1/reference-items', { params: { query: { kind, includeInactive, page, size } } }),
      ) as Page<ReferenceItem>,
  );
}

export const referenceItemsQueryOptions = (kind: ReferenceKind, includeInactive = false) =>
  queryOptions({
    queryKey: ['reference-items', kind, { includeInactive }],
    queryFn: () => getReferenceItems(kind, includeInactive),
    staleTime: 10 * 60_000,
  });

export function useReferenceItems(kind: ReferenceKind, includeInactive = false) {
  return useQuery(referenceItemsQueryOptions(kind, includeInactive));
}

/** An item's name in the UI language (items and RefLabels both carry labelVi and labelEn). */
export function referenceLabel(item: { labelVi: string; labelEn: string }, language: Language): string {
  return language === 'en' && item.labelEn ? item.labelEn : item.labelVi;
}
