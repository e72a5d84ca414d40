import { Paper, SimpleGrid, Text } from '@mantine/core';

import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/numbers';

import type { SessionTotals } from '../api/types';

/** Figures of a set of sessions, as cards: sessions, participants by sex, ethnic minority, units. */
export function TotalsCards({ totals, label }: { totals: SessionTotals; label: string }) {
  const { t } = useI18n();
  const figures: [string, number][] = [
    [t.sessions.totalSessions, totals.sessions],
    [t.sessions.totalParticipants, totals.participantsTotal],
    [t.sessions.totalMale, totals.participantsMale],
    [t.sessions.totalFemale, totals.participantsFemale],
    [t.sessions.totalEthnic, totals.ethnicMinorityParticipants],
    [t.sessions.totalUnits, totals.units],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="xs" role="group" aria-label={label}>
      {figures.map(([name, value]) => (
        <Paper key={name} withBorder p="xs" radius="md">
          <Text size="xs" c="dimmed">
            {name}
          </Text>
          <Text fw={700} fz="lg">
            {formatNumber(value)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
