import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { campaignQueryOptions } from './get-campaign';
import type { Campaign, CampaignOccasion, CampaignProposal } from './types';

/** The plan's four recurring peaks of a year, each marked confirmed once it became a campaign. */
export async function getProposals(year: number): Promise<CampaignProposal[]> {
  return unwrap(await api.GET('/api/v1/campaigns/proposals', { params: { query: { year } } })) as CampaignProposal[];
}

export const proposalsQueryOptions = (year: number) =>
  queryOptions({
    queryKey: ['campaigns', 'proposals', year],
    queryFn: () => getProposals(year),
  });

export function useProposals(year: number, enabled = true) {
  return useQuery({ ...proposalsQueryOptions(year), enabled });
}

/**
 * Turns a proposal into a campaign. Confirming one that already is answers with the existing
 * campaign (the server never makes a second one), so the UI only has to refresh.
 */
export async function confirmProposal(input: { year: number; occasion: CampaignOccasion }): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns/proposals/confirm', { body: input })) as Campaign;
}

export function useConfirmProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmProposal,
    onSuccess: (campaign) => {
      queryClient.setQueryData(campaignQueryOptions(campaign.id).queryKey, campaign);
      return invalidateAfterRecordChange(queryClient, ['campaigns']);
    },
  });
}
