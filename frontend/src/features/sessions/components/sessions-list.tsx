import { Alert, Button, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { DateField } from '@/components/form';
import { Link } from 'react-router';

import { ErrorAlert, errorMessage } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import {
  communeOptions,
  referenceLabel,
  useCommunes,
  useProgrammePeriod,
  useReferenceItems,
  useUnitOptions,
  useVillageOptions,
  type ReferenceKind,
} from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { isIsoDate, todayIso } from '@/utils/dates';

import { useCampaignOptions } from '../api/campaign-options';
import { useExportSessions } from '../api/export-sessions';
import { useSessions, type SessionsCriteria, type SessionsFilter } from '../api/get-sessions';
import type { ExportFormat } from '../api/types';

import { TotalsCards } from './session-totals';
import { SessionsTable } from './sessions-table';

export const SESSIONS_PAGE_SIZE = 20;

// Address-bar names of the id filters.
const idParams = {
  unitId: 'unit',
  campaignId: 'campaign',
  villageId: 'village',
  formatId: 'format',
  topicId: 'topic',
  audienceGroupId: 'audience',
} as const;

const positiveId = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The list's filters live in the address bar: back/forward and shared links keep them. */
function useSessionsCriteria() {
  const { params, update, clear } = useUrlState();
  const thisYear = Number(todayIso().slice(0, 4));
  const yearParam = params.get('year');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  // A period (from/to) replaces the year; without either, the list shows this year.
  const year = yearParam === 'all' || from || to ? undefined : (positiveId(yearParam) ?? thisYear);
  const criteria: SessionsCriteria = {
    year,
    from: isIsoDate(from) ? from : undefined,
    to: isIsoDate(to) ? to : undefined,
    communeCode: params.get('commune') ?? undefined,
  };
  for (const [key, param] of Object.entries(idParams) as [keyof typeof idParams, string][]) {
    criteria[key] = positiveId(params.get(param));
  }
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const filtered = [...params.keys()].some((key) => key !== 'page');
  return { criteria, page, yearChoice: yearParam === 'all' || from || to ? 'all' : String(year), from, to, update, clear, filtered };
}

function useReferenceFilterOptions(kind: ReferenceKind) {
  const { language } = useI18n();
  const items = useReferenceItems(kind, true);
  return (items.data ?? []).map((item) => ({ value: String(item.id), label: referenceLabel(item, language) }));
}

function ExportButtons({ criteria }: { criteria: SessionsCriteria }) {
  const { t } = useI18n();
  const exporter = useExportSessions();
  const run = (format: ExportFormat) => exporter.mutate({ criteria, format });
  const pendingFormat = exporter.isPending ? exporter.variables?.format : undefined;
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button variant="default" onClick={() => run('csv')} loading={pendingFormat === 'csv'} disabled={exporter.isPending}>
          {t.sessions.exportCsv}
        </Button>
        <Button variant="default" onClick={() => run('xlsx')} loading={pendingFormat === 'xlsx'} disabled={exporter.isPending}>
          {t.sessions.exportXlsx}
        </Button>
      </Group>
      {exporter.isError ? (
        <Alert color="red" role="alert" p="xs" title={t.sessions.exportFailed}>
          {errorMessage(exporter.error, t)}
        </Alert>
      ) : null}
    </Stack>
  );
}

/** Sessions filtered by period, unit, campaign, place, format, topic and audience; totals; export. */
export function SessionsList() {
  const { t } = useI18n();
  const me = useMe();
  const { criteria, page, yearChoice, from, to, update, clear, filtered } = useSessionsCriteria();
  const seesManyCommunes = !me.communeCode;
  const communeCode = criteria.communeCode ?? me.communeCode ?? undefined;
  const communes = useCommunes();
  const units = useUnitOptions(communeCode);
  const villages = useVillageOptions(communeCode);
  const campaignYear = criteria.year ?? (criteria.from ? Number(criteria.from.slice(0, 4)) : Number(todayIso().slice(0, 4)));
  const campaigns = useCampaignOptions(campaignYear, communeCode);
  const formats = useReferenceFilterOptions('FORMAT');
  const topics = useReferenceFilterOptions('TOPIC');
  const audiences = useReferenceFilterOptions('AUDIENCE_GROUP');
  const filter: SessionsFilter = { ...criteria, page, size: SESSIONS_PAGE_SIZE, sort: '-heldOn' };
  const sessions = useSessions(filter);
  // The plan's years (the chosen commune's); the year shown stays a choice even outside them.
  const planYears = useProgrammePeriod(criteria.communeCode)?.years ?? [];
  const yearChoices = criteria.year === undefined || planYears.includes(criteria.year) ? planYears : [...planYears, criteria.year].sort();
  const result = sessions.data;

  const idSelect = (label: string, param: string, value: number | undefined, data: { value: string; label: string }[]) => (
    <Select
      label={label}
      placeholder={t.common.all}
      data={data}
      value={value === undefined ? null : String(value)}
      onChange={(next) => update({ [param]: next })}
      clearable
      searchable
    />
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t.sessions.title}
        subtitle={t.sessions.subtitle}
        actions={
          canRecordForUnit(me) ? (
            <Button component={Link} to={paths.sessionNew}>
              {t.sessions.record}
            </Button>
          ) : null
        }
      />

      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, lg: 4 }} spacing="sm" role="group" aria-label={t.sessions.filters}>
        <Select
          label={t.sessions.year}
          data={[
            { value: 'all', label: t.sessions.allYears },
            ...yearChoices.map((y) => ({ value: String(y), label: String(y) })),
          ]}
          value={yearChoice}
          onChange={(value) => update({ year: value, from: null, to: null })}
          allowDeselect={false}
        />
        <DateField
          label={t.sessions.from}
          value={from}
          onChange={(iso) => update({ from: iso, year: null })}
        />
        <DateField
          label={t.sessions.to}
          value={to}
          min={from || undefined}
          onChange={(iso) => update({ to: iso, year: null })}
        />
        {seesManyCommunes ? (
          <Select
            label={t.sessions.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={criteria.communeCode ?? null}
            onChange={(value) => update({ commune: value, unit: null, village: null, campaign: null })}
            clearable
            searchable
          />
        ) : null}
        {idSelect(t.sessions.unit, 'unit', criteria.unitId, (units.data ?? []).map((u) => ({ value: String(u.id), label: u.name })))}
        {idSelect(t.sessions.campaign, 'campaign', criteria.campaignId, (campaigns.data ?? []).map((c) => ({ value: String(c.id), label: c.name })))}
        {idSelect(t.sessions.village, 'village', criteria.villageId, (villages.data ?? []).map((v) => ({ value: String(v.id), label: v.name })))}
        {idSelect(t.sessions.format, 'format', criteria.formatId, formats)}
        {idSelect(t.sessions.topic, 'topic', criteria.topicId, topics)}
        {idSelect(t.sessions.audienceGroup, 'audience', criteria.audienceGroupId, audiences)}
      </SimpleGrid>
      {filtered ? (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {t.sessions.clearFilters}
          </Button>
        </Group>
      ) : null}

      {sessions.isPending ? (
        <TableSkeleton />
      ) : sessions.isError ? (
        <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />
      ) : result ? (
        <>
          <Group justify="space-between" align="flex-end" wrap="wrap" gap="sm">
            <Text fw={600} size="sm">
              {t.sessions.totalsTitle}
            </Text>
            <ExportButtons criteria={criteria} />
          </Group>
          <TotalsCards totals={result.totals} label={t.sessions.totalsTitle} />
          {result.items.length === 0 ? (
            <EmptyResult title={t.sessions.empty} />
          ) : (
            <>
              <SessionsTable
                sessions={result.items}
                busy={sessions.isFetching}
                label={t.sessions.title}
                communeOf={seesManyCommunes ? (code) => communes.data?.find((c) => c.code === code)?.name ?? code : undefined}
              />
              <ListFooter page={result} label={t.sessions.title} onPage={(index) => update({ page: pageParam(index) })} />
            </>
          )}
        </>
      ) : null}
    </Stack>
  );
}
