import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert, errorMessage } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { SEARCH_DEBOUNCE_MS } from '@/config/ui';
import { canManagePeople, hasRole, isProvinceAdmin, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { communesQueryOptions, unitOptionsQueryOptions } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';

import { useGrantableRoles } from '../api/get-grantable-roles';
import { usePeople } from '../api/get-people';
import { useSetPersonEnabled } from '../api/save-person';
import type { Person } from '../api/types';

import { ChangePersonDialog } from './change-person-dialog';
import { roleLabel } from './placement-fields';
import { useAdminText } from '@/lib/i18n/admin';

export const PEOPLE_PAGE_SIZE = 20;

/** The people the caller manages: invite, change role or unit, disable or enable (with a confirmation). */
export function PeopleList() {
  const { t } = useI18n();
  const a = useAdminText();
  const w = a.people;
  const me = useMe();
  const allowed = canManagePeople(me);
  const { params, update } = useUrlState();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const applySearch = useDebouncedCallback((term: string) => update({ q: term.trim() || null }), SEARCH_DEBOUNCE_MS);
  const people = usePeople({
    q: params.get('q') ?? undefined,
    page: Math.max(0, Number(params.get('page') ?? '1') - 1) || 0,
    size: PEOPLE_PAGE_SIZE,
  });
  const roles = useGrantableRoles();
  const communes = useQuery({ ...communesQueryOptions(), enabled: isProvinceAdmin(me) });
  const units = useQuery({ ...unitOptionsQueryOptions(me.communeCode ?? undefined), enabled: Boolean(me.communeCode) && hasRole(me, 'commune-admin') });
  const [changing, setChanging] = useState<Person | null>(null);
  const [toggling, setToggling] = useState<Person | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const setEnabled = useSetPersonEnabled();

  if (!allowed) {
    return (
      <>
        <PageHeader title={w.title} />
        <Alert color="yellow">{w.forbidden}</Alert>
      </>
    );
  }

  const communeName = (code: string) => communes.data?.find((c) => c.code === code)?.name ?? code;
  const unitName = (code: string) => units.data?.find((u) => u.code === code)?.name ?? code;
  function scopeOf(person: Person): string {
    if (person.unitCode) return unitName(person.unitCode);
    if (person.communeCode) return communeName(person.communeCode);
    return person.provinceCode ? `${t.areaLevels.PROVINCE} ${person.provinceCode}` : t.common.none;
  }
  const page = people.data;

  return (
    <Stack gap="md">
      <PageHeader
        title={w.title}
        subtitle={w.subtitle}
        actions={
          <Button component={Link} to={paths.personInvite()}>
            {w.invite}
          </Button>
        }
      />
      {done ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => setDone(null)}>
          {done}
        </Alert>
      ) : null}
      <TextInput
        label={t.common.search}
        placeholder={w.searchPlaceholder}
        value={search}
        onChange={(event) => {
          setSearch(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
        type="search"
        maxLength={100}
        maw={480}
      />

      {people.isPending ? (
        <TableSkeleton />
      ) : people.isError ? (
        <ErrorAlert error={people.error} onRetry={() => void people.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyResult title={w.empty} />
      ) : page ? (
        <>
          <Table.ScrollContainer minWidth={640}>
            <Table striped verticalSpacing="xs" aria-label={w.people} aria-busy={people.isFetching} data-testid="people">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{w.username}</Table.Th>
                  <Table.Th>{w.fullName}</Table.Th>
                  <Table.Th>{w.role}</Table.Th>
                  <Table.Th>{w.scope}</Table.Th>
                  <Table.Th>{w.status}</Table.Th>
                  <Table.Th>{t.common.actions}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {page.items.map((person) => (
                  <Table.Tr key={person.id} data-testid={`person-${person.username}`}>
                    <Table.Td>
                      <Text ff="monospace" size="sm">
                        {person.username}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {[person.lastName, person.firstName].filter(Boolean).join(' ') || t.common.none}
                      {person.email ? (
                        <Text size="xs" c="dimmed">
                          {person.email}
                        </Text>
                      ) : null}
                    </Table.Td>
                    <Table.Td>{roleLabel(person.role, t)}</Table.Td>
                    <Table.Td>{scopeOf(person)}</Table.Td>
                    <Table.Td>
                      <Stack gap={2} align="flex-start">
                        <Badge color={person.enabled ? 'teal' : 'gray'} variant="light">
                          {person.enabled ? w.enabled : w.disabled}
                        </Badge>
                        {person.mustChangePassword ? (
                          <Text size="xs" c="dimmed">
                            {w.mustChangePassword}
                          </Text>
                        ) : null}
                      </Stack>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setChanging(person)}
                          disabled={!roles.data}
                          aria-label={`${w.change}: ${person.username}`}
                        >
                          {w.change}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="light"
                          color={person.enabled ? 'red' : 'teal'}
                          onClick={() => {
                            setEnabled.reset();
                            setToggling(person);
                          }}
                          aria-label={`${person.enabled ? w.disable : w.enable}: ${person.username}`}
                        >
                          {person.enabled ? w.disable : w.enable}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <ListFooter page={page} label={w.people} onPage={(index) => update({ page: pageParam(index) })} />
        </>
      ) : null}

      {changing && roles.data ? (
        <ChangePersonDialog
          person={changing}
          roles={roles.data}
          onClose={() => setChanging(null)}
          onChanged={(person) => {
            setChanging(null);
            setDone(w.changed(person.username));
          }}
        />
      ) : null}

      {toggling ? (
        <Modal
          opened
          onClose={() => setToggling(null)}
          title={toggling.enabled ? w.disableTitle(toggling.username) : w.enableTitle(toggling.username)}
          centered
        >
          <Stack gap="md">
            <Text size="sm">{toggling.enabled ? w.disableText : w.enableText}</Text>
            {setEnabled.isError ? (
              <Alert color="red" role="alert">
                {errorMessage(setEnabled.error, t)}
              </Alert>
            ) : null}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setToggling(null)} disabled={setEnabled.isPending}>
                {t.common.cancel}
              </Button>
              <Button
                color={toggling.enabled ? 'red' : 'teal'}
                loading={setEnabled.isPending}
                onClick={() =>
                  setEnabled.mutate(
                    { id: toggling.id, enabled: !toggling.enabled },
                    {
                      onSuccess: (person) => {
                        setToggling(null);
                        setDone(person.enabled ? w.enabledDone(person.username) : w.disabledDone(person.username));
                      },
                    },
                  )
                }
              >
                {toggling.enabled ? w.disable : w.enable}
              </Button>
            </Group>
          </Stack>
        </Modal>
      ) : null}
    </Stack>
  );
}
