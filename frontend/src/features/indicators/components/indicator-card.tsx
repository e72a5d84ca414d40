import { Anchor, Card, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';

import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { formatNumber } from '@/utils/numbers';

import type { Indicator } from '../api/types';

import { formatDetail, formatMeasure } from './format';
import { StatusBadge } from './status-badge';

/** One target of the year: its value against the year's target, how it is computed, what is behind it. */
export function IndicatorCard({ indicator, recordsLink }: { indicator: Indicator; recordsLink: string }) {
  const { t, language } = useI18n();
  const w = useIndicatorsText();
  const name = t.targetNumber(indicator.target);
  const headingId = `indicator-${indicator.target}`;
  const title = language === 'vi' ? indicator.titleVi : indicator.titleEn;
  const formula = language === 'vi' ? indicator.formulaVi : indicator.formulaEn;
  return (
    <Card withBorder component="article" aria-labelledby={headingId} data-testid="indicator-card">
      <Stack gap={6} h="100%">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Text id={headingId} fw={700}>
            {name}
          </Text>
          <StatusBadge status={indicator.status} />
        </Group>
        <Text size="sm">{title}</Text>
        <Text fz={28} fw={700} lh={1.1} data-testid="indicator-value">
          {formatMeasure(indicator.value, indicator.unit)}
        </Text>
        <Text size="sm">
          {indicator.targetValue === null ? w.dashboard.noTargetValue : w.dashboard.targetValue(formatMeasure(indicator.targetValue, indicator.unit))}
        </Text>
        {indicator.numerator !== null && indicator.denominator !== null ? (
          <Text size="sm" c="dimmed">
            {w.dashboard.counted}: {w.dashboard.fraction(formatNumber(indicator.numerator), formatNumber(indicator.denominator))}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          <Text span inherit fw={600}>
            {w.dashboard.formula}:
          </Text>{' '}
          {formula}
        </Text>
        {indicator.details.length > 0 ? (
          <List size="xs" spacing={2}>
            {indicator.details.map((detail) => (
              <List.Item key={detail.key}>
                {language === 'vi' ? detail.labelVi : detail.labelEn}:{' '}
                {formatDetail(detail.value, detail.note, indicator.unit)}
                {detail.note ? (
                  <Text span inherit c="dimmed">
                    {detail.value === null ? detail.note : ` (${detail.note})`}
                  </Text>
                ) : null}
              </List.Item>
            ))}
          </List>
        ) : null}
        <Anchor component={Link} to={recordsLink} size="sm" mt="auto" aria-label={w.dashboard.seeRecordsOf(name)}>
          {w.dashboard.seeRecords}
        </Anchor>
      </Stack>
    </Card>
  );
}
