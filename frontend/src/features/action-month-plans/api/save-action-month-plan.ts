import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';
import { fileForm } from '@/lib/attachments';
import { saveBlob } from '@/utils/download';

import { toActionMonthPlanRequest, type ActionMonthPlanFormValues } from './action-month-plan-form-schema';
import { actionMonthPlanQueryOptions } from './get-action-month-plan';
import type { ActionMonthPlan } from './types';

export async function createActionMonthPlan(values: ActionMonthPlanFormValues): Promise<ActionMonthPlan> {
  return unwrap(await api.POST('/api/v1/action-month-plans', { body: toActionMonthPlanRequest(values) })) as ActionMonthPlan;
}

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateActionMonthPlan(input: { id: number; version: number; values: ActionMonthPlanFormValues }): Promise<ActionMonthPlan> {
  return unwrap(
    await api.PUT('/api/v1/action-month-plans/{id}', {
      params: { path: { id: input.id } },
      body: toActionMonthPlanRequest(input.values, input.version),
    }),
  ) as ActionMonthPlan;
}

/** Attaches (or replaces) the signed plan document. */
export async function attachPlanDocument(input: { planId: number; file: File }): Promise<ActionMonthPlan> {
  return unwrap(
    await api.POST('/api/v1/action-month-plans/{id}/attachment', { params: { path: { id: input.planId } }, ...fileForm(input.file) }),
  ) as ActionMonthPlan;
}

export async function downloadPlanDocument(plan: ActionMonthPlan): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/action-month-plans/{id}/attachment', { params: { path: { id: plan.id } }, parseAs: 'blob' }),
  ) as Blob;
  saveBlob(blob, plan.attachment?.fileName ?? `ke-hoach-${plan.unitCode}-${plan.year}`);
}

function useOnPlanSaved() {
  const queryClient = useQueryClient();
  return (plan: ActionMonthPlan) => {
    queryClient.setQueryData(actionMonthPlanQueryOptions(plan.id).queryKey, plan);
    // The unit's own plan, then the figures (the status table and target 2 among them).
    return invalidateAfterRecordChange(queryClient, ['action-month-plans', 'unit']);
  };
}

export function useCreateActionMonthPlan() {
  const onSaved = useOnPlanSaved();
  return useMutation({ mutationFn: createActionMonthPlan, onSuccess: onSaved });
}

export function useUpdateActionMonthPlan() {
  const onSaved = useOnPlanSaved();
  return useMutation({ mutationFn: updateActionMonthPlan, onSuccess: onSaved });
}

export function useAttachPlanDocument() {
  const onSaved = useOnPlanSaved();
  return useMutation({ mutationFn: attachPlanDocument, onSuccess: onSaved });
}

export function useDownloadPlanDocument() {
  return useMutation({ mutationFn: downloadPlanDocument });
}
