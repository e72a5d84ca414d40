import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api, invalidateAfterRecordChange, unwrap } from '@/lib/api';

import { conventionReviewQueryOptions } from './get-reviews';
import { toReviewRequest, type ReviewFormValues } from './review-form-schema';
import type { ConventionReview } from './types';

export async function createConventionReview(input: { conventionId: number; values: ReviewFormValues }): Promise<ConventionReview> {
  return unwrap(
    await api.POST('/api/v1/conventions/{id}/reviews', {
      params: { path: { id: input.conventionId } },
      body: toReviewRequest(input.values),
    }),
  ) as ConventionReview;
}

export function useCreateConventionReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createConventionReview,
    onSuccess: (review) => {
      queryClient.setQueryData(conventionReviewQueryOptions(review.conventionId, review.id).queryKey, review);
      // The convention's latest review and standing may change, in its page and in the list.
      return invalidateAfterRecordChange(queryClient, ['conventions']);
    },
  });
}
