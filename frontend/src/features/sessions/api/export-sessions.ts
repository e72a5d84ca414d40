import { useMutation } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';
import { saveBlob } from '@/utils/download';

import type { SessionsCriteria } from './get-sessions';
import type { ExportFormat } from './types';

/** buoi-truyen-thong-2026.csv, buoi-truyen-thong-2026-03-01-2026-03-31.xlsx, buoi-truyen-thong.csv */
export function exportFileName(criteria: SessionsCriteria, format: ExportFormat): string {
  const period = criteria.from || criteria.to ? [criteria.from, criteria.to].filter(Boolean).join('-') : criteria.year;
  return `buoi-truyen-thong${period ? `-${period}` : ''}.${format}`;
}

/**
 * Downloads the filtered sessions as CSV or XLSX. The file comes through the API client (so with
 * the bearer token a plain link could not carry) as a Blob, then is handed to the browser.
 */
export async function exportSessions(input: { criteria: SessionsCriteria; format: ExportFormat }): Promise<void> {
  const blob = unwrap(
    await api.GET('/api/v1/sessions/export', {
      params: { query: { ...input.criteria, format: input.format } },
      parseAs: 'blob',
    }),
  ) as Blob;
  saveBlob(blob, exportFileName(input.criteria, input.format));
}

export function useExportSessions() {
  return useMutation({ mutationFn: exportSessions });
}
