import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { toChecklistRequest, type ChecklistFormValues } from './checklist-form-schema';
import { currentChecklistQueryOptions, mediaChecklistQueryOptions } from './get-media-checklists';
import type { MediaChecklist } from './types';

/** Publishes the next version; earlier versions and the assessments made with them stay as they are. */
export async function createMediaChecklist(values: ChecklistFormValues): Promise<MediaChecklist> {
  return unwrap(await api.POST('/api/v1/media-checklists', { body: toChecklistRequest(values) })) as MediaChecklist;
}

export function useCreateMediaChecklist() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createMediaChecklist,
    onSuccess: (checklist) => {
      queryClient.setQueryData(mediaChecklistQueryOptions(checklist.version).queryKey, checklist);
      queryClient.setQueryData(currentChecklistQueryOptions().queryKey, checklist);
      // A new version changes which products meet the standard (target 4).
      return invalidateAfterRecordChange(queryClient, ['media-checklists', 'list'], ['media-products']);
    },
  });
}
