import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { surveyRoundQueryOptions } from './get-survey-round';
import type { SurveyRound, SurveyRoundRequest } from './types';

export async function createSurveyRound(request: SurveyRoundRequest): Promise<SurveyRound> {
  return unwrap(await api.POST('/api/v1/survey-rounds', { body: request })) as SurveyRound;
}

/** Saves changes to the version read (`request.version`); the server answers 409 stale-version if it moved on. */
export async function updateSurveyRound(input: { id: number; request: SurveyRoundRequest }): Promise<SurveyRound> {
  return unwrap(
    await api.PUT('/api/v1/survey-rounds/{id}', { params: { path: { id: input.id } }, body: input.request }),
  ) as SurveyRound;
}

/** A round changed (form or file): its page, the lists and every figure (target 3 among them). */
export function refreshAfterSurveyChange(queryClient: QueryClient, round: SurveyRound) {
  queryClient.setQueryData(surveyRoundQueryOptions(round.id).queryKey, round);
  return invalidateAfterRecordChange(queryClient, ['survey-rounds', 'list']);
}

export function useCreateSurveyRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSurveyRound, onSuccess: (round) => refreshAfterSurveyChange(queryClient, round) });
}

export function useUpdateSurveyRound() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSurveyRound, onSuccess: (round) => refreshAfterSurveyChange(queryClient, round) });
}
