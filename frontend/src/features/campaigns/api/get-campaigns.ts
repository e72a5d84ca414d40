import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { Campaign, CampaignOccasion, CampaignSort } from './types';

export interface CampaignsFilter {
  year?: number;
  /** With `to`: the campaigns overlapping [from, to], as a calendar shows them. */
  from?: string;
  to?: string;
  communeCode?: string;
  occasion?: CampaignOccasion;
  page: number;
  size: number;
  sort: CampaignSort;
}

export async function getCampaigns(filter: CampaignsFilter): Promise<Page<Campaign>> {
  return unwrap(await api.GET('/api/v1/campaigns', { params: { query: filter } })) as Page<Campaign>;
}

export const campaignsQueryOptions = (filter: CampaignsFilter) =>
  queryOptions({
    queryKey: ['campaigns', 'list', filter],
    queryFn: () => getCampaigns(filter),
    placeholderData: keepPreviousData,
  });

export function useCampaigns(filter: CampaignsFilter) {
  return useQuery(campaignsQueryOptions(filter));
}
