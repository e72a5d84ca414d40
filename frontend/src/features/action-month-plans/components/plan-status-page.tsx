import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canManageCommuneRecords, canRecordForUnit, isUnitReporter, useMe, type Me } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { communeOptions, useCommunes, useProgrammePeriod, type ProgrammePeriod } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';

import { useUnitPlan } from '../api/get-action-month-plan';
import { usePlanStatus } from '../api/get-plan-status';

const PAGE_SIZE = 20;
type FiledChoice = 'all' | 'true' | 'false';

/** A unit reporter files (or opens) their own unit's plan; the commune's runners file for any unit. */
function FileActions({ me, year }: { me: Me; year: number }) {
  const w = useIndicatorsText().actionMonthPlans;
  const reporter = isUnitReporter(me);
  const own = useUnitPlan(reporter ? me.unitId : null, year);
  if (!canRecordForUnit(me)) return null;
  if (!reporter) {
    return (
      <Button component={Link} to={`${paths.actionMonthPlanNew}?year=${year}`}>
        {w.fileButton}
      </Button>
    );
  }
  if (own.isPending) return null;
  return own.data ? (
    <Button component={Link} to={paths.actionMonthPlan(own.data.id)} variant="light">
      {w.viewOwn(year)}
    </Button>
  ) : (
    <Button component={Link} to={`${paths.actionMonthPlanNew}?year=${year}`}>
      {w.fileOwn(year)}
    </Button>
  );
}

/** Who filed the year's Action Month plan, on time (before 15/11) or late, and who has not. */
export function PlanStatusPage() {
  const w = useIndicatorsText();
  const { params } = useUrlState();
  // The years are the plan's (the chosen commune's; a province user's first view spans every commune's plan).
  const period = useProgrammePeriod(params.get('commune') ?? undefined);
  if (!period) {
    return (
      <Stack gap="md">
        <PageHeader title={w.actionMonthPlans.title} subtitle={w.actionMonthPlans.subtitle} />
        <TableSkeleton />
      </Stack>
    );
  }
  return <PlanStatusOfPeriod period={period} />;
}

function PlanStatusOfPeriod({ period }: { period: ProgrammePeriod }) {
  const { t } = useI18n();
  const w = useIndicatorsText();
  const me = useMe();
  const communes = useCommunes();
  const { params, update } = useUrlState();
  const year = period.yearOr(Number(params.get('year')));
  const filedParam = params.get('filed');
  const filed: FiledChoice = filedParam === 'true' || filedParam === 'false' ? filedParam : 'all';
  const communeCode = params.get('commune') ?? (me.communeCode ? undefined : communes.data?.[0]?.code);
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const waitingForCommune = !me.communeCode && !communeCode;
  const status = usePlanStatus({ year, communeCode, filed: filed === 'all' ? undefined : filed === 'true', page, size: PAGE_SIZE });
  const result = status.data;
  // Filing for another unit is for the runners of this very commune (not the province, not a reporter).
  const fileForOthers = canManageCommuneRecords(me) && Boolean(me.communeCode) && (!communeCode || communeCode === me.communeCode);

  return (
    <Stack gap="md">
      <PageHeader
        title={w.actionMonthPlans.title}
        subtitle={w.actionMonthPlans.subtitle}
        actions={<FileActions me={me} year={year} />}
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={w.dashboard.year}
          w={110}
          data={period.years.map((y) => ({ value: String(y), label: String(y) }))}
          value={String(year)}
          onChange={(value) => update({ year: value })}
          allowDeselect={false}
        />
        {me.communeCode ? null : (
          <Select
            label={t.plan.commune}
            w={240}
            data={communeOptions(communes.data)}
            value={communeCode ?? null}
            onChange={(value) => update({ commune: value })}
            allowDeselect={false}
            searchable
          />
        )}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="plan-status-filter">
            {w.indicatorRecords.show}
          </Text>
          <SegmentedControl
            aria-labelledby="plan-status-filter"
            value={filed}
            onChange={(value) => update({ filed: value === 'all' ? null : value })}
            data={[
              { value: 'all', label: t.common.all },
              { value: 'true', label: w.actionMonthPlans.filed },
              { value: 'false', label: w.actionMonthPlans.missing },
            ]}
          />
        </Stack>
      </Group>

      {waitingForCommune || status.isPending ? (
        <TableSkeleton />
      ) : status.isError ? (
        <ErrorAlert error={status.error} onRetry={() => void status.refetch()} />
      ) : result && result.items.length === 0 ? (
        <EmptyResult title={w.actionMonthPlans.empty} />
      ) : result ? (
        <>
          <Text size="sm" c="dimmed">
            {t.common.totalItems(result.totalItems)}
          </Text>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover aria-label={w.actionMonthPlans.table(year)}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{w.dashboard.unitCode}</Table.Th>
                  <Table.Th scope="col">{w.dashboard.unitName}</Table.Th>
                  <Table.Th scope="col">{w.actionMonthPlans.plan}</Table.Th>
                  <Table.Th scope="col">{w.actionMonthPlans.receivedOn}</Table.Th>
                  <Table.Th scope="col">{w.actionMonthPlans.deadline}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((row) => (
                  <Table.Tr key={row.unitId}>
                    <Table.Td>{row.unitCode}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.unit(row.unitId)} size="sm">
                        {row.unitName}
                      </Anchor>
                      {row.activeTo ? (
                        <Text size="xs" c="dimmed">
                          {w.actionMonthPlans.closedSince(formatDate(row.activeTo))}
                        </Text>
                      ) : null}
                      {!row.planExpected ? (
                        <Text size="xs" c="dimmed">
                          {row.activeTo ? w.actionMonthPlans.notExpected : w.actionMonthPlans.openedOn(formatDate(row.activeFrom))}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <Badge color={row.filed ? 'green' : 'red'} variant="light">
                          {row.filed ? w.actionMonthPlans.filed : w.actionMonthPlans.missing}
                        </Badge>
                        {row.planId !== null ? (
                          <Anchor component={Link} to={paths.actionMonthPlan(row.planId)} size="sm" aria-label={w.actionMonthPlans.viewPlan(row.unitName)}>
                            {t.common.view}
                          </Anchor>
                        ) : fileForOthers ? (
                          <Anchor
                            component={Link}
                            to={`${paths.actionMonthPlanNew}?year=${year}&unitId=${row.unitId}`}
                            size="sm"
                            aria-label={w.actionMonthPlans.fileFor(row.unitName)}
                          >
                            {w.actionMonthPlans.fileForShort}
                          </Anchor>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{row.receivedOn ? formatDate(row.receivedOn) : t.common.none}</Table.Td>
                    <Table.Td>
                      {row.onTime === null ? (
                        t.common.none
                      ) : (
                        <Badge color={row.onTime ? 'teal' : 'orange'} variant="light">
                          {row.onTime ? w.actionMonthPlans.onTime : w.actionMonthPlans.late}
                        </Badge>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter
            page={result}
            label={w.actionMonthPlans.title}
            onPage={(index) => update({ page: pageParam(index) })}
            withCount={false}
          />
        </>
      ) : null}
    </Stack>
  );
}
