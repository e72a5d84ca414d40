import { queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { SurveyRound } from './types';

export async function getSurveyRound(id: number): Promise<SurveyRound> {
  return unwrap(await api.GET('/api/v1/survey-rounds/{id}', { params: { path: { id } } })) as SurveyRound;
}

export const surveyRoundQueryOptions = (id: number) =>
  queryOptions({
    queryKey: ['survey-rounds', 'detail', id],
    queryFn: () => getSurveyRound(id),
  });

export function useSurveyRound(id: number) {
  return useQuery(surveyRoundQueryOptions(id));
}
