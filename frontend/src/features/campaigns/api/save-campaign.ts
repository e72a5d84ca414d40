import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { toCampaignRequest, type CampaignFormValues } from './campaign-form-schema';
import { campaignQueryOptions } from './get-campaign';
import type { Campaign } from './types';

export async function createCampaign(values: CampaignFormValues): Promise<Campaign> {
  return unwrap(await api.POST('/api/v1/campaigns', { body: toCampaignRequest(values) })) as Campaign;
}

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateCampaign(input: { id: number; version: number; values: CampaignFormValues }): Promise<Campaign> {
  return unwrap(
    await api.PUT('/api/v1/campaigns/{id}', {
      params: { path: { id: input.id } },
      body: toCampaignRequest(input.values, input.version),
    }),
  ) as Campaign;
}

function useOnCampaignSaved() {
  const queryClient = useQueryClient();
  return (campaign: Campaign) => {
    queryClient.setQueryData(campaignQueryOptions(campaign.id).queryKey, campaign);
    // Lists, calendars, the session form's options and proposals (a confirmed peak links to its
    // campaign) all change, and so may the figures.
    return invalidateAfterRecordChange(queryClient, ['campaigns']);
  };
}

export function useCreateCampaign() {
  const onSaved = useOnCampaignSaved();
  return useMutation({ mutationFn: createCampaign, onSuccess: onSaved });
}

export function useUpdateCampaign() {
  const onSaved = useOnCampaignSaved();
  return useMutation({ mutationFn: updateCampaign, onSuccess: onSaved });
}
