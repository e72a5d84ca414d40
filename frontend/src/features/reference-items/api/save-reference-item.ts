import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';
import type { ReferenceItem } from '@/lib/reference-data';

import { toReferenceItemRequest, type ReferenceItemFormValues } from './reference-item-form-schema';

/** Adds an item to the caller's commune's lists (commune administrators only). */
export async function createReferenceItem(values: ReferenceItemFormValues): Promise<ReferenceItem> {
  return unwrap(await api.POST('/api/v1/reference-items', { body: toReferenceItemRequest(values) })) as ReferenceItem;
}

/** Changes one of the commune's own items; shared items are read-only (403). */
export async function updateReferenceItem(input: {
  id: number;
  version: number;
  values: ReferenceItemFormValues;
}): Promise<ReferenceItem> {
  return unwrap(
    await api.PUT('/api/v1/reference-items/{id}', {
      params: { path: { id: input.id } },
      body: toReferenceItemRequest(input.values, input.version),
    }),
  ) as ReferenceItem;
}

function useInvalidateReferenceItems() {
  const queryClient = useQueryClient();
  // Every list of every kind (selects in the session form read the same cache), then the figures
  // that show an item's name (and its history).
  return () => invalidateAfterRecordChange(queryClient, ['reference-items']);
}

export function useCreateReferenceItem() {
  const invalidate = useInvalidateReferenceItems();
  return useMutation({ mutationFn: createReferenceItem, onSuccess: invalidate });
}

export function useUpdateReferenceItem() {
  const invalidate = useInvalidateReferenceItems();
  return useMutation({ mutationFn: updateReferenceItem, onSuccess: invalidate });
}
