import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api, unwrap } from '@/lib/api';

import type { ConventionReview, ConventionReviewPage } from './types';

/** A page of a convention's reviews, newest (latest review day) first. */
export async function getConventionReviews(conventionId: number, page: number, size: number): Promise<ConventionReviewPage> {
  return unwrap(
    await api.GET('/api/v1/conventions/{id}/reviews', {
      params: { path: { id: conventionId }, query: { page, size } },
    }),
  ) as ConventionReviewPage;
}

export const conventionReviewsQueryOptions = (conventionId: number, page: number, size: number) =>
  queryOptions({
    queryKey: ['conventions', 'reviews', conventionId, { page, size }],
    queryFn: () => getConventionReviews(conventionId, page, size),
    placeholderData: keepPreviousData,
  });

export function useConventionReviews(conventionId: number, page: number, size: number) {
  return useQuery(conventionReviewsQueryOptions(conventionId, page, size));
}

export async function getConventionReview(conventionId: number, reviewId: number): Promise<ConventionReview> {
  return unwrap(
    await api.GET('/api/v1/conventions/{id}/reviews/{reviewId}', {
      params: { path: { id: conventionId, reviewId } },
    }),
  ) as ConventionReview;
}

export const conventionReviewQueryOptions = (conventionId: number, reviewId: number) =>
  queryOptions({
    queryKey: ['conventions', 'review', conventionId, reviewId],
    queryFn: () => getConventionReview(conventionId, reviewId),
  });

export function useConventionReview(conventionId: number, reviewId: number) {
  return useQuery(conventionReviewQueryOptions(conventionId, reviewId));
}
