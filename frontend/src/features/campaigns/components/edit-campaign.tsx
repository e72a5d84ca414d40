import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';

import { campaignToFormValues } from '../api/campaign-form-schema';
import { useCampaign } from '../api/get-campaign';
import { useUpdateCampaign } from '../api/save-campaign';
import type { Campaign } from '../api/types';

import { CampaignForm } from './campaign-form';

export function EditCampaign({ campaignId, onSaved, onCancel }: {
  campaignId: number;
  onSaved: (campaign: Campaign) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const campaign = useCampaign(campaignId);
  const update = useUpdateCampaign();

  if (campaign.isPending) return <TableSkeleton rows={8} />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) {
      return <Alert color="yellow">{t.campaigns.notFound}</Alert>;
    }
    return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }
  const current = campaign.data;
  return (
    <CampaignForm
      key={current.version}
      initialValues={campaignToFormValues(current)}
      onSubmit={async (values) => onSaved(await update.mutateAsync({ id: current.id, version: current.version, values }))}
      onCancel={onCancel}
      onReload={() => void campaign.refetch()}
    />
  );
}
