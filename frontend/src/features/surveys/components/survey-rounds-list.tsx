import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { communeOptions, referenceLabel, useCommunes, useProgrammePeriod } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useSurveyRounds, type SurveyRoundsFilter } from '../api/get-survey-rounds';
import type { SurveyRound } from '../api/types';
import { combine, formatScore, formatShare, measureSummary, shareAware } from '../utils/results';

import { KindText } from './kind-badge';

export const SURVEY_ROUNDS_PAGE_SIZE = 20;

/** The list's filters live in the address bar (year, commune for province users, page): links and back/forward keep them. */
function useSurveyRoundsFilter() {
  const { params, update, clear } = useUrlState();
  const year = Number(params.get('year'));
  const filter: SurveyRoundsFilter = {
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    communeCode: /^\d{5}$/.test(params.get('commune') ?? '') ? (params.get('commune') ?? undefined) : undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: SURVEY_ROUNDS_PAGE_SIZE,
  };
  const filtered = [...params.keys()].some((key) => key !== 'page');
  return { filter, update, clear, filtered };
}

function Overall({ round }: { round: SurveyRound }) {
  const s = useSurveysText();
  if (round.results.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {s.noResults}
      </Text>
    );
  }
  const total = combine(round.results);
  if (round.measure === 'THRESHOLD') {
    const share = shareAware(total);
    return <>{share === null ? '—' : s.overallShare(formatShare(share))}</>;
  }
  return (
    <>
      {total.meanScore === null
        ? '—'
        : s.overallMean(formatScore(total.meanScore), round.scaleMax === null ? null : formatScore(round.scaleMax))}
    </>
  );
}

/** The commune's survey rounds (a province user's: every commune's), the latest first. */
export function SurveyRoundsList() {
  const { t, language } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const { filter, update, clear, filtered } = useSurveyRoundsFilter();
  const seesManyCommunes = !me.communeCode;
  const communes = useCommunes();
  const rounds = useSurveyRounds(filter);
  // The baseline year, then the programme's years, from the plans (the chosen commune's).
  const period = useProgrammePeriod(filter.communeCode);
  const baselineYear = period?.fromPlan ? period.baselineYear : undefined;
  const planYears = period ? period.indicatorYears : [];
  // A year asked in the address bar outside them stays a choice.
  const surveyYears = filter.year === undefined || planYears.includes(filter.year) ? planYears : [...planYears, filter.year].sort();
  const page = rounds.data;
  const communeName = (code: string) => communes.data?.find((c) => c.code === code)?.name ?? code;
  const mayWrite = canManageCommuneRecords(me);

  return (
    <Stack gap="md">
      <PageHeader
        title={s.title}
        subtitle={s.subtitle}
        actions={
          mayWrite ? (
            <Button component={Link} to={paths.surveyNew}>
              {s.create}
            </Button>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm" role="group" aria-label={s.filters}>
        <Select
          label={s.year}
          data={[{ value: 'all', label: s.allYears }, ...surveyYears.map((y) => ({ value: String(y), label: String(y) }))]}
          value={filter.year === undefined ? 'all' : String(filter.year)}
          onChange={(value) => update({ year: value && value !== 'all' ? value : null })}
          allowDeselect={false}
        />
        {seesManyCommunes ? (
          <Select
            label={s.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={filter.communeCode ?? null}
            onChange={(value) => update({ commune: value })}
            clearable
            searchable
          />
        ) : null}
      </SimpleGrid>
      {filtered ? (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {s.clearFilters}
          </Button>
        </Group>
      ) : null}

      {rounds.isPending ? (
        <TableSkeleton />
      ) : rounds.isError ? (
        <ErrorAlert error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyResult title={s.empty}>{mayWrite && !filtered ? s.emptyHint(baselineYear) : null}</EmptyResult>
      ) : page ? (
        <>
          <Table.ScrollContainer minWidth={seesManyCommunes ? 1080 : 960}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-busy={rounds.isFetching} aria-label={s.tableLabel}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{s.conductedOn}</Table.Th>
                  <Table.Th>{s.name}</Table.Th>
                  {seesManyCommunes ? <Table.Th>{s.commune}</Table.Th> : null}
                  <Table.Th>{s.kind}</Table.Th>
                  <Table.Th>{s.method}</Table.Th>
                  <Table.Th>{s.groups}</Table.Th>
                  <Table.Th>{s.measure}</Table.Th>
                  <Table.Th ta="right">{s.respondents}</Table.Th>
                  <Table.Th ta="right">{s.overall}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((round) => {
                  const groups = [...new Map(round.results.map((r) => [r.groupId, r])).values()];
                  return (
                    <Table.Tr key={round.id}>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(round.conductedOn)}</Table.Td>
                      <Table.Td>
                        <Anchor component={Link} to={paths.survey(round.id)} fw={500}>
                          {round.name}
                        </Anchor>
                      </Table.Td>
                      {seesManyCommunes ? <Table.Td>{communeName(round.communeCode)}</Table.Td> : null}
                      <Table.Td>
                        <KindText baseline={round.baseline} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" lineClamp={2} title={round.method}>
                          {round.method}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        {groups.length === 0
                          ? t.common.none
                          : groups.map((r) => referenceLabel({ labelVi: r.groupLabelVi, labelEn: r.groupLabelEn }, language)).join('; ')}
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{measureSummary(round, s)}</Text>
                      </Table.Td>
                      <Table.Td ta="right">
                        {round.results.length === 0 ? t.common.none : formatNumber(combine(round.results).respondents)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        <Overall round={round} />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={page} label={s.tableLabel} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      ) : null}
    </Stack>
  );
}
