import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useConventionsText } from '@/lib/i18n/conventions';

import { conventionToFormValues } from '../api/convention-form-schema';
import { useConvention } from '../api/get-convention';
import { useUpdateConvention } from '../api/save-convention';
import type { Convention } from '../api/types';

import { ConventionForm } from './convention-form';

export function EditConvention({ conventionId, onSaved, onCancel }: {
  conventionId: number;
  onSaved: (convention: Convention) => void;
  onCancel: () => void;
}) {
  const w = useConventionsText();
  const convention = useConvention(conventionId);
  const update = useUpdateConvention();

  if (convention.isPending) return <TableSkeleton rows={5} />;
  if (convention.isError) {
    if (convention.error instanceof ApiError && convention.error.status === 404) {
      return <Alert color="yellow">{w.notFound}</Alert>;
    }
    return <ErrorAlert error={convention.error} onRetry={() => void convention.refetch()} />;
  }
  const current = convention.data;
  return (
    <ConventionForm
      key={current.version}
      title={w.editTitle}
      initialValues={conventionToFormValues(current)}
      communeCode={current.communeCode}
      currentVillage={{ id: current.villageId, name: current.villageName }}
      onSubmit={async (values) => onSaved(await update.mutateAsync({ id: current.id, version: current.version, values }))}
      onCancel={onCancel}
      onReload={() => void convention.refetch()}
    />
  );
}
