import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
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
import { formatDate } from '@/utils/dates';

import { useDeleteConvention } from '../api/delete-convention';
import { useConvention } from '../api/get-convention';

import { ConventionStatusBadge, StandingBadge } from './convention-badges';
import { ConventionReviews } from './convention-reviews';

/** A convention: its village, recognition decision, legal status, the standing its latest review gives it, and its reviews. */
export function ConventionDetails({ conventionId }: { conventionId: number }) {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const convention = useConvention(conventionId);
  const remove = useDeleteConvention();
  const navigate = useNavigate();

  if (convention.isPending) return <TableSkeleton rows={6} />;
  if (convention.isError) {
    if (convention.error instanceof ApiError && convention.error.status === 404) {
      return <Alert color="yellow">{w.notFound}</Alert>;
    }
    return <ErrorAlert error={convention.error} onRetry={() => void convention.refetch()} />;
  }

  const c = convention.data;
  const writes = canManageCommuneRecords(me) && me.communeCode === c.communeCode;
  const annulled = c.status === 'ANNULLED';
  const latest = c.latestReview;
  const rows: [string, ReactNode][] = [
    [w.village, c.villageName],
    [w.decisionNumber, c.decisionNumber || t.common.none],
    [w.decisionDate, c.decisionDate ? formatDate(c.decisionDate) : t.common.none],
    [w.status, <ConventionStatusBadge key="status" status={c.status} />],
    [
      w.standing,
      <Stack key="standing" gap={4} align="flex-start">
        <StandingBadge standing={c.standing} />
        {latest ? (
          <Anchor component={Link} to={paths.conventionReview(c.id, latest.id)} size="sm">
            {w.reviewedOn(formatDate(latest.reviewedOn))}
          </Anchor>
        ) : null}
      </Stack>,
    ],
  ];

  return (
    <Stack gap="xl">
      <Stack gap="md">
        <PageHeader
          title={c.title}
          subtitle={`${w.detailTitle} · ${c.villageName}`}
          actions={
            writes ? (
              <>
                {annulled ? null : (
                  <Button component={Link} to={paths.conventionReviewNew(c.id)}>
                    {w.reviews.create}
                  </Button>
                )}
                <Button component={Link} to={paths.conventionEdit(c.id)} variant="default">
                  {t.common.edit}
                </Button>
                <WithdrawButton
                  what={w.withdrawWhat(c.title)}
                  onWithdraw={(reason) => remove.mutateAsync({ id: c.id, version: c.version, reason })}
                  onWithdrawn={() => void navigate(paths.conventions)}
                />
              </>
            ) : null
          }
        />
        <DetailsTable rows={rows} />
        {writes && annulled ? (
          <Text size="sm" c="dimmed">
            {w.reviews.annulledNoReview}
          </Text>
        ) : null}
      </Stack>
      <ConventionReviews conventionId={c.id} />
    </Stack>
  );
}
