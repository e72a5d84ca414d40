import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useIndicatorsText } from '@/lib/i18n/indicators';

import { actionMonthPlanToFormValues } from '../api/action-month-plan-form-schema';
import { useActionMonthPlan } from '../api/get-action-month-plan';
import { useUpdateActionMonthPlan } from '../api/save-action-month-plan';
import type { ActionMonthPlan } from '../api/types';

import { ActionMonthPlanForm } from './action-month-plan-form';

export function EditActionMonthPlan({ planId, onSaved, onCancel }: {
  planId: number;
  onSaved: (plan: ActionMonthPlan) => void;
  onCancel: () => void;
}) {
  const w = useIndicatorsText().actionMonthPlans;
  const plan = useActionMonthPlan(planId);
  const update = useUpdateActionMonthPlan();

  if (plan.isPending) return <TableSkeleton rows={6} />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && plan.error.status === 404) return <Alert color="yellow">{w.notFound}</Alert>;
    return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  const current = plan.data;
  return (
    <ActionMonthPlanForm
      key={current.version}
      mode="edit"
      unitLocked
      initialValues={actionMonthPlanToFormValues(current)}
      onSubmit={async (values) => onSaved(await update.mutateAsync({ id: current.id, version: current.version, values }))}
      onCancel={onCancel}
      onReload={() => void plan.refetch()}
    />
  );
}
