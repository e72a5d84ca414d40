import { keepPreviousData, queryOptions, useMutation, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Schemas } from '@/lib/api';
import { saveBlob } from '@/utils/download';

export type Comparison = Schemas['ComparisonView'];
export type CommuneRow = Schemas['CommuneRow'];
export type TargetCell = Schemas['TargetCell'];

/** Every commune of the caller's province side by side for a year (the server decides the province). */
export async function getComparison(year: number): Promise<Comparison> {
  return unwrap(await api.GET('/api/v1/comparison', { params: { query: { year } } })) as Comparison;
}

export const comparisonQueryOptions = (year: number) =>
  queryOptions({ queryKey: ['comparison', year], queryFn: () => getComparison(year), placeholderData: keepPreviousData });

export function useComparison(year: number | undefined) {
  return useQuery({ ...comparisonQueryOptions(year ?? 0), enabled: year !== undefined });
}

/** so-sanh-cac-xa-12-2026.xlsx: the same rows as a spreadsheet, fetched with the bearer token. */
export async function exportComparison(input: { year: number; provinceCode: string }): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/comparison/export', { params: { query: { year: input.year } }, parseAs: 'blob' }),
  ) as Blob;
  saveBlob(blob, `so-sanh-cac-xa-${input.provinceCode}-${input.year}.xlsx`);
}

export function useExportComparison() {
  return useMutation({ mutationFn: exportComparison });
}

/** The province's commune boundaries (GeoJSON, served beside the SPA), fetched only when the map is shown. */
export interface Boundaries {
  features: { properties: { code: string; name: string }; geometry: { type: string; coordinates: unknown } }[];
}

export function useBoundaries(provinceCode: string) {
  return useQuery({
    queryKey: ['boundaries', provinceCode],
    queryFn: async (): Promise<Boundaries | null> => {
      const response = await fetch(new URL(`/maps/${encodeURIComponent(provinceCode)}.json`, window.location.origin));
      if (response.status === 404) return null;
      if (!response.ok || !(response.headers.get('Content-Type') ?? '').includes('json')) return null;
      return (await response.json()) as Boundaries;
    },
    staleTime: Infinity,
  });
}
