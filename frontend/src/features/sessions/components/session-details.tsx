import { Alert, Anchor, Badge, Button, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { WithdrawButton } from '@/components/ui/withdraw-dialog';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { canEditUnitRecord, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { referenceLabel } from '@/lib/reference-data';
import { formatDate, formatDateTime } from '@/utils/dates';
import { formatNumber, formatVnd } from '@/utils/numbers';

import { useDeleteSession } from '../api/delete-session';
import { useSession } from '../api/get-session';
import type { RefLabel, Session } from '../api/types';

import { SessionAttachments } from './session-attachments';

function Labels({ items }: { items: RefLabel[] }) {
  const { t, language } = useI18n();
  if (items.length === 0) return <>{t.common.none}</>;
  return (
    <Group gap={6}>
      {items.map((item) => (
        <Badge key={item.id} variant="light" color="gray" tt="none" fw={500}>
          {referenceLabel(item, language)}
        </Badge>
      ))}
    </Group>
  );
}

function sessionRows(s: Session, t: ReturnType<typeof useI18n>['t'], language: ReturnType<typeof useI18n>['language']) {
  const place = [s.villageName, s.venue].filter(Boolean).join(' — ');
  const rows: [string, ReactNode][] = [
    [t.sessions.unit, s.unitName],
    [t.sessions.heldOn, formatDate(s.heldOn)],
    [t.sessions.durationMinutes, s.durationMinutes === null ? t.common.none : formatNumber(s.durationMinutes)],
    [
      t.sessions.campaign,
      s.campaignId !== null ? (
        <Anchor component={Link} to={paths.campaign(s.campaignId)} key="campaign">
          {s.campaignName}
        </Anchor>
      ) : (
        t.sessions.noCampaign
      ),
    ],
    [t.sessions.format, referenceLabel(s.format, language)],
    [t.sessions.topics, <Labels key="topics" items={s.topics} />],
    [
      t.sessions.taskGroups,
      s.taskGroups.length === 0 ? (
        t.common.none
      ) : (
        <List size="sm" spacing={2} key="tasks">
          {[...s.taskGroups]
            .sort((a, b) => a - b)
            .map((n) => (
              <List.Item key={n}>
                {n}. {t.taskGroups[n as keyof typeof t.taskGroups]}
              </List.Item>
            ))}
        </List>
      ),
    ],
    [t.sessions.place, place || t.common.none],
    [t.sessions.languages, <Labels key="languages" items={s.languages} />],
    [t.sessions.audienceGroups, <Labels key="audience" items={s.audienceGroups} />],
    [
      t.sessions.participants,
      `${t.sessions.participantsMale}: ${formatNumber(s.participantsMale)} · ${t.sessions.participantsFemale}: ${formatNumber(
        s.participantsFemale,
      )} · ${t.sessions.participantsTotal}: ${formatNumber(s.participantsTotal)}`,
    ],
    [t.sessions.ethnicMinority, formatNumber(s.ethnicMinorityParticipants)],
    [t.sessions.reach, s.reach === null ? t.common.none : formatNumber(s.reach)],
    [t.sessions.costVnd, formatVnd(s.costVnd)],
    [t.sessions.fundingSource, s.fundingSource ? referenceLabel(s.fundingSource, language) : t.common.none],
    [
      t.sessions.notes,
      s.notes ? (
        <Text key="notes" size="sm" style={{ whiteSpace: 'pre-line' }}>
          {s.notes}
        </Text>
      ) : (
        t.common.none
      ),
    ],
    [
      t.sessions.recordedBy,
      s.recordedBy ? t.sessions.byAt(s.recordedBy, formatDateTime(s.recordedAt)) : formatDateTime(s.recordedAt),
    ],
  ];
  if (s.updatedBy && s.updatedAt && s.updatedAt !== s.recordedAt) {
    rows.push([t.sessions.updatedBy, t.sessions.byAt(s.updatedBy, formatDateTime(s.updatedAt))]);
  }
  return rows;
}

/** Everything a session records, its evidence, and (for its writers) the way to change it. */
export function SessionDetails({ sessionId }: { sessionId: number }) {
  const { t, language } = useI18n();
  const me = useMe();
  const session = useSession(sessionId);
  const remove = useDeleteSession();
  const navigate = useNavigate();

  if (session.isPending) return <TableSkeleton rows={10} />;
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 404) {
      return <Alert color="yellow">{t.sessions.notFound}</Alert>;
    }
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  }
  const s = session.data;
  const canEdit = canEditUnitRecord(me, s);

  return (
    <Stack gap="lg">
      <PageHeader
        title={`${s.unitName} — ${formatDate(s.heldOn)}`}
        subtitle={t.sessions.detailTitle}
        actions={
          canEdit ? (
            <Group gap="xs">
              <Button component={Link} to={paths.sessionEdit(s.id)}>
                {t.common.edit}
              </Button>
              <WithdrawButton
                what={t.sessions.withdrawWhat(s.unitName, formatDate(s.heldOn))}
                onWithdraw={(reason) => remove.mutateAsync({ id: s.id, version: s.version, reason })}
                onWithdrawn={() => void navigate(paths.sessions)}
              />
            </Group>
          ) : null
        }
      />
      <DetailsTable rows={sessionRows(s, t, language)} />
      <SessionAttachments session={s} canUpload={canEdit} />
    </Stack>
  );
}
