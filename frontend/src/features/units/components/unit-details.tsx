import { Alert, Badge, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { DateField } from '@/components/form';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorAlert, errorMessage } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { formatDate, isIsoDate, todayIso } from '@/utils/dates';

import { useDeactivateUnit } from '../api/deactivate-unit';
import { useDeleteUnit } from '../api/delete-unit';
import { useUnit } from '../api/get-unit';
import type { Unit } from '../api/types';

function DeactivateDialog({ unit, opened, onClose }: { unit: Unit; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const deactivate = useDeactivateUnit();
  const today = todayIso();
  const [activeTo, setActiveTo] = useState(today < unit.activeFrom ? unit.activeFrom : today);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const error = deactivate.error;

  function submit() {
    if (!isIsoDate(activeTo)) return setFieldError(t.validation.date);
    if (activeTo < unit.activeFrom) return setFieldError(t.validation.activeToBeforeFrom);
    setFieldError(null);
    deactivate.mutate({ id: unit.id, version: unit.version, activeTo }, { onSuccess: onClose });
  }

  const serverFieldError =
    error instanceof ApiError ? error.errors.find((e) => e.field.endsWith('activeTo'))?.message : undefined;

  return (
    <Modal opened={opened} onClose={onClose} title={t.units.deactivateTitle}>
      <Stack gap="md">
        <Text size="sm">{t.units.deactivateText(unit.name)}</Text>
        <DateField
          label={t.units.deactivateDate}
          value={activeTo}
          min={unit.activeFrom}
          onChange={(iso) => setActiveTo(iso)}
          error={fieldError ?? serverFieldError}
        />
        {error && !serverFieldError ? (
          <Alert color={error instanceof ApiError && error.is('stale-version') ? 'orange' : 'red'} role="alert">
            {error instanceof ApiError && error.is('stale-version') ? t.units.staleText : errorMessage(error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button color="orange" loading={deactivate.isPending} onClick={submit}>
            {t.units.deactivate}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeleteDialog({
  unit,
  opened,
  onClose,
  onDeleted,
}: {
  unit: Unit;
  opened: boolean;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useI18n();
  const deleteUnit = useDeleteUnit();
  const error = deleteUnit.error;
  return (
    <Modal opened={opened} onClose={onClose} title={t.units.deleteTitle}>
      <Stack gap="md">
        <Text size="sm">{t.units.deleteText(unit.name)}</Text>
        {error ? (
          <Alert color="red" title={t.units.deleteRefused} role="alert">
            {/* 409 in-use names what still refers to the unit. */}
            {errorMessage(error, t)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t.common.cancel}
          </Button>
          <Button color="red" loading={deleteUnit.isPending} onClick={() => deleteUnit.mutate(unit.id, { onSuccess: onDeleted })}>
            {t.common.delete}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function UnitDetails({ unitId, onDeleted }: { unitId: number; onDeleted: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const unit = useUnit(unitId);
  const [dialog, setDialog] = useState<'deactivate' | 'delete' | null>(null);

  if (unit.isPending) return <TableSkeleton rows={8} />;
  if (unit.isError) {
    if (unit.error instanceof ApiError && unit.error.status === 404) {
      return <Alert color="yellow">{t.units.notFound}</Alert>;
    }
    return <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />;
  }

  const u = unit.data;
  const rows: [string, ReactNode][] = [
    [t.units.code, <Text ff="monospace" key="code">{u.code}</Text>],
    [t.units.name, u.name],
    [t.units.kind, t.unitKinds[u.kind]],
    [t.units.commune, u.communeName],
    [t.units.contactPerson, u.contactPerson || t.common.none],
    [t.units.phone, u.phone || t.common.none],
    [t.units.email, u.email || t.common.none],
    [t.units.activeFrom, formatDate(u.activeFrom)],
    [t.units.activeTo, u.activeTo ? formatDate(u.activeTo) : t.common.none],
    [
      t.units.status,
      u.active ? (
        <Badge color="teal" variant="light">
          {t.units.statusActive}
        </Badge>
      ) : (
        <Badge color="gray" variant="light">
          {t.units.statusInactive}
        </Badge>
      ),
    ],
    [
      t.units.targets,
      u.targets.length === 0 ? (
        t.common.none
      ) : (
        <List size="sm" spacing={2}>
          {[...u.targets]
            .sort((a, b) => a - b)
            .map((n) => (
              <List.Item key={n}>
                {t.targetNumber(n)}: {t.targets[n as keyof typeof t.targets]}
              </List.Item>
            ))}
        </List>
      ),
    ],
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={u.name}
        subtitle={t.units.detailTitle}
        actions={
          me.canManageUnits ? (
            <>
              <Button component={Link} to={paths.unitEdit(u.id)}>
                {t.common.edit}
              </Button>
              {u.active ? (
                <Button variant="light" color="orange" onClick={() => setDialog('deactivate')}>
                  {t.units.deactivate}
                </Button>
              ) : null}
              <Button variant="light" color="red" onClick={() => setDialog('delete')}>
                {t.common.delete}
              </Button>
            </>
          ) : null
        }
      />
      <DetailsTable rows={rows} maw={760} />
      {dialog === 'deactivate' ? <DeactivateDialog unit={u} opened onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' ? (
        <DeleteDialog unit={u} opened onClose={() => setDialog(null)} onDeleted={onDeleted} />
      ) : null}
    </Stack>
  );
}
