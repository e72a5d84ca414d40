import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { villageQueryOptions } from './get-village';
import type { Village } from './types';
import { toVillageRequest, type VillageFormValues } from './village-form-schema';

export async function createVillage(values: VillageFormValues): Promise<Village> {
  return unwrap(await api.POST('/api/v1/villages', { body: toVillageRequest(values) })) as Village;
}

export function useCreateVillage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createVillage,
    onSuccess: (village) => {
      queryClient.setQueryData(villageQueryOptions(village.id).queryKey, village);
      return invalidateAfterRecordChange(queryClient, ['villages', 'list'], ['villages', 'options']);
    },
  });
}
