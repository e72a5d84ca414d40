import { Alert, Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { isProvinceAdmin, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useCommunes } from '@/lib/reference-data';
import { formatDate } from '@/utils/dates';

import { useEnabledCommunes } from '../api/get-enabled-communes';
import { matchesCommune } from '../api/types';
import { useAdminText } from '@/lib/i18n/admin';

type StatusFilter = 'all' | 'enabled' | 'not-enabled';

/**
 * The province's communes and whether each takes part in the programme (has a plan), for the province's
 * programme administrator: enable a commune (its plan from the template), then invite its admin.
 */
export function ProgrammeCommunes() {
  const { t } = useI18n();
  const a = useAdminText();
  const me = useMe();
  const allowed = isProvinceAdmin(me);
  const communes = useCommunes();
  const enabled = useEnabledCommunes();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const w = a.programmeCommunes;

  if (!allowed) {
    return (
      <>
        <PageHeader title={w.title} />
        <Alert color="yellow">{w.forbidden}</Alert>
      </>
    );
  }

  const list = communes.data ?? [];
  const isEnabled = (code: string) => Boolean(enabled.data?.has(code));
  const shown = list.filter(
    (c) =>
      matchesCommune(c, search) &&
      (status === 'all' || (status === 'enabled' ? isEnabled(c.code) : !isEnabled(c.code))),
  );

  return (
    <Stack gap="md">
      <PageHeader title={w.title} subtitle={w.subtitle(me.provinceName ?? me.provinceCode ?? '')} />
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          label={t.common.search}
          placeholder={w.searchPlaceholder}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          type="search"
          maxLength={100}
          style={{ flex: '1 1 16rem' }}
        />
        <Select
          label={w.filterStatus}
          data={[
            { value: 'all', label: w.statusAll },
            { value: 'enabled', label: w.statusEnabled },
            { value: 'not-enabled', label: w.statusNotEnabled },
          ]}
          value={status}
          onChange={(value) => setStatus((value ?? 'all') as StatusFilter)}
          allowDeselect={false}
          style={{ flex: '0 1 12rem' }}
        />
      </Group>

      {communes.isPending || enabled.isPending ? (
        <TableSkeleton />
      ) : communes.isError || enabled.isError ? (
        <ErrorAlert
          error={communes.error ?? enabled.error}
          onRetry={() => {
            void communes.refetch();
            void enabled.refetch();
          }}
        />
      ) : shown.length === 0 ? (
        <EmptyResult title={w.empty} />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {w.counts(list.filter((c) => isEnabled(c.code)).length, list.length)}
          </Text>
          <Table.ScrollContainer minWidth={360}>
            <Table striped verticalSpacing="xs" data-testid="programme-communes">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.name}</Table.Th>
                  <Table.Th>{w.status}</Table.Th>
                  <Table.Th>{t.common.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((commune) => {
                  const on = isEnabled(commune.code);
                  return (
                    <Table.Tr key={commune.code} data-testid={`commune-${commune.code}`}>
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {commune.name}
                        </Text>
                        <Text size="xs" c="dimmed" ff="monospace">
                          {commune.code}
                        </Text>
                        {commune.validTo ? (
                          <Badge size="sm" color="gray" variant="light" mt={4}>
                            {w.closed(formatDate(commune.validTo))}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Badge color={on ? 'teal' : 'gray'} variant={on ? 'light' : 'outline'}>
                          {on ? w.statusEnabled : w.statusNotEnabled}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {on ? (
                          <Anchor
                            component={Link}
                            to={paths.personInvite({ role: 'commune-admin', communeCode: commune.code })}
                            size="sm"
                            aria-label={w.inviteAdminFor(commune.name)}
                          >
                            {w.inviteAdmin}
                          </Anchor>
                        ) : commune.validTo ? null : (
                          <Button
                            component={Link}
                            to={paths.provinceCommuneEnable(commune.code)}
                            size="xs"
                            aria-label={w.enableFor(commune.name)}
                          >
                            {w.enable}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
