import { Skeleton, Stack } from '@mantine/core';

import { useI18n } from '@/lib/i18n';

export function TableSkeleton({ rows = 6 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t.common.loading} role="status">
      <Skeleton height={36} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Stack>
  );
}
