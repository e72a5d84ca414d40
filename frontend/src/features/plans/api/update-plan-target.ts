import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, ApiError, unwrap, type Schemas } from '@/lib/api';

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
    onSuccess: () => {
      // The plan (its version moved), its history, and the dashboard's yearly targets.
      void queryClient.invalidateQueries({ queryKey: ['plans'] });
      void queryClient.invalidateQueries({ queryKey: ['audit'] });
      void queryClient.invalidateQueries({ queryKey: ['dashboard'] });
      void queryClient.invalidateQueries({ queryKey: ['indicators'] });
    },
    onError: (error) => {
      // Someone else changed the plan: reload it, so that the next save carries its new version.
      if (error instanceof ApiError && error.is('stale-version')) void queryClient.invalidateQueries({ queryKey: ['plans'] });
    },
  });
}
