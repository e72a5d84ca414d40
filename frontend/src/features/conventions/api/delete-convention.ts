import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

/** Withdraws a convention entered by mistake (with its reviews), from the version read, with a reason. */
export async function deleteConvention(input: { id: number; version: number; reason: string }): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/conventions/{id}', {
      params: { path: { id: input.id }, query: { version: input.version, reason: input.reason } },
    }),
  );
}

/** Withdraws a review entered by mistake; `version` is the convention's, as read. */
export async function deleteConventionReview(input: {
  conventionId: number;
  reviewId: number;
  version: number;
  reason: string;
}): Promise<void> {
  unwrap(
    await api.DELETE('/api/v1/conventions/{id}/reviews/{reviewId}', {
      params: {
        path: { id: input.conventionId, reviewId: input.reviewId },
        query: { version: input.version, reason: input.reason },
      },
    }),
  );
}

export function useDeleteConvention() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConvention,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: ['conventions', 'detail', input.id] });
      return invalidateAfterRecordChange(queryClient, ['conventions']);
    },
  });
}

export function useDeleteConventionReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteConventionReview,
    onSuccess: (_, input) => {
      queryClient.removeQueries({ queryKey: ['conventions', 'review', input.conventionId, input.reviewId] });
      return invalidateAfterRecordChange(queryClient, ['conventions']);
    },
  });
}
