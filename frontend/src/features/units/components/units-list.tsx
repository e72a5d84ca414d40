import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { SortHeader } from '@/components/ui/sort-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { SEARCH_DEBOUNCE_MS } from '@/config/ui';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { communeOptions, useCommunes } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';

import { useUnits, type UnitsFilter } from '../api/get-units';
import { unitKinds, type UnitKind } from '../api/types';

export const UNITS_PAGE_SIZE = 20;

type StatusFilter = 'all' | 'active' | 'inactive';

/** Reads the list's filters from the address bar, so that back/forward and shared links keep them. */
function useUnitsFilter() {
  const { params, update } = useUrlState();
  const kind = params.get('kind');
  const status = params.get('status');
  const sort = params.get('sort');
  const filter: UnitsFilter = {
    q: params.get('q') ?? undefined,
    kind: (unitKinds as readonly string[]).includes(kind ?? '') ? (kind as UnitKind) : undefined,
    communeCode: params.get('commune') ?? undefined,
    active: status === 'active' ? true : status === 'inactive' ? false : undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: UNITS_PAGE_SIZE,
    sort: sort === '-name' || sort === 'code' || sort === '-code' ? sort : 'name',
  };
  return { filter, status: (status === 'active' || status === 'inactive' ? status : 'all') as StatusFilter, update };
}

export function UnitsList() {
  const { t } = useI18n();
  const me = useMe();
  const { filter, status, update } = useUnitsFilter();
  const [search, setSearch] = useState(filter.q ?? '');
  // Only a settled search term reaches the address bar and the server.
  const applySearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }), SEARCH_DEBOUNCE_MS);
  const seesManyCommunes = !me.communeCode;
  const communes = useCommunes();
  const units = useUnits(filter);

  const kindOptions = unitKinds.map((kind) => ({ value: kind, label: t.unitKinds[kind] }));
  const statusOptions = [
    { value: 'all', label: t.common.all },
    { value: 'active', label: t.units.statusActive },
    { value: 'inactive', label: t.units.statusInactive },
  ];
  const page = units.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={t.units.title}
        subtitle={t.units.subtitle}
        actions={
          me.canManageUnits ? (
            <Button component={Link} to={paths.unitNew}>
              {t.common.create}
            </Button>
          ) : null
        }
      />
      {!me.canManageUnits ? (
        <Text size="sm" c="dimmed">
          {t.common.readOnly}
        </Text>
      ) : null}

      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t.common.search}
          placeholder={t.units.searchPlaceholder}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          type="search"
          maxLength={100}
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          label={t.units.filterKind}
          placeholder={t.common.all}
          data={kindOptions}
          value={filter.kind ?? null}
          onChange={(value) => update({ kind: value })}
          clearable
          style={{ flex: '1 1 14rem' }}
        />
        {seesManyCommunes ? (
          <Select
            label={t.units.filterCommune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={filter.communeCode ?? null}
            onChange={(value) => update({ commune: value })}
            clearable
            searchable
            style={{ flex: '1 1 12rem' }}
          />
        ) : null}
        <Select
          label={t.units.filterStatus}
          data={statusOptions}
          value={status}
          onChange={(value) => update({ status: value === 'all' ? null : value })}
          allowDeselect={false}
          style={{ flex: '0 1 11rem' }}
        />
      </Group>

      {units.isPending ? (
        <TableSkeleton />
      ) : units.isError ? (
        <ErrorAlert error={units.error} onRetry={() => void units.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyResult title={t.units.empty} />
      ) : page ? (
        <>
          <Table.ScrollContainer minWidth={760}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-busy={units.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t.units.code} field="code" sort={filter.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t.units.name} field="name" sort={filter.sort} onSort={(sort) => update({ sort })} />
                  <Table.Th>{t.units.kind}</Table.Th>
                  {seesManyCommunes ? <Table.Th>{t.units.commune}</Table.Th> : null}
                  <Table.Th>{t.units.contactPerson}</Table.Th>
                  <Table.Th>{t.units.activeFrom}</Table.Th>
                  <Table.Th>{t.units.status}</Table.Th>
                  <Table.Th>{t.units.targets}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((unit) => (
                  <Table.Tr key={unit.id}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {unit.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Anchor component={Link} to={paths.unit(unit.id)} fw={500}>
                        {unit.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{t.unitKinds[unit.kind]}</Table.Td>
                    {seesManyCommunes ? <Table.Td>{unit.communeName}</Table.Td> : null}
                    <Table.Td>
                      {unit.contactPerson || t.common.none}
                      {unit.phone ? (
                        <Text size="xs" c="dimmed">
                          {unit.phone}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{formatDate(unit.activeFrom)}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={500} c={unit.active ? 'teal.8' : 'dimmed'}>
                        {unit.active ? t.units.statusActive : t.units.statusInactive}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {[...unit.targets]
                          .sort((a, b) => a - b)
                          .map((n) => (
                            <Tooltip key={n} label={t.targets[n as keyof typeof t.targets]}>
                              <Badge size="sm" variant="outline" aria-label={t.targetNumber(n)}>
                                {n}
                              </Badge>
                            </Tooltip>
                          ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={page} label={t.units.title} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      ) : null}
    </Stack>
  );
}
