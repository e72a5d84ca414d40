import { Anchor, Card, SegmentedControl, Table, Title } from '@mantine/core';
import type { ChartConfiguration } from 'chart.js';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';

import { targetNumbers, type Indicator, type TargetNumber, type TrendPoint } from '../api/types';

import { ChartCanvas } from './chart-canvas';
import { formatMeasure } from './format';
import { StatusBadge } from './status-badge';
import { TextAlternative } from './text-alternative';

/** Each target's value and yearly target from the plan's baseline year to its last: one target's chart at a time, all in the table. */
export function TrendSection({
  years,
  named,
  trend,
  indicators,
  recordsLink,
}: {
  /** The plan's baseline year … last year. */
  years: readonly number[];
  /** False without a plan: the years are then not named as the programme's trend. */
  named: boolean;
  trend: TrendPoint[];
  indicators: Indicator[];
  recordsLink: (target: TargetNumber, year: number) => string;
}) {
  const { t } = useI18n();
  const w = useIndicatorsText();
  const navigate = useNavigate();
  const [target, setTarget] = useState<TargetNumber>(1);
  const unitOf = (n: number) => indicators.find((i) => i.target === n)?.unit ?? '';
  const point = (n: number, year: number) => trend.find((p) => p.target === n && p.year === year);

  const config = useMemo<ChartConfiguration>(() => {
    const points = years.map((year) => trend.find((p) => p.target === target && p.year === year));
    return {
      type: 'line',
      data: {
        labels: years.map(String),
        datasets: [
          { label: w.dashboard.value, data: points.map((p) => p?.value ?? null), borderColor: '#1c7ed6', backgroundColor: '#1c7ed6' },
          {
            label: w.dashboard.target,
            data: points.map((p) => p?.targetValue ?? null),
            borderColor: '#868e96',
            backgroundColor: '#868e96',
            borderDash: [6, 4],
          },
        ],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true } },
        onClick: (_event, elements) => {
          const index = elements[0]?.index;
          const year = index === undefined ? undefined : years[index];
          if (year) void navigate(recordsLink(target, year));
        },
      },
    };
  }, [years, trend, target, w, navigate, recordsLink]);

  const name = t.targetNumber(target);
  const span = named && years.length > 0 ? { first: years[0]!, last: years[years.length - 1]! } : undefined;
  return (
    <Card withBorder component="section" aria-labelledby="trend-title">
      <Title order={3} fz="md" id="trend-title" mb="xs">
        {w.dashboard.trendTitle(span)}
      </Title>
      <SegmentedControl
        size="xs"
        mb="sm"
        value={String(target)}
        onChange={(value) => setTarget(Number(value) as TargetNumber)}
        data={targetNumbers.map((n) => ({ value: String(n), label: t.targetNumber(n) }))}
      />
      <ChartCanvas config={config} label={w.dashboard.trendChart(name, span)} />
      <TextAlternative>
        <Table striped withTableBorder fz="sm" aria-label={w.dashboard.trendTable}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{w.indicatorRecords.chooseTarget}</Table.Th>
              {years.map((year) => (
                <Table.Th scope="col" key={year}>
                  {year}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {targetNumbers.map((n) => (
              <Table.Tr key={n}>
                <Table.Th scope="row">{t.targetNumber(n)}</Table.Th>
                {years.map((year) => {
                  const p = point(n, year);
                  return (
                    <Table.Td key={year}>
                      <Anchor component={Link} to={recordsLink(n, year)} size="sm">
                        {formatMeasure(p?.value, unitOf(n))}
                      </Anchor>
                      <div>
                        {w.dashboard.target}: {formatMeasure(p?.targetValue, unitOf(n))}
                      </div>
                      {p ? <StatusBadge status={p.status} /> : null}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TextAlternative>
    </Card>
  );
}
