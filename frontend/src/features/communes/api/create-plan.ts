import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import type { Plan, PlanCreateRequest } from './types';

export interface CreatePlanInput {
  request: PlanCreateRequest;
  /** One key per form: a retry after a lost answer returns the plan already created, never a second one. */
  idempotencyKey: string;
}

/** Enables a commune: creates its plan from the programme template (province-admin of its province). */
export async function createPlan(input: CreatePlanInput): Promise<Plan> {
  return unwrap(
    await api.POST('/api/v1/plans', {
      params: { header: { 'Idempotency-Key': input.idempotencyKey } },
      body: input.request,
    }),
  ) as Plan;
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    // Every plan-derived query (the enabled communes, the period, a commune's plan) and the figures.
    onSuccess: () => invalidateAfterRecordChange(queryClient, ['plans']),
  });
}
