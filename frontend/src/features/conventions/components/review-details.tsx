import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { WithdrawButton } from '@/components/ui/withdraw-dialog';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';
import { formatDate, formatDateTime } from '@/utils/dates';

import { useDeleteConventionReview } from '../api/delete-convention';
import { useConvention } from '../api/get-convention';
import { useConventionReview } from '../api/get-reviews';
import type { FlaggedClause } from '../api/types';

import { StandingBadge } from './convention-badges';

function ClauseCard({ clause, index }: { clause: FlaggedClause; index: number }) {
  const w = useConventionsText();
  const rows: [string, ReactNode][] = [
    [w.clauses.text, clause.text],
    [w.clauses.recommendation, clause.recommendation],
    [w.clauses.followUp, clause.followUp || <Text key="none" span size="sm" c="dimmed">{w.clauses.noFollowUp}</Text>],
  ];
  return (
    <Card withBorder padding="sm" component="li" aria-label={w.clauses.clause(index + 1)} data-testid="flagged-clause">
      <Group gap="xs" wrap="wrap" mb="xs">
        <Text fw={600} size="sm">
          {w.clauses.clause(index + 1)}
        </Text>
        <Badge color="red" variant="light" styles={{ root: { textTransform: 'none', height: 'auto' }, label: { whiteSpace: 'normal' } }}>
          {w.categories[clause.category]}
        </Badge>
      </Group>
      <Stack gap={6}>
        {rows.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed" fw={600}>
              {label}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {value}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}

/** One review, read-only: when, by whom, the conclusion, and each flagged clause with its recommendation and follow-up. */
export function ConventionReviewDetails({ conventionId, reviewId }: { conventionId: number; reviewId: number }) {
  const w = useConventionsText();
  const { t } = useI18n();
  const review = useConventionReview(conventionId, reviewId);
  const convention = useConvention(conventionId);
  const me = useMe();
  const remove = useDeleteConventionReview();
  const navigate = useNavigate();

  if (review.isPending) return <TableSkeleton rows={6} />;
  if (review.isError) {
    if (review.error instanceof ApiError && review.error.status === 404) {
      return <Alert color="yellow">{w.reviews.notFound}</Alert>;
    }
    return <ErrorAlert error={review.error} onRetry={() => void review.refetch()} />;
  }

  const r = review.data;
  const latest = convention.data?.latestReview ?? null;
  const rows: [string, ReactNode][] = [
    [
      w.reviews.convention,
      <Anchor key="convention" component={Link} to={paths.convention(conventionId)}>
        {convention.data ? `${convention.data.title} · ${convention.data.villageName}` : w.reviews.backToConvention}
      </Anchor>,
    ],
    [w.reviews.reviewedOn, formatDate(r.reviewedOn)],
    [
      w.reviews.reviewers,
      r.reviewers === null ? (
        <Text key="reviewers" size="sm" c="dimmed">
          {t.common.withheld}
        </Text>
      ) : (
        <Text key="reviewers" size="sm" style={{ whiteSpace: 'pre-line' }}>
          {r.reviewers}
        </Text>
      ),
    ],
    [w.reviews.conclusion, <StandingBadge key="conclusion" standing={r.noDiscrimination ? 'NO_DISCRIMINATION' : 'DISCRIMINATION_FOUND'} />],
    [
      w.reviews.recordedBy,
      r.recordedBy ? w.reviews.byAt(r.recordedBy, formatDateTime(r.recordedAt)) : formatDateTime(r.recordedAt),
    ],
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={w.reviews.detailTitle(formatDate(r.reviewedOn))}
        subtitle={convention.data?.title}
        actions={
          convention.data && canManageCommuneRecords(me) && me.communeCode === convention.data.communeCode ? (
            <WithdrawButton
              what={w.reviews.withdrawWhat(formatDate(r.reviewedOn))}
              onWithdraw={(reason) =>
                remove.mutateAsync({ conventionId, reviewId: r.id, version: convention.data.version, reason })
              }
              onWithdrawn={() => void navigate(paths.convention(conventionId))}
            />
          ) : null
        }
      />
      {latest ? (
        latest.id === r.id ? (
          <Alert color="blue" role="status">
            {w.reviews.latest}
          </Alert>
        ) : (
          <Alert color="gray" role="status">
            {w.reviews.notLatest(formatDate(latest.reviewedOn))}
          </Alert>
        )
      ) : null}
      <DetailsTable rows={rows} />
      <Stack gap="xs" component="section" aria-labelledby="review-clauses-title" maw={860}>
        <Title order={3} fz="lg" id="review-clauses-title">
          {w.clauses.title}
        </Title>
        {r.clauses.length === 0 ? (
          <Text size="sm" c="dimmed">
            {w.clauses.none}
          </Text>
        ) : (
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {r.clauses.map((clause, index) => (
              <ClauseCard key={index} clause={clause} index={index} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
