import { Alert, Stack, Text } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { useConventionsText } from '@/lib/i18n/conventions';
import { formatDate } from '@/utils/dates';

import { useCreateConventionReview } from '../api/create-review';
import { useConvention } from '../api/get-convention';
import type { ConventionReview } from '../api/types';

import { ConventionStatusBadge, LatestStanding } from './convention-badges';
import { ReviewForm } from './review-form';

/** Records a review of one convention; an annulled convention is no longer reviewed (the server refuses it too). */
export function CreateConventionReview({ conventionId, onCreated, onCancel }: {
  conventionId: number;
  onCreated: (review: ConventionReview) => void;
  onCancel: () => void;
}) {
  const w = useConventionsText();
  const convention = useConvention(conventionId);
  const create = useCreateConventionReview();

  if (convention.isPending) return <TableSkeleton rows={5} />;
  if (convention.isError) {
    if (convention.error instanceof ApiError && convention.error.status === 404) {
      return <Alert color="yellow">{w.notFound}</Alert>;
    }
    return <ErrorAlert error={convention.error} onRetry={() => void convention.refetch()} />;
  }
  const c = convention.data;
  return (
    <Stack gap="lg">
      <Stack gap={6} component="section" aria-label={w.reviews.convention}>
        <Text fw={600}>{c.title}</Text>
        <Text size="sm" c="dimmed">
          {[c.villageName, w.decisionOn(c.decisionNumber ?? '', formatDate(c.decisionDate))].filter(Boolean).join(' · ')}
        </Text>
        <Stack gap={6} align="flex-start">
          <ConventionStatusBadge status={c.status} />
          <LatestStanding convention={c} />
        </Stack>
      </Stack>
      {c.status === 'ANNULLED' ? (
        <Alert color="yellow">{w.reviews.annulledNoReview}</Alert>
      ) : (
        <ReviewForm
          title={w.reviews.createTitle}
          convention={c}
          onSubmit={async (values) => onCreated(await create.mutateAsync({ conventionId: c.id, values }))}
          onCancel={onCancel}
        />
      )}
    </Stack>
  );
}
