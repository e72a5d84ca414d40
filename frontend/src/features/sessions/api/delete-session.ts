import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

/** Withdraws a session entered by mistake (with its evidence files), from the version read, with a reason. */
export async function deleteSession(input: { id: number; version: number; reason: string }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/sessions/{id}', {
      params: { path: { id: input.id }, query: { version: input.version, reason: input.reason } },
    }),
  );
}

export function useDeleteSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSession,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: ['sessions', 'detail', input.id] });
      return invalidateAfterRecordChange(queryClient, ['sessions', 'list']);
    },
  });
}
