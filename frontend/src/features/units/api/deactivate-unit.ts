import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { unitQueryOptions } from './get-unit';
import type { Unit } from './types';

export async function deactivateUnit(input: { id: number; version: number; activeTo: string }): Promise<Unit> {
  return unwrap(
    await api.POST('/api/v1/units/{id}/deactivate', {
      params: { path: { id: input.id } },
      body: { activeTo: input.activeTo, version: input.version },
    }),
  ) as Unit;
}

export function useDeactivateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deactivateUnit,
    onSuccess: (unit) => {
      queryClient.setQueryData(unitQueryOptions(unit.id).queryKey, unit);
      return invalidateAfterRecordChange(queryClient, ['units', 'list'], ['units', 'options']);
    },
  });
}
