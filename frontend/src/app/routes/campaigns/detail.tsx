import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { CampaignDetails } from '@/features/campaigns';
import { CampaignSessions } from '@/features/sessions';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** A campaign's page: its details (campaigns), its sessions and their totals (sessions), its history (audit). */
export default function CampaignDetailRoute() {
  const { t } = useI18n();
  const me = useMe();
  const id = Number(useParams().campaignId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.campaigns.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <CampaignDetails campaignId={id} />
      </div>
      <CampaignSessions campaignId={id} />
      {canSeeHistory(me) ? <RecordHistory entityType="CAMPAIGN" entityId={id} /> : null}
    </Stack>
  );
}
