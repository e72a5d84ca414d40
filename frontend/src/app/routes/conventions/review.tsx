import { Alert } from '@mantine/core';
import { useParams } from 'react-router';

import { ConventionReviewDetails } from '@/features/conventions';
import { useConventionsText } from '@/lib/i18n/conventions';

/** One review of a convention, read-only (reviews are only ever added). */
export default function ConventionReviewRoute() {
  const w = useConventionsText();
  const params = useParams();
  const conventionId = Number(params.conventionId);
  const reviewId = Number(params.reviewId);
  const valid = [conventionId, reviewId].every((n) => Number.isInteger(n) && n > 0);
  if (!valid) return <Alert color="yellow">{w.reviews.notFound}</Alert>;
  return <ConventionReviewDetails conventionId={conventionId} reviewId={reviewId} />;
}
