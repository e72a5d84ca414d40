import { Badge, Stack, Text } from '@mantine/core';

import { useConventionsText } from '@/lib/i18n/conventions';
import { formatDate } from '@/utils/dates';

import { standingColors, statusColors, type Convention, type ConventionStanding, type ConventionStatus } from '../api/types';

// Long Vietnamese labels wrap instead of being cut off on a phone.
const badgeStyles = {
  root: { flexShrink: 0, height: 'auto', lineHeight: 1.35, textTransform: 'none', paddingBlock: 3, maxWidth: '100%' },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

export function ConventionStatusBadge({ status }: { status: ConventionStatus }) {
  const w = useConventionsText();
  return (
    <Badge color={statusColors[status]} variant="light" styles={badgeStyles}>
      {w.statuses[status]}
    </Badge>
  );
}

export function StandingBadge({ standing }: { standing: ConventionStanding }) {
  const w = useConventionsText();
  return (
    <Badge color={standingColors[standing]} variant={standing === 'NOT_REVIEWED' ? 'outline' : 'light'} styles={badgeStyles}>
      {w.standings[standing]}
    </Badge>
  );
}

/** The standing the latest review gives a convention, with that review's day. */
export function LatestStanding({ convention }: { convention: Pick<Convention, 'standing' | 'latestReview'> }) {
  const w = useConventionsText();
  return (
    <Stack gap={2} align="flex-start">
      <StandingBadge standing={convention.standing} />
      {convention.latestReview ? (
        <Text size="xs" c="dimmed">
          {w.reviewedOn(formatDate(convention.latestReview.reviewedOn))}
        </Text>
      ) : null}
    </Stack>
  );
}
