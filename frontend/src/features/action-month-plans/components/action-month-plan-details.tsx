import { Alert, Anchor, Badge, Button, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert, errorMessage } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { WithdrawButton } from '@/components/ui/withdraw-dialog';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { ATTACHMENT_ACCEPT, checkAttachment } from '@/lib/attachments';
import { canEditUnitRecord, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { formatDate } from '@/utils/dates';
import { formatFileSize } from '@/utils/numbers';

import { useDeleteActionMonthPlan } from '../api/delete-action-month-plan';
import { useActionMonthPlan } from '../api/get-action-month-plan';
import { useAttachPlanDocument, useDownloadPlanDocument } from '../api/save-action-month-plan';
import type { ActionMonthPlan } from '../api/types';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text style={{ whiteSpace: 'pre-line' }}>{children}</Text>
    </div>
  );
}

/** The signed document: download for readers, attach or replace for the plan's writers. */
function PlanDocument({ plan, canAttach }: { plan: ActionMonthPlan; canAttach: boolean }) {
  const { t } = useI18n();
  const w = useIndicatorsText().actionMonthPlans;
  const attach = useAttachPlanDocument();
  const download = useDownloadPlanDocument();
  const [problem, setProblem] = useState<string | null>(null);
  const [attached, setAttached] = useState<string | null>(null);

  function choose(file: File | null) {
    setAttached(null);
    attach.reset();
    if (!file) return;
    const rejected = checkAttachment(file);
    setProblem(rejected === 'type' ? t.validation.fileType : rejected === 'size' ? t.validation.fileTooLarge : null);
    if (rejected) return;
    attach.mutate({ planId: plan.id, file }, { onSuccess: (saved) => setAttached(saved.attachment?.fileName ?? file.name) });
  }

  const attachError =
    attach.error instanceof ApiError && attach.error.errors.length > 0
      ? attach.error.errors.map((e) => e.message).join(' ')
      : attach.error
        ? errorMessage(attach.error, t)
        : null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="plan-document-title">
      <Title order={3} fz="lg" id="plan-document-title">
        {w.document}
      </Title>
      {plan.attachment ? (
        <Group gap="xs">
          <Anchor
            component="button"
            type="button"
            onClick={() => download.mutate(plan)}
            aria-label={w.download(plan.attachment.fileName)}
            style={{ wordBreak: 'break-all', textAlign: 'left' }}
          >
            {plan.attachment.fileName}
          </Anchor>
          <Text size="sm" c="dimmed">
            {formatFileSize(plan.attachment.sizeBytes)}
          </Text>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          {w.noDocument}
        </Text>
      )}
      {download.error ? (
        <Alert color="red" role="alert">
          {errorMessage(download.error, t)}
        </Alert>
      ) : null}
      {canAttach ? (
        <Stack gap={6} align="flex-start">
          <Text size="sm" c="dimmed">
            {w.documentHint}
          </Text>
          <FileButton onChange={choose} accept={ATTACHMENT_ACCEPT} disabled={attach.isPending}>
            {(props) => (
              <Button {...props} variant="light" loading={attach.isPending}>
                {plan.attachment ? w.replace : w.attach}
              </Button>
            )}
          </FileButton>
          {problem || attachError ? (
            <Alert color="red" role="alert" w="100%">
              {problem ?? attachError}
            </Alert>
          ) : null}
          {attached ? (
            <Alert color="teal" role="status" w="100%">
              {w.attached(attached)}
            </Alert>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

/** One unit's Action Month plan: what it plans, when it was filed (on time or not) and its signed document. */
export function ActionMonthPlanDetails({ planId }: { planId: number }) {
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const plan = useActionMonthPlan(planId);
  const remove = useDeleteActionMonthPlan();
  const navigate = useNavigate();

  if (plan.isPending) return <TableSkeleton rows={6} />;
  if (plan.isError) {
    if (plan.error instanceof ApiError && plan.error.status === 404) return <Alert color="yellow">{w.notFound}</Alert>;
    return <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} />;
  }
  const current = plan.data;
  const canEdit = canEditUnitRecord(me, current);
  return (
    <Stack gap="lg">
      <PageHeader
        title={w.detailTitle(current.unitName, current.year)}
        subtitle={
          <Anchor component={Link} to={`${paths.actionMonthPlans}?year=${current.year}`} size="sm">
            {w.backToStatus}
          </Anchor>
        }
        actions={
          canEdit ? (
            <Group gap="xs">
              <Button component={Link} to={paths.actionMonthPlanEdit(current.id)} variant="light">
                {w.edit}
              </Button>
              <WithdrawButton
                what={w.withdrawWhat(current.unitName, current.year)}
                onWithdraw={(reason) => remove.mutateAsync({ id: current.id, version: current.version, reason })}
                onWithdrawn={() => void navigate(`${paths.actionMonthPlans}?year=${current.year}`)}
              />
            </Group>
          ) : null
        }
      />
      <Group gap="xs">
        <Badge color={current.onTime ? 'teal' : 'orange'} variant="light">
          {current.onTime ? w.onTime : w.late}
        </Badge>
        <Text size="sm">{w.filedOnText(formatDate(current.receivedOn), current.onTime)}</Text>
      </Group>
      <Stack gap="sm">
        <Field label={w.unit}>
          <Anchor component={Link} to={paths.unit(current.unitId)} inherit>
            {current.unitName}
          </Anchor>
        </Field>
        <Field label={w.documentNumber}>{current.documentNumber ?? '—'}</Field>
        <Field label={w.documentDate}>{formatDate(current.documentDate)}</Field>
        <Field label={w.receivedOn}>{formatDate(current.receivedOn)}</Field>
        <Field label={w.recordedOn}>{formatDate(current.filedOn)}</Field>
        <Field label={w.summary}>{current.summary}</Field>
      </Stack>
      <PlanDocument plan={current} canAttach={canEdit} />
    </Stack>
  );
}
