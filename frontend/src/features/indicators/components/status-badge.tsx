import { Badge } from '@mantine/core';

import { useIndicatorsText } from '@/lib/i18n/indicators';

import { statusColors, type IndicatorStatus } from '../api/types';

export function StatusBadge({ status }: { status: IndicatorStatus }) {
  const w = useIndicatorsText();
  return (
    <Badge color={statusColors[status]} variant="light">
      {w.indicatorStatus[status]}
    </Badge>
  );
}
