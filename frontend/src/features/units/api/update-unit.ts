import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { unitQueryOptions } from './get-unit';
import type { Unit } from './types';
import { toUnitRequest, type UnitFormValues } from './unit-form-schema';

/** Saves changes made to the version read; the server answers 409 stale-version if it moved on. */
export async function updateUnit(input: { id: number; version: number; values: UnitFormValues }): Promise<Unit> {
  return unwrap(
    await api.PUT('/api/v1/units/{id}', {
      params: { path: { id: input.id } },
      body: toUnitRequest(input.values, input.version),
    }),
  ) as Unit;
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: (unit) => {
      queryClient.setQueryData(unitQueryOptions(unit.id).queryKey, unit);
      return invalidateAfterRecordChange(queryClient, ['units', 'list'], ['units', 'options']);
    },
  });
}
