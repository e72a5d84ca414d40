import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { villageQueryOptions } from './get-village';
import type { Village } from './types';
import { toVillageRequest, type VillageFormValues } from './village-form-schema';

export async function updateVillage(input: { id: number; version: number; values: VillageFormValues }): Promise<Village> {
  return unwrap(
    await api.PUT('/api/v1/villages/{id}', {
      params: { path: { id: input.id } },
      body: toVillageRequest(input.values, input.version),
    }),
  ) as Village;
}

export function useUpdateVillage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateVillage,
    onSuccess: (village) => {
      queryClient.setQueryData(villageQueryOptions(village.id).queryKey, village);
      return invalidateAfterRecordChange(queryClient, ['villages', 'list'], ['villages', 'options']);
    },
  });
}
