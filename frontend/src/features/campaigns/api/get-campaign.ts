import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { Campaign } from './types';

export async function getCampaign(id: number): Promise<Campaign> {
  return unwrap(await api.GET('/api/v1/campaigns/{id}', { params: { path: { id } } })) as Campaign;
}

export const campaignQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['campaigns', 'detail', id],
    queryFn: () => getCampaign(id),
  });

export function useCampaign(id: number) {
  return useQuery(campaignQueryOptions(id));
}
