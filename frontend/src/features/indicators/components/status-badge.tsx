import { Badge } from '@mantine/core';

import { useI18n } from '@/lib/i18n';

import { statusColors, type IndicatorStatus } from '../api/types';

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const { t } = useI18n();
  return (
    <Badge color={statusColors[status]} variant="light">
      {t.indicatorStatus[status]}
    </Badge>
  );
}
