import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import { refreshAfterSurveyChange } from './save-survey-round';
import type { SurveyImport } from './types';

/** The server's limit on a request body (quarkus.http.limits.max-body-size). */
export const RESPONSE_FILE_MAX_BYTES = 12 * 1024 * 1024;

export type ResponseFileProblem = 'type' | 'size' | 'empty';

/**
 * Spares an upload the server would refuse: a .csv file, not empty, within the limit. The name
 * decides, since browsers give a CSV file various types (text/csv, application/vnd.ms-excel, none).
 */
export function checkResponseFile(file: File): ResponseFileProblem | null {
  if (!/\.csv$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > RESPONSE_FILE_MAX_BYTES) return 'size';
  return null;
}

/**
 * Sends the file's bytes as they are, as the body of a `text/csv` request (not a multipart form):
 * the server reads the encoding itself and says so when a file is not UTF-8.
 */
export async function importSurveyResponses(input: { roundId: number; file: Blob }): Promise<SurveyImport> {
  const bytes = await input.file.arrayBuffer();
  return unwrap(
    await api.POST('/api/v1/survey-rounds/{id}/import', {
      params: { path: { id: input.roundId } },
      body: bytes as unknown as string,
      bodySerializer: (value) => value as unknown as ArrayBuffer,
      headers: { 'Content-Type': 'text/csv' },
    }),
  ) as SurveyImport;
}

export function useImportSurveyResponses() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSurveyResponses,
    onSuccess: (outcome) => refreshAfterSurveyChange(queryClient, outcome.round),
  });
}
