import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { unitQueryOptions } from './get-unit';
import type { Unit } from './types';
import { toUnitRequest, type UnitFormValues } from './unit-form-schema';

export async function createUnit(values: UnitFormValues): Promise<Unit> {
  return unwrap(await api.POST('/api/v1/units', { body: toUnitRequest(values) })) as Unit;
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: (unit) => {
      queryClient.setQueryData(unitQueryOptions(unit.id).queryKey, unit);
      return invalidateAfterRecordChange(queryClient, ['units', 'list'], ['units', 'options']);
    },
  });
}
