import { Anchor, Badge, Button, Card, Group, SegmentedControl, Select, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { SortHeader } from '@/components/ui/sort-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useComparisonText } from '@/lib/i18n/comparison';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useComparison, useExportComparison, type CommuneRow, type TargetCell } from '../api/get-comparison';
import { parseTarget, statusColors, targetNumbers, type IndicatorStatus, type TargetNumber } from '../api/types';

import { formatMeasure } from './format';
import { useYearAndArea } from './use-year-and-area';

// The map and its boundaries are downloaded only when the map is shown.
const ComparisonMap = lazy(() => import('./comparison-map'));

const statuses: IndicatorStatus[] = ['MET', 'ON_TRACK', 'AT_RISK', 'NOT_MET', 'NO_DATA', 'NOT_STARTED'];
type SortField = 'name' | 'enabled' | `t${TargetNumber}` | 'sessions' | 'participants' | 'plans';
type Sort = SortField | `-${SortField}`;
const sortFields: SortField[] = ['name', 'enabled', 't1', 't2', 't3', 't4', 't5', 'sessions', 'participants', 'plans'];
/** The status filter's value for communes not in the programme. */
const NOT_ENABLED = 'NOT_ENABLED';

export function cellOf(row: CommuneRow, target: TargetNumber): TargetCell | undefined {
  return row.indicators.find((cell) => cell.target === target);
}

function sortValue(row: CommuneRow, field: SortField): number | string {
  switch (field) {
    case 'name':
      return row.name;
    case 'enabled':
      return row.enabled ? 1 : 0;
    case 'sessions':
      return row.sessions;
    case 'participants':
      return row.participants.total;
    case 'plans':
      return row.actionMonthPlans.units === 0 ? -1 : row.actionMonthPlans.filed / row.actionMonthPlans.units;
    default:
      // A commune without a value sorts below every value, in either direction's first page.
      return cellOf(row, Number(field.slice(1)) as TargetNumber)?.value ?? Number.NEGATIVE_INFINITY;
  }
}

export function sortRows(rows: CommuneRow[], sort: Sort, language: string): CommuneRow[] {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as SortField;
  return [...rows].sort((a, b) => {
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    const order = typeof x === 'string' ? x.localeCompare(String(y), language) : x === y ? 0 : x < Number(y) ? -1 : 1;
    return (descending ? -order : order) || a.name.localeCompare(b.name, language);
  });
}

/** The dashboard of one commune, as a province user opens it. */
export function communeDashboardLink(code: string, year: number): string {
  return `${paths.dashboard}?${new URLSearchParams({ commune: code, year: String(year) }).toString()}`;
}

/** The province's own view: every commune side by side for a year, as a table or a map. */
export function ComparisonPage() {
  const c = useComparisonText();
  const w = useIndicatorsText();
  const { year, period, params, update } = useYearAndArea();
  const comparison = useComparison(year);
  const exporter = useExportComparison();
  const target = parseTarget(params.get('target') ?? undefined) ?? 1;
  const status = params.get('status') ?? '';
  const sortParam = params.get('sort') ?? 'name';
  const sort = (sortFields.includes(sortParam.replace(/^-/, '') as SortField) ? sortParam : 'name') as Sort;
  const view = params.get('view') === 'map' ? 'map' : 'table';
  const data = comparison.data;
  const titles = new Map((data?.provinceIndicators ?? []).map((i) => [i.target, i]));
  const { language } = useI18n();
  const title = (n: number) => (language === 'en' ? titles.get(n)?.titleEn : titles.get(n)?.titleVi) ?? '';

  const filtered = (data?.communes ?? []).filter((row) => {
    if (!status) return true;
    if (status === NOT_ENABLED) return !row.enabled;
    return cellOf(row, target)?.status === status;
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={c.title}
        subtitle={data ? c.subtitle(data.province.name, data.year) : undefined}
        actions={
          <Group gap="sm" align="flex-end" wrap="wrap">
            {period && year !== undefined ? (
              <Select
                label={c.year}
                w={110}
                data={period.indicatorYears.map((y) => ({ value: String(y), label: String(y) }))}
                value={String(year)}
                onChange={(value) => update({ year: value })}
                allowDeselect={false}
              />
            ) : null}
            <Button
              variant="light"
              loading={exporter.isPending}
              disabled={!data}
              onClick={() => data && exporter.mutate({ year: data.year, provinceCode: data.province.code })}
            >
              {c.export}
            </Button>
          </Group>
        }
      />
      {exporter.isError ? <ErrorAlert error={exporter.error} /> : null}
      {!data && (comparison.isPending || year === undefined) ? (
        <TableSkeleton />
      ) : comparison.isError ? (
        <ErrorAlert error={comparison.error} onRetry={() => void comparison.refetch()} />
      ) : data ? (
        <>
          <Text size="sm">{c.summary(data.enabledCommunes, data.communes.length)}</Text>
          <Group gap="sm" align="flex-end" wrap="wrap">
            <Select
              label={c.target}
              w={{ base: '100%', sm: 360 }}
              data={targetNumbers.map((n) => ({ value: String(n), label: c.targetOption(n, title(n)) }))}
              value={String(target)}
              onChange={(value) => update({ target: value === '1' ? null : value })}
              allowDeselect={false}
            />
            <Select
              label={c.status}
              w={{ base: '100%', sm: 220 }}
              data={[
                { value: '', label: c.allStatuses },
                ...statuses.map((s) => ({ value: s, label: w.indicatorStatus[s] })),
                { value: NOT_ENABLED, label: c.notEnabledStatus },
              ]}
              value={status}
              onChange={(value) => update({ status: value })}
              allowDeselect={false}
            />
            <SegmentedControl
              aria-label={c.view}
              value={view}
              onChange={(value) => update({ view: value === 'map' ? 'map' : null })}
              data={[
                { value: 'table', label: c.tableView },
                { value: 'map', label: c.mapView },
              ]}
            />
          </Group>
          {view === 'map' ? (
            <Suspense fallback={<Text size="sm">{c.mapLoading}</Text>}>
              <ComparisonMap
                provinceCode={data.province.code}
                rows={data.communes}
                target={target}
                targetTitle={title(target)}
                year={data.year}
              />
            </Suspense>
          ) : (
            <ComparisonTable rows={sortRows(filtered, sort, language)} year={data.year} sort={sort} onSort={(s) => update({ sort: s === 'name' ? null : s })} />
          )}
        </>
      ) : null}
    </Stack>
  );
}

function ComparisonTable({ rows, year, sort, onSort }: { rows: CommuneRow[]; year: number; sort: Sort; onSort: (sort: Sort) => void }) {
  const c = useComparisonText();
  return (
    <Card withBorder padding={0}>
      {rows.length === 0 ? (
        <Text p="md" size="sm" c="dimmed">
          {c.noMatch}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={1240}>
          <Table striped highlightOnHover aria-label={c.table(year)}>
            <Table.Thead>
              <Table.Tr>
                <SortHeader label={c.commune} field="name" sort={sort} onSort={onSort} />
                <SortHeader label={c.enabled} field="enabled" sort={sort} onSort={onSort} />
                {targetNumbers.map((n) => (
                  <SortHeader key={n} label={c.targetShort(n)} field={`t${n}` as SortField} sort={sort} onSort={onSort} />
                ))}
                <SortHeader label={c.sessions} field="sessions" sort={sort} onSort={onSort} />
                <SortHeader label={c.participants} field="participants" sort={sort} onSort={onSort} />
                <SortHeader label={c.plans} field="plans" sort={sort} onSort={onSort} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <CommuneTableRow key={row.code} row={row} year={year} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}

/** A badge in a narrow table cell keeps its whole word (Mantine truncates by default). */
const noTruncation = { root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } };

function CommuneTableRow({ row, year }: { row: CommuneRow; year: number }) {
  const c = useComparisonText();
  const w = useIndicatorsText();
  return (
    <Table.Tr>
      <Table.Th scope="row" fw={500}>
        <Anchor component={Link} to={communeDashboardLink(row.code, year)} size="sm" aria-label={c.openDashboard(row.name)}>
          {row.name}
        </Anchor>
        <Text size="xs" c="dimmed">
          {row.code}
          {row.closedOn ? ` · ${c.closedOn(formatDate(row.closedOn))}` : ''}
        </Text>
      </Table.Th>
      <Table.Td>
        <Badge variant="light" color={row.enabled ? 'blue' : 'gray'} tt="none" styles={noTruncation}>
          {row.enabled ? c.enabledYes : c.enabledNo}
        </Badge>
      </Table.Td>
      {targetNumbers.map((n) => {
        const cell = cellOf(row, n);
        return (
          <Table.Td key={n}>
            {cell ? (
              <Stack gap={2} align="flex-start">
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatMeasure(cell.value, cell.unit)}
                </Text>
                <Badge color={statusColors[cell.status]} variant="light" tt="none" styles={noTruncation}>
                  {w.indicatorStatus[cell.status]}
                </Badge>
              </Stack>
            ) : (
              <Text size="sm" c="dimmed">
                —
              </Text>
            )}
          </Table.Td>
        );
      })}
      <Table.Td ta="right">{formatNumber(row.sessions)}</Table.Td>
      <Table.Td>
        <Text size="sm">{formatNumber(row.participants.total)}</Text>
        <Text size="xs" c="dimmed">
          {row.participants.suppressed
            ? c.withheld
            : c.participantsBySex(formatNumber(row.participants.male), formatNumber(row.participants.female))}
        </Text>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {c.plansFiled(formatNumber(row.actionMonthPlans.filed), formatNumber(row.actionMonthPlans.units))}
      </Table.Td>
    </Table.Tr>
  );
}

/** The colour a commune takes on the map for a target: its status's, or grey when not in the programme. */
export function mapColor(cell: TargetCell | undefined): string {
  return cell ? `var(--mantine-color-${statusColors[cell.status]}-4)` : 'var(--mantine-color-gray-1)';
}

export function MapTitle({ target, title }: { target: number; title: string }) {
  const c = useComparisonText();
  return (
    <Title order={3} fz="md" id="comparison-map-title">
      {c.mapTitle(target, title)}
    </Title>
  );
}
