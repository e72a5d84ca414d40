import { Badge } from '@mantine/core';

import { useI18n } from '@/lib/i18n';

import { statusColors, type CampaignStatus } from '../api/types';

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColors[status]} variant="light" style={{ flexShrink: 0, overflow: 'visible' }}>
      {t.campaignStatuses[status]}
    </Badge>
  );
}
