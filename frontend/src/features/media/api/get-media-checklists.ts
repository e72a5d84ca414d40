import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { MediaChecklist, MediaChecklistPage } from './types';

/** A page of the checklist's versions, the newest first. */
export async function getMediaChecklists(page: number, size: number): Promise<MediaChecklistPage> {
  return unwrap(await api.GET('/api/v1/media-checklists', { params: { query: { page, size } } })) as MediaChecklistPage;
}

export async function getMediaChecklist(version: number): Promise<MediaChecklist> {
  return unwrap(
    await api.GET('/api/v1/media-checklists/{version}', { params: { path: { version } } }),
  ) as MediaChecklist;
}

export const mediaChecklistsQueryOptions = (page: number, size: number) =>
  queryOptions({
    queryKey: ['media-checklists', 'list', { page, size }],
    queryFn: () => getMediaChecklists(page, size),
    placeholderData: keepPreviousData,
  });

export function useMediaChecklists(page: number, size: number) {
  return useQuery(mediaChecklistsQueryOptions(page, size));
}

/** The current version is the newest one: the first of the list. Null while there is none. */
export const currentChecklistQueryOptions = () =>
  queryOptions({
    queryKey: ['media-checklists', 'current'],
    queryFn: async () => (await getMediaChecklists(0, 1)).items[0] ?? null,
    staleTime: 60_000,
  });

export function useCurrentChecklist() {
  return useQuery(currentChecklistQueryOptions());
}

// A published version is never edited, so once read it never goes stale.
export const mediaChecklistQueryOptions = (version: number) =>
  queryOptions({
    queryKey: ['media-checklists', 'version', version],
    queryFn: () => getMediaChecklist(version),
    staleTime: Number.POSITIVE_INFINITY,
  });

export function useMediaChecklist(version: number | null) {
  return useQuery({ ...mediaChecklistQueryOptions(version ?? 0), enabled: version !== null });
}
