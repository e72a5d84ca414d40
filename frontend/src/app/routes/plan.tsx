import { Box } from '@mantine/core';

import { RecordHistory } from '@/features/audit';
import { PlanView } from '@/features/plans';
import { canSeeHistory, useMe } from '@/lib/auth';

/** The plan (plans) with its change history (audit), for those who may read it. */
export default function PlanRoute() {
  const me = useMe();
  return (
    <PlanView
      history={
        canSeeHistory(me)
          ? (plan) => (
              <Box mt="md">
                <RecordHistory entityType="PLAN" entityId={plan.id} />
              </Box>
            )
          : undefined
      }
    />
  );
}
