import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { useI18n } from '@/lib/i18n';

/** The numbers of a chart as a table, folded under it (always in the page for screen readers). */
export function TextAlternative({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Box component="details" mt="xs">
      <Text component="summary" size="sm" c="blue" style={{ cursor: 'pointer' }}>
        {t.dashboard.showTable}
      </Text>
      <Box mt="xs" style={{ overflowX: 'auto' }}>
        {children}
      </Box>
    </Box>
  );
}
