import type { paths, Schemas } from '@/lib/api';

// Every field of the *View schemas is required in the OpenAPI document, so they are used as generated.
export type SurveyRound = Schemas['SurveyRoundView'];
export type SurveyResult = Schemas['SurveyResultView'];
export type SurveyRoundRequest = Schemas['SurveyRoundRequest'];
export type SurveyResultRequest = Schemas['SurveyResultRequest'];
export type SurveyImport = Schemas['SurveyImportView'];
export type RejectedRow = Schemas['RejectedRowView'];
export type SurveyMeasure = Schemas['SurveyMeasure'];
export type Sex = Schemas['Sex'];
export type SurveyRoundsQuery = NonNullable<paths['/api/v1/survey-rounds']['get']['parameters']['query']>;

export const measures = ['THRESHOLD', 'MEAN_SCORE'] as const satisfies readonly SurveyMeasure[];
/** Each group's results are entered and shown men first, as the server sorts them. */
export const sexes = ['M', 'F'] as const satisfies readonly Sex[];
