import { Badge, Text } from '@mantine/core';

import { useSurveysText } from '@/lib/i18n/surveys';

/** Baseline (the round of the year before the plan, which target 3 compares with) or a later, follow-up round. */
export function KindBadge({ baseline }: { baseline: boolean }) {
  const s = useSurveysText();
  return (
    <Badge color={baseline ? 'grape' : 'indigo'} variant="light" tt="none">
      {baseline ? s.kinds.baseline : s.kinds.followUp}
    </Badge>
  );
}

/** The same, as plain text for a table cell (a badge's label is cut short in a narrow column). */
export function KindText({ baseline }: { baseline: boolean }) {
  const s = useSurveysText();
  return (
    <Text size="sm" fw={600} c={baseline ? 'grape.8' : 'indigo.8'} style={{ whiteSpace: 'nowrap' }}>
      {baseline ? s.kindsShort.baseline : s.kindsShort.followUp}
    </Text>
  );
}
