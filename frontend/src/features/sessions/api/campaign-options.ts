import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { Campaign } from './types';

// The campaigns a session can belong to: those of one year, for the form's and the filter's select.
const SIZE = 100;

export async function getCampaignOptions(year: number, communeCode?: string): Promise<Campaign[]> {
  const result = unwrap(
    await api.GET('/api/v1/campaigns', { params: { query: { year, communeCode, page: 0, size: SIZE, sort: 'startDate' } } }),
  ) as Page<Campaign>;
  return result.items;
}

export const campaignOptionsQueryOptions = (year: number, communeCode?: string) =>
  queryOptions({
    queryKey: ['campaigns', 'list', 'options', year, communeCode ?? null],
    queryFn: () => getCampaignOptions(year, communeCode),
    staleTime: 5 * 60_000,
  });

export function useCampaignOptions(year: number | undefined, communeCode?: string) {
  return useQuery({ ...campaignOptionsQueryOptions(year ?? 0, communeCode), enabled: year !== undefined });
}
