import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { SEARCH_DEBOUNCE_MS } from '@/config/ui';
import { useI18n } from '@/lib/i18n';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';

import { useCountryCommunes } from '../api/get-country-communes';
import { matchesCommune } from '../api/types';
import AdministrativeUnitImport from './administrative-unit-import';
import { useAdminText } from '@/lib/i18n/admin';

export const COUNTRY_COMMUNES_PAGE_SIZE = 100;
const PROVINCE_CODE = /^\d{2}$/;

/**
 * The country's communes for the national administrator (GET /communes pages them; a province code narrows
 * them), closed ones marked. The API has no name search: the box filters the page shown.
 */
export function CountryCommunes() {
  const { t } = useI18n();
  const a = useAdminText();
  const w = a.countryCommunes;
  const { params, update } = useUrlState();
  const province = params.get('province') ?? '';
  const [provinceText, setProvinceText] = useState(province);
  const [search, setSearch] = useState(params.get('q') ?? '');
  const applySearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }, { resetPage: false }), SEARCH_DEBOUNCE_MS);
  const provinceValid = provinceText === '' || PROVINCE_CODE.test(provinceText);
  const communes = useCountryCommunes({
    provinceCode: PROVINCE_CODE.test(province) ? province : undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: COUNTRY_COMMUNES_PAGE_SIZE,
  });
  const page = communes.data;
  // The import is opened in the address bar (?import=1), so that it can be linked to and closed with Back.
  const importing = params.get('import') === '1';
  const shown = (page?.items ?? []).filter((c) => matchesCommune(c, search));

  return (
    <Stack gap="md">
      <PageHeader
        title={w.title}
        subtitle={w.subtitle}
        actions={
          importing ? (
            <Button variant="default" onClick={() => update({ import: null }, { resetPage: false })}>
              {a.unitImport.close}
            </Button>
          ) : (
            <Button variant="light" onClick={() => update({ import: '1' }, { resetPage: false })}>
              {a.unitImport.open}
            </Button>
          )
        }
      />
      {importing ? (
        <AdministrativeUnitImport />
      ) : null}
      <Group gap="sm" align="flex-start" wrap="wrap">
        <TextInput
          label={w.province}
          description={w.provinceHint}
          value={provinceText}
          inputMode="numeric"
          maxLength={2}
          onChange={(event) => {
            const value = event.currentTarget.value.trim();
            setProvinceText(value);
            if (value === '' || PROVINCE_CODE.test(value)) update({ province: value || null });
          }}
          error={provinceValid ? undefined : w.provinceInvalid}
          style={{ flex: '0 1 10rem' }}
        />
        <TextInput
          label={t.common.search}
          description={w.searchHint}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            applySearch(event.currentTarget.value);
          }}
          type="search"
          maxLength={100}
          style={{ flex: '1 1 16rem' }}
        />
      </Group>

      {communes.isPending ? (
        <TableSkeleton />
      ) : communes.isError ? (
        <ErrorAlert error={communes.error} onRetry={() => void communes.refetch()} />
      ) : page && shown.length === 0 ? (
        <EmptyResult title={w.empty} />
      ) : page ? (
        <>
          <Table.ScrollContainer minWidth={360}>
            <Table striped verticalSpacing="xs" aria-busy={communes.isFetching} data-testid="country-communes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.code}</Table.Th>
                  <Table.Th>{w.name}</Table.Th>
                  <Table.Th>{w.provinceColumn}</Table.Th>
                  <Table.Th>{w.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((commune) => (
                  <Table.Tr key={commune.code}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {commune.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>{commune.name}</Table.Td>
                    <Table.Td>{commune.parentCode ?? t.common.none}</Table.Td>
                    <Table.Td>
                      {commune.validTo ? (
                        <Badge size="sm" color="gray" variant="light">
                          {a.programmeCommunes.closed(formatDate(commune.validTo))}
                        </Badge>
                      ) : (
                        <Text size="sm" c="teal.8">
                          {w.active}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={page} label={w.title} onPage={(index) => update({ page: pageParam(index) }, { resetPage: false })} />
        </>
      ) : null}
    </Stack>
  );
}
