import { Box, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { useIndicatorsText } from '@/lib/i18n/indicators';

/** The numbers of a chart as a table, folded under it (always in the page for screen readers). */
export function TextAlternative({ children }: { children: ReactNode }) {
  const w = useIndicatorsText();
  return (
    <Box component="details" mt="xs">
      <Text component="summary" size="sm" c="blue" style={{ cursor: 'pointer' }}>
        {w.dashboard.showTable}
      </Text>
      <Box mt="xs" style={{ overflowX: 'auto' }}>
        {children}
      </Box>
    </Box>
  );
}
