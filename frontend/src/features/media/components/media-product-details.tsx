import { Alert, Button, Card, Group, Stack, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { WithdrawButton } from '@/components/ui/withdraw-dialog';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { canEditUnitRecord, canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';
import { formatDate } from '@/utils/dates';

import { useCurrentChecklist, useMediaChecklist } from '../api/get-media-checklists';
import { useDeleteMediaProduct } from '../api/delete-media-product';
import { useMediaProduct } from '../api/get-media-product';

import { AssessmentForm } from './assessment-form';
import { AssessmentResult } from './assessment-result';

/** A media product, its assessment against the gender checklist and, for the commune's runners, the way to assess it. */
export function MediaProductDetails({ productId }: { productId: number }) {
  const { t } = useI18n();
  const m = useMediaText();
  const me = useMe();
  const product = useMediaProduct(productId);
  const current = useCurrentChecklist();
  const used = useMediaChecklist(product.data?.checklistVersion ?? null);
  const [saved, setSaved] = useState(false);
  const remove = useDeleteMediaProduct();
  const navigate = useNavigate();

  if (product.isPending) return <TableSkeleton rows={6} />;
  if (product.isError) {
    if (product.error instanceof ApiError && product.error.status === 404) {
      return <Alert color="yellow">{m.products.notFound}</Alert>;
    }
    return <ErrorAlert error={product.error} onRetry={() => void product.refetch()} />;
  }
  const p = product.data;
  const canEdit = canEditUnitRecord(me, p);
  // The API lets the product's commune's runners assess it.
  const canAssess = canManageCommuneRecords(me) && me.communeCode === p.communeCode;
  const rows: [string, ReactNode][] = [
    [m.products.unit, p.unitName],
    [m.products.kind, m.kinds[p.kind]],
    [m.products.publishedOn, formatDate(p.publishedOn)],
  ];

  return (
    <Stack gap="lg">
      <PageHeader
        title={p.title}
        subtitle={m.products.detailTitle}
        actions={
          canEdit ? (
            <Group gap="xs">
              <Button component={Link} to={paths.mediaProductEdit(p.id)}>
                {t.common.edit}
              </Button>
              <WithdrawButton
                what={m.products.withdrawWhat(p.title)}
                onWithdraw={(reason) => remove.mutateAsync({ id: p.id, version: p.version, reason })}
                onWithdrawn={() => void navigate(paths.mediaProducts)}
              />
            </Group>
          ) : null
        }
      />
      <DetailsTable rows={rows} maw={760} />

      <Stack gap="sm" component="section" aria-labelledby="media-assessment-heading">
        <Title order={3} id="media-assessment-heading">
          {m.assessment.sectionTitle}
        </Title>
        {saved ? (
          <Alert color="teal" role="status" withCloseButton onClose={() => setSaved(false)}>
            {m.assessment.saved}
          </Alert>
        ) : null}
        <AssessmentResult product={p} checklist={used.data}
          checklistPending={used.isPending && used.fetchStatus !== 'idle'}
          checklistFailed={used.isError} current={current.data} />
        <Button component={Link} to={paths.mediaChecklists} variant="subtle" size="compact-sm" w="fit-content">
          {m.products.checklistLink}
        </Button>
      </Stack>

      {canAssess ? (
        <Card withBorder padding="md" maw={800}>
          {current.isPending ? (
            <TableSkeleton rows={4} />
          ) : current.isError ? (
            <ErrorAlert error={current.error} onRetry={() => void current.refetch()} />
          ) : (
            <AssessmentForm
              // After a save or a reload the form starts afresh from the product as it now stands.
              key={p.version}
              product={p}
              current={current.data}
              onAssessed={() => setSaved(true)}
              onReload={() => {
                setSaved(false);
                void product.refetch();
                void current.refetch();
              }}
            />
          )}
        </Card>
      ) : null}
    </Stack>
  );
}
