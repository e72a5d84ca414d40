import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';

import { useVillage } from '../api/get-village';
import type { Village } from '../api/types';
import { useUpdateVillage } from '../api/update-village';
import { villageToFormValues } from '../api/village-form-schema';

import { VillageForm } from './village-form';

export function EditVillage({
  villageId,
  onSaved,
  onCancel,
}: {
  villageId: number;
  onSaved: (village: Village) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const village = useVillage(villageId);
  const updateVillage = useUpdateVillage();

  if (village.isPending) return <TableSkeleton rows={3} />;
  if (village.isError) {
    if (village.error instanceof ApiError && village.error.status === 404) {
      return <Alert color="yellow">{t.villages.notFound}</Alert>;
    }
    return <ErrorAlert error={village.error} onRetry={() => void village.refetch()} />;
  }
  const current = village.data;
  return (
    <VillageForm
      key={current.version}
      initialValues={villageToFormValues(current)}
      onSubmit={async (values) =>
        onSaved(await updateVillage.mutateAsync({ id: current.id, version: current.version, values }))
      }
      onCancel={onCancel}
      onReload={() => void village.refetch()}
    />
  );
}
