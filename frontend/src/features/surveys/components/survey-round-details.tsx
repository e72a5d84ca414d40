import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { WithdrawButton } from '@/components/ui/withdraw-dialog';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { useCommunes } from '@/lib/reference-data';
import { formatDate } from '@/utils/dates';

import { useDeleteSurveyRound } from '../api/delete-survey-round';
import { useSurveyRound } from '../api/get-survey-round';
import { measureSummary } from '../utils/results';

import { KindBadge } from './kind-badge';
import { SurveyImportPanel } from './survey-import';
import { SurveyResultsTable } from './survey-results-table';

/** A survey round: what, when and how it measured; its results by group and sex; the file import for the commune's runners. */
export function SurveyRoundDetails({ roundId }: { roundId: number }) {
  const { t } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const round = useSurveyRound(roundId);
  const communes = useCommunes();
  const remove = useDeleteSurveyRound();
  const navigate = useNavigate();

  if (round.isPending) return <TableSkeleton rows={8} />;
  if (round.isError) {
    if (round.error instanceof ApiError && round.error.status === 404) return <Alert color="yellow">{s.notFound}</Alert>;
    return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  }

  const r = round.data;
  const canManage = canManageCommuneRecords(me) && me.communeCode === r.communeCode;
  const communeName = communes.data?.find((c) => c.code === r.communeCode)?.name ?? r.communeCode;
  const rows: [string, ReactNode][] = [
    ...(me.communeCode ? [] : ([[s.commune, communeName]] as [string, ReactNode][])),
    [s.conductedOn, formatDate(r.conductedOn)],
    [s.yearField, String(r.year)],
    [s.kind, <KindBadge key="kind" baseline={r.baseline} />],
    [s.method, <Text key="method" size="sm" style={{ whiteSpace: 'pre-line' }}>{r.method}</Text>],
    [
      s.measure,
      <Stack key="measure" gap={2}>
        <Text size="sm">{s.measures[r.measure]}</Text>
        <Text size="sm" c="dimmed">
          {measureSummary(r, s)}
        </Text>
      </Stack>,
    ],
  ];

  return (
    <Stack gap="lg">
      <div>
        <PageHeader
          title={r.name}
          subtitle={s.detailSubtitle}
          actions={
            canManage ? (
              <Group gap="xs">
                <Button component={Link} to={paths.surveyEdit(r.id)}>
                  {t.common.edit}
                </Button>
                <WithdrawButton
                  what={s.withdrawWhat(r.name)}
                  onWithdraw={(reason) => remove.mutateAsync({ id: r.id, version: r.version, reason })}
                  onWithdrawn={() => void navigate(paths.surveys)}
                />
              </Group>
            ) : null
          }
        />
        <DetailsTable rows={rows} label={s.detailsLabel} />
      </div>
      <Stack gap="xs" component="section" aria-labelledby="survey-results-title">
        <Title order={3} fz="lg" id="survey-results-title">
          {s.resultsTitle}
        </Title>
        {r.results.length === 0 ? (
          <Alert color="gray" variant="light">
            {s.noResultsYet} {canManage ? s.noResultsWriter : null}
          </Alert>
        ) : (
          <SurveyResultsTable round={r} />
        )}
      </Stack>
      {canManage ? <SurveyImportPanel round={r} /> : null}
    </Stack>
  );
}
