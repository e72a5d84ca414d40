import { Anchor, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
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

import { useVillages, type VillagesFilter } from '../api/get-villages';

export const VILLAGES_PAGE_SIZE = 20;

function useVillagesFilter() {
  const { params, update } = useUrlState();
  const sort = params.get('sort');
  const filter: VillagesFilter = {
    q: params.get('q') ?? undefined,
    communeCode: params.get('commune') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: VILLAGES_PAGE_SIZE,
    sort: sort === '-name' || sort === 'code' || sort === '-code' ? sort : 'name',
  };
  return { filter, update };
}

export function VillagesList() {
  const { t } = useI18n();
  const me = useMe();
  const { filter, update } = useVillagesFilter();
  const [search, setSearch] = useState(filter.q ?? '');
  const applySearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }), SEARCH_DEBOUNCE_MS);
  const seesManyCommunes = !me.communeCode;
  const communes = useCommunes();
  const villages = useVillages(filter);
  const page = villages.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={t.villages.title}
        subtitle={t.villages.subtitle}
        actions={
          me.canManageVillages ? (
            <Button component={Link} to={paths.villageNew}>
              {t.common.create}
            </Button>
          ) : null
        }
      />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t.common.search}
          placeholder={t.villages.searchPlaceholder}
          type="search"
          maxLength={100}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          style={{ flex: '1 1 16rem' }}
        />
        {seesManyCommunes ? (
          <Select
            label={t.villages.commune}
            placeholder={t.common.all}
            data={communeOptions(communes.data)}
            value={filter.communeCode ?? null}
            onChange={(value) => update({ commune: value })}
            clearable
            searchable
            style={{ flex: '1 1 12rem' }}
          />
        ) : null}
      </Group>

      {villages.isPending ? (
        <TableSkeleton />
      ) : villages.isError ? (
        <ErrorAlert error={villages.error} onRetry={() => void villages.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyResult title={t.villages.empty} />
      ) : page ? (
        <>
          <Table.ScrollContainer minWidth={420}>
            <Table striped highlightOnHover verticalSpacing="xs" aria-busy={villages.isFetching}>
              <Table.Thead>
                <Table.Tr>
                  <SortHeader label={t.villages.code} field="code" sort={filter.sort} onSort={(sort) => update({ sort })} />
                  <SortHeader label={t.villages.name} field="name" sort={filter.sort} onSort={(sort) => update({ sort })} />
                  {seesManyCommunes ? <Table.Th>{t.villages.commune}</Table.Th> : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((village) => (
                  <Table.Tr key={village.id}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {village.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {me.canManageVillages ? (
                        <Anchor component={Link} to={paths.villageEdit(village.id)} fw={500}>
                          {village.name}
                        </Anchor>
                      ) : (
                        village.name
                      )}
                    </Table.Td>
                    {seesManyCommunes ? <Table.Td>{village.communeName}</Table.Td> : null}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={page} label={t.villages.title} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      ) : null}
    </Stack>
  );
}
