import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { actionMonthPlanQueryOptions } from './get-action-month-plan';

/** Withdraws an Action-Month plan entered by mistake (with its document), from the version read, with a reason. */
export async function deleteActionMonthPlan(input: { id: number; version: number; reason: string }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/action-month-plans/{id}', {
      params: { path: { id: input.id }, query: { version: input.version, reason: input.reason } },
    }),
  );
}

export function useDeleteActionMonthPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteActionMonthPlan,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: actionMonthPlanQueryOptions(input.id).queryKey });
      return invalidateAfterRecordChange(queryClient, ['action-month-plans']);
    },
  });
}
