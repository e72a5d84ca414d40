import { Anchor, Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import type { ProgrammePeriod } from '@/lib/reference-data';
import { formatNumber } from '@/utils/numbers';

import { useIndicatorRecords } from '../api/get-indicator-records';
import { targetNumbers, type TargetNumber } from '../api/types';

import { useYearAndArea } from './use-year-and-area';
import { YearAreaFilters } from './year-area-filters';

export const RECORDS_PAGE_SIZE = 20;

type CountedChoice = 'false' | 'true' | 'all';

/**
 * The records behind one target's figure, counted or not. Target 1 opens on what is not counted:
 * the units still short of two law/policy sessions.
 */
export function IndicatorRecords({ target }: { target: TargetNumber }) {
  const { t } = useI18n();
  const w = useIndicatorsText();
  const { year, period } = useYearAndArea();
  if (!period || year === undefined) {
    // The plans first: their period gives the years, and no records are asked for a year it would change.
    const name = t.targetNumber(target);
    return (
      <Stack gap="md">
        <PageHeader title={w.indicatorRecords.title(name)} subtitle={`${t.targets[target]} · ${w.indicatorRecords.subtitle}`} />
        <TableSkeleton />
      </Stack>
    );
  }
  return <RecordsOfYear target={target} year={year} period={period} />;
}

function RecordsOfYear({ target, year, period }: { target: TargetNumber; year: number; period: ProgrammePeriod }) {
  const { t, language } = useI18n();
  const w = useIndicatorsText();
  const navigate = useNavigate();
  const { communeCode, params, update } = useYearAndArea();
  const askedCounted = params.get('counted');
  const counted: CountedChoice =
    askedCounted === 'true' || askedCounted === 'false' || askedCounted === 'all' ? askedCounted : target === 1 ? 'false' : 'all';
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const records = useIndicatorRecords({
    target,
    year,
    communeCode,
    counted: counted === 'all' ? undefined : counted === 'true',
    page,
    size: RECORDS_PAGE_SIZE,
  });
  const name = t.targetNumber(target);
  const result = records.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={w.indicatorRecords.title(name)}
        subtitle={`${t.targets[target]} · ${w.indicatorRecords.subtitle}`}
        actions={
          <Anchor component={Link} to={`${paths.dashboard}?${new URLSearchParams({ year: String(year), ...(communeCode ? { commune: communeCode } : {}) })}`}>
            {w.indicatorRecords.backToDashboard}
          </Anchor>
        }
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <YearAreaFilters year={year} years={period.indicatorYears} communeCode={communeCode} onChange={update} />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="records-target-label">
            {w.indicatorRecords.chooseTarget}
          </Text>
          <SegmentedControl
            aria-labelledby="records-target-label"
            value={String(target)}
            onChange={(value) => void navigate(`${paths.target(value)}?${new URLSearchParams({ year: String(year), ...(communeCode ? { commune: communeCode } : {}) })}`)}
            data={targetNumbers.map((n) => ({ value: String(n), label: String(n) }))}
          />
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="records-counted-label">
            {w.indicatorRecords.show}
          </Text>
          <SegmentedControl
            aria-labelledby="records-counted-label"
            value={counted}
            onChange={(value) => update({ counted: value, page: null })}
            data={[
              { value: 'false', label: w.indicatorRecords.notCounted },
              { value: 'true', label: w.indicatorRecords.counted },
              { value: 'all', label: w.indicatorRecords.all },
            ]}
          />
        </Stack>
      </Group>

      {records.isPending ? (
        <TableSkeleton />
      ) : records.isError ? (
        <ErrorAlert error={records.error} onRetry={() => void records.refetch()} />
      ) : result && result.items.length === 0 ? (
        <EmptyResult title={w.indicatorRecords.empty} />
      ) : result ? (
        <>
          <Text size="sm" c="dimmed">
            {t.common.totalItems(result.totalItems)}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover aria-label={w.indicatorRecords.table}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{w.indicatorRecords.code}</Table.Th>
                  <Table.Th scope="col">{w.indicatorRecords.name}</Table.Th>
                  <Table.Th scope="col">{w.indicatorRecords.detail}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {w.indicatorRecords.value}
                  </Table.Th>
                  <Table.Th scope="col">{w.indicatorRecords.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((item) => (
                  <Table.Tr key={`${item.kind}-${item.id}`} data-testid="record-row">
                    <Table.Td>{item.code}</Table.Td>
                    <Table.Td>
                      {item.kind === 'UNIT' ? (
                        <Anchor component={Link} to={paths.unit(item.id)} size="sm">
                          {item.name}
                        </Anchor>
                      ) : (
                        item.name
                      )}
                    </Table.Td>
                    <Table.Td>{language === 'vi' ? item.detailVi : item.detailEn}</Table.Td>
                    <Table.Td ta="right">{item.value === null ? '' : formatNumber(item.value)}</Table.Td>
                    <Table.Td>
                      <Badge color={item.counted ? 'green' : 'orange'} variant="light">
                        {item.counted ? w.indicatorRecords.counted : w.indicatorRecords.notCounted}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter
            page={result}
            label={w.indicatorRecords.table}
            onPage={(index) => update({ page: pageParam(index) })}
            withCount={false}
          />
        </>
      ) : null}
    </Stack>
  );
}
