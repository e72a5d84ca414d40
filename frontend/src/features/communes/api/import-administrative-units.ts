import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import type { AreaImport } from './types';

/** The server's limit on the official list (AdministrativeUnitFile.MAX_BYTES): larger files are refused with 413. */
export const UNIT_FILE_MAX_BYTES = 2 * 1024 * 1024;

export type UnitFileProblem = 'type' | 'size' | 'empty';

/** Spares an upload the server would refuse: a .csv file (the name decides), not empty, within 2 MB. */
export function checkUnitFile(file: File): UnitFileProblem | null {
  if (!/\.csv$/i.test(file.name)) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > UNIT_FILE_MAX_BYTES) return 'size';
  return null;
}

export interface ImportUnitsInput {
  /** The file's bytes, as read once for the dry run: applying sends exactly what was checked. */
  bytes: ArrayBuffer;
  /** 'yyyy-MM-dd'. */
  effectiveFrom: string;
  dryRun: boolean;
  /** Only when applying: one key per checked file and date, so a retry after a lost answer applies it once. */
  idempotencyKey?: string;
}

/**
 * POST /api/v1/administrative-units/imports with the file's bytes as a `text/csv` body (as the survey import
 * sends its file): the server checks the encoding itself and names the line of a byte that is not UTF-8, which a
 * text already decoded by the browser (File.text() turns such bytes into U+FFFD) would hide.
 */
export async function importAdministrativeUnits(input: ImportUnitsInput): Promise<AreaImport> {
  return unwrap(
    await api.POST('/api/v1/administrative-units/imports', {
      params: {
        query: { dryRun: input.dryRun, effectiveFrom: input.effectiveFrom },
        header: input.idempotencyKey ? { 'Idempotency-Key': input.idempotencyKey } : {},
      },
      body: input.bytes as unknown as string,
      bodySerializer: (value) => value as unknown as ArrayBuffer,
      headers: { 'Content-Type': 'text/csv' },
    }),
  ) as AreaImport;
}

/** The dry run: nothing is written, nothing to refresh. */
export function useCheckAdministrativeUnits() {
  return useMutation({ mutationFn: (input: Omit<ImportUnitsInput, 'dryRun' | 'idempotencyKey'>) => importAdministrativeUnits({ ...input, dryRun: true }) });
}

/** Applying: every commune list (the country's, the reference list, the province's) and the figures move. */
export function useApplyAdministrativeUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<ImportUnitsInput, 'dryRun'> & { idempotencyKey: string }) => importAdministrativeUnits({ ...input, dryRun: false }),
    onSuccess: () => invalidateAfterRecordChange(queryClient, ['communes'], ['plans']),
  });
}
