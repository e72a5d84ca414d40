import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

/** Withdraws a media product entered by mistake (with its assessment), from the version read, with a reason. */
export async function deleteMediaProduct(input: { id: number; version: number; reason: string }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/media-products/{id}', {
      params: { path: { id: input.id }, query: { version: input.version, reason: input.reason } },
    }),
  );
}

export function useDeleteMediaProduct() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteMediaProduct,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: ['media-products', 'detail', input.id] });
      return invalidateAfterRecordChange(queryClient, ['media-products', 'list']);
    },
  });
}
