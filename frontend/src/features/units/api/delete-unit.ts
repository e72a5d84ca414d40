import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { unitQueryOptions } from './get-unit';

/** Deletes a unit nothing refers to; otherwise the server answers 409 in-use with the reason. */
export async function deleteUnit(id: number): Promise<void> {
  unwrap(await api.DELETE('/api/v1/units/{id}', { params: { path: { id } } }));
}

export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteUnit,
    onSuccess: (_data, id) => {
      queryClient.removeQueries({ queryKey: unitQueryOptions(id).queryKey });
      return invalidateAfterRecordChange(queryClient, ['units', 'list'], ['units', 'options']);
    },
  });
}
