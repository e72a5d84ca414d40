import { errorMessage } from '@/components/errors/error-alert';
import { ApiError } from '@/lib/api';
import { isUnitReporter, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';

import { emptyActionMonthPlanForm } from '../api/action-month-plan-form-schema';
import { useAttachPlanDocument, useCreateActionMonthPlan } from '../api/save-action-month-plan';
import type { ActionMonthPlan } from '../api/types';

import { ActionMonthPlanForm } from './action-month-plan-form';

/**
 * Files a plan, then attaches its signed document if one was chosen. A refused document does not undo
 * the filing (the date filed is what target 2 counts): the plan's page says so and offers the upload again.
 */
export function CreateActionMonthPlan({ defaults, onCreated, onCancel }: {
  defaults: { unitId?: number; year: number };
  onCreated: (plan: ActionMonthPlan, documentProblem: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const create = useCreateActionMonthPlan();
  const attach = useAttachPlanDocument();
  const reporter = isUnitReporter(me);
  const unitId = reporter ? (me.unitId ?? undefined) : defaults.unitId;

  return (
    <ActionMonthPlanForm
      mode="create"
      unitLocked={reporter}
      initialValues={emptyActionMonthPlanForm({ unitId, year: defaults.year, today: todayIso() })}
      onSubmit={async (values, document) => {
        const plan = await create.mutateAsync(values);
        if (!document) return onCreated(plan, null);
        try {
          onCreated(await attach.mutateAsync({ planId: plan.id, file: document }), null);
        } catch (error) {
          const reason =
            error instanceof ApiError && error.errors.length > 0 ? error.errors.map((e) => e.message).join(' ') : errorMessage(error, t);
          onCreated(plan, reason);
        }
      }}
      onCancel={onCancel}
    />
  );
}
