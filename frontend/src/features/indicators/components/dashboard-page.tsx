import { SimpleGrid, Stack, Title } from '@mantine/core';
import { useCallback } from 'react';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import type { ProgrammePeriod } from '@/lib/reference-data';
import type { UrlChanges } from '@/lib/url-state';

import { useDashboard } from '../api/get-dashboard';
import type { TargetNumber } from '../api/types';

import { IndicatorCard } from './indicator-card';
import { ParticipantsSection } from './participants-section';
import { TrendSection } from './trend-section';
import { UnitsSection } from './units-section';
import { useYearAndArea } from './use-year-and-area';
import { WarningsSection } from './warnings-section';
import { YearAreaFilters } from './year-area-filters';

function query(entries: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(entries)) if (value !== undefined) params.set(key, String(value));
  return params.toString();
}

/** The overview: the five targets of a year with how they are computed, trend, units, participants, warnings. */
export function DashboardPage() {
  const { t } = useI18n();
  const w = useIndicatorsText();
  const me = useMe();
  const { year, period, communeCode, update } = useYearAndArea();
  if (!period || year === undefined) {
    // The plans first: their period gives the years, and no figures are asked for a year it would change.
    return (
      <Stack gap="md">
        <PageHeader title={w.dashboard.welcome(me.displayName || me.username)} subtitle={t.common.programme(undefined)} />
        <TableSkeleton />
      </Stack>
    );
  }
  return <DashboardOfYear year={year} period={period} communeCode={communeCode} update={update} />;
}

function DashboardOfYear({ year, period, communeCode, update }: {
  year: number;
  period: ProgrammePeriod;
  communeCode: string | undefined;
  update: (changes: UrlChanges) => void;
}) {
  const { t } = useI18n();
  const w = useIndicatorsText();
  const me = useMe();
  const dashboard = useDashboard({ year, communeCode });
  const data = dashboard.data;

  const recordsLink = useCallback(
    (target: TargetNumber, forYear: number = year) =>
      `${paths.target(target)}?${query({ year: forYear, commune: communeCode, counted: target === 1 ? 'false' : undefined })}`,
    [year, communeCode],
  );
  const sessionsLink = useCallback(
    (audienceGroupId?: number) => `${paths.sessions}?${query({ year, commune: communeCode, audience: audienceGroupId })}`,
    [year, communeCode],
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={w.dashboard.welcome(me.displayName || me.username)}
        subtitle={data ? w.dashboard.subtitle(data.area.name, data.year) : t.common.programme(period.span)}
        actions={<YearAreaFilters year={year} years={period.indicatorYears} communeCode={communeCode} onChange={update} />}
      />
      {dashboard.isPending ? (
        <TableSkeleton />
      ) : dashboard.isError ? (
        <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : (
        <>
          <section aria-labelledby="targets-title">
            <Title order={3} fz="md" id="targets-title" mb="xs">
              {w.dashboard.targetsTitle}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3, xl: 5 }} spacing="md">
              {dashboard.data.indicators.map((indicator) => (
                <IndicatorCard key={indicator.target} indicator={indicator} recordsLink={recordsLink(indicator.target as TargetNumber)} />
              ))}
            </SimpleGrid>
          </section>
          <WarningsSection warnings={dashboard.data.warnings} />
          <TrendSection years={period.indicatorYears} named={period.fromPlan} trend={dashboard.data.trend} indicators={dashboard.data.indicators} recordsLink={recordsLink} />
          <UnitsSection units={dashboard.data.units} />
          <ParticipantsSection participants={dashboard.data.participants} sessionsLink={sessionsLink} />
        </>
      )}
    </Stack>
  );
}
