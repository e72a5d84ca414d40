import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap, type Page } from '@/lib/api';

import type { SurveyRound } from './types';

export interface SurveyRoundsFilter {
  communeCode?: string;
  year?: number;
  page: number;
  size: number;
}

/** The rounds the caller may read, the latest first (the server's order). */
export async function getSurveyRounds(filter: SurveyRoundsFilter): Promise<Page<SurveyRound>> {
  return unwrap(await api.GET('/api/v1/survey-rounds', { params: { query: filter } })) as Page<SurveyRound>;
}

export const surveyRoundsQueryOptions = (filter: SurveyRoundsFilter) =>
  queryOptions({
    queryKey: ['survey-rounds', 'list', filter],
    queryFn: () => getSurveyRounds(filter),
    placeholderData: keepPreviousData,
  });

export function useSurveyRounds(filter: SurveyRoundsFilter) {
  return useQuery(surveyRoundsQueryOptions(filter));
}
