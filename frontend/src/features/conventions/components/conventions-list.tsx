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
import { useConventionsText } from '@/lib/i18n/conventions';
import { communeOptions, useCommunes, useProgrammePeriod, useVillageOptions } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';

import { useConventions, type ConventionsFilter } from '../api/get-conventions';
import { conventionStandings, conventionStatuses, type Convention, type ConventionStanding, type ConventionStatus } from '../api/types';

import { ConventionStatusBadge, LatestStanding } from './convention-badges';

export const CONVENTIONS_PAGE_SIZE = 20;

const positiveId = (value: string | null) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The list's filters live in the address bar (commune, village, status, standing, page): links and back/forward keep them. */
function useConventionsCriteria() {
  const { params, update, clear } = useUrlState();
  const status = params.get('status');
  const standing = params.get('standing');
  const commune = params.get('commune');
  const filter: ConventionsFilter = {
    communeCode: commune && /^\d{5}$/.test(commune) ? commune : undefined,
    villageId: positiveId(params.get('village')),
    status: conventionStatuses.includes(status as ConventionStatus) ? (status as ConventionStatus) : undefined,
    standing: conventionStandings.includes(standing as ConventionStanding) ? (standing as ConventionStanding) : undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: CONVENTIONS_PAGE_SIZE,
  };
  const filtered = [...params.keys()].some((key) => key !== 'page');
  return { filter, update, clear, filtered };
}

function Decision({ convention }: { convention: Convention }) {
  const w = useConventionsText();
  if (!convention.decisionNumber && !convention.decisionDate) {
    return (
      <Text size="sm" c="dimmed">
        {w.noDecision}
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {convention.decisionNumber ? <Text size="sm">{convention.decisionNumber}</Text> : null}
      {convention.decisionDate ? (
        <Text size="sm" c={convention.decisionNumber ? 'dimmed' : undefined}>
          {formatDate(convention.decisionDate)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Every village's conventions, with their legal status and what their latest review found (target 5). */
export function ConventionsList() {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const { filter, update, clear, filtered } = useConventionsCriteria();
  const seesManyCommunes = !me.communeCode;
  const communes = useCommunes();
  const villages = useVillageOptions(filter.communeCode ?? me.communeCode ?? undefined);
  const conventions = useConventions(filter);
  const period = useProgrammePeriod(filter.communeCode);
  const result = conventions.data;
  const communeName = (code: string) => communes.data?.find((c) => c.code === code)?.name ?? code;

  return (
    <Stack gap="md">
      <PageHeader
        title={w.title}
        subtitle={w.subtitle}
        actions={
          canManageCommuneRecords(me) ? (
            <Button component={Link} to={paths.conventionNew}>
              {w.create}
            </Button>
          ) : null
        }
      />
      {/* The target's year is the plan's last year: not shown until the plans are known. */}
      {period ? <Text size="sm">{w.targetRule(period.span?.last)}</Text> : null}

      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" role="group" aria-label={w.filters}>
        {seesManyCommunes ? (
          <Select
            label={w.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={filter.communeCode ?? null}
            onChange={(value) => update({ commune: value, village: null })}
            clearable
            searchable
          />
        ) : null}
        <Select
          label={w.village}
          placeholder={t.common.all}
          data={(villages.data ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
          value={filter.villageId === undefined ? null : String(filter.villageId)}
          onChange={(value) => update({ village: value })}
          clearable
          searchable
        />
        <Select
          label={w.status}
          placeholder={t.common.all}
          data={conventionStatuses.map((s) => ({ value: s, label: w.statuses[s] }))}
          value={filter.status ?? null}
          onChange={(value) => update({ status: value })}
          clearable
        />
        <Select
          label={w.standing}
          placeholder={t.common.all}
          data={conventionStandings.map((s) => ({ value: s, label: w.standings[s] }))}
          value={filter.standing ?? null}
          onChange={(value) => update({ standing: value })}
          clearable
        />
      </SimpleGrid>
      {filtered ? (
        <Group>
          <Button variant="subtle" size="compact-sm" onClick={clear}>
            {w.clearFilters}
          </Button>
        </Group>
      ) : null}

      {conventions.isError ? (
        <ErrorAlert error={conventions.error} onRetry={() => void conventions.refetch()} />
      ) : !result ? (
        <TableSkeleton />
      ) : result.items.length === 0 ? (
        <EmptyResult title={w.empty} />
      ) : (
        <>
          <Table.ScrollContainer minWidth={seesManyCommunes ? 860 : 740}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-label={w.table} aria-busy={conventions.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  {seesManyCommunes ? <Table.Th>{w.commune}</Table.Th> : null}
                  <Table.Th>{w.village}</Table.Th>
                  <Table.Th>{w.name}</Table.Th>
                  <Table.Th>{w.decision}</Table.Th>
                  <Table.Th>{w.status}</Table.Th>
                  <Table.Th>{w.standing}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {result.items.map((convention) => (
                  <Table.Tr key={convention.id}>
                    {seesManyCommunes ? <Table.Td>{communeName(convention.communeCode)}</Table.Td> : null}
                    <Table.Td>{convention.villageName}</Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.convention(convention.id)} fw={500}>
                        {convention.title}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Decision convention={convention} />
                    </Table.Td>
                    <Table.Td>
                      <ConventionStatusBadge status={convention.status} />
                    </Table.Td>
                    <Table.Td>
                      <LatestStanding convention={convention} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={result} label={w.table} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      )}
    </Stack>
  );
}
