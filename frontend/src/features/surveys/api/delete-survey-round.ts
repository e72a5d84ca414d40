import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

/** Withdraws a survey round entered by mistake (with all its results), from the version read, with a reason. */
export async function deleteSurveyRound(input: { id: number; version: number; reason: string }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/survey-rounds/{id}', {
      params: { path: { id: input.id }, query: { version: input.version, reason: input.reason } },
    }),
  );
}

export function useDeleteSurveyRound() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSurveyRound,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: ['survey-rounds', 'detail', input.id] });
      return invalidateAfterRecordChange(queryClient, ['survey-rounds', 'list']);
    },
  });
}
