import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';

import { useUnit } from '../api/get-unit';
import type { Unit } from '../api/types';
import { unitToFormValues } from '../api/unit-form-schema';
import { useUpdateUnit } from '../api/update-unit';

import { UnitForm } from './unit-form';

export function EditUnit({ unitId, onSaved, onCancel }: { unitId: number; onSaved: (unit: Unit) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const unit = useUnit(unitId);
  const updateUnit = useUpdateUnit();

  if (unit.isPending) return <TableSkeleton rows={8} />;
  if (unit.isError) {
    if (unit.error instanceof ApiError && unit.error.status === 404) {
      return <Alert color="yellow">{t.units.notFound}</Alert>;
    }
    return <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />;
  }

  const current = unit.data;
  return (
    <UnitForm
      // A reload that brings a newer version starts the form afresh from it.
      key={current.version}
      initialValues={unitToFormValues(current)}
      onSubmit={async (values) =>
        onSaved(await updateUnit.mutateAsync({ id: current.id, version: current.version, values }))
      }
      onCancel={onCancel}
      onReload={() => void unit.refetch()}
    />
  );
}
