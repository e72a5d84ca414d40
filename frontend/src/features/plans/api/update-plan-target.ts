import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ApiError, invalidateAfterRecordChange, unwrap, type Schemas } from '@/lib/api';

import type { Plan } from './types';

export interface UpdatePlanTargetInput {
  planId: number;
  number: number;
  request: Schemas['TargetValuesRequest'];
}

/** Changes one target's yearly values within the plan's bounds; the server records the change in the plan's history. */
export async function updatePlanTarget({ planId, number, request }: UpdatePlanTargetInput): Promise<Plan> {
  return unwrap(
    await api.PUT('/api/v1/plans/{id}/targets/{number}', { params: { path: { id: planId, number } }, body: request }),
  ) as Plan;
}

export function useUpdatePlanTarget() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlanTarget,
    // The plan (its version moved, and the programme period read from it), then the yearly targets.
    onSuccess: () => invalidateAfterRecordChange(queryClient, ['plans']),
    onError: (error) => {
      // Someone else changed the plan: reload it, so that the next save carries its new version.
      if (error instanceof ApiError && error.is('stale-version')) void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}
