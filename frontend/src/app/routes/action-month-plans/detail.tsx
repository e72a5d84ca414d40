import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { ActionMonthPlanDetails } from '@/features/action-month-plans';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useIndicatorsText } from '@/lib/i18n/indicators';

/** A unit's Action Month plan (action-month-plans) and its change history (audit). */
export default function ActionMonthPlanDetailRoute() {
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const id = Number(useParams().planId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <ActionMonthPlanDetails planId={id} />
      </div>
      {canSeeHistory(me) ? <RecordHistory entityType="ACTION_MONTH_PLAN" entityId={id} /> : null}
    </Stack>
  );
}
