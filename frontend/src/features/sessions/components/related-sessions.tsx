import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { ListFooter } from '@/components/ui/list-footer';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canRecordForUnit, isUnitReporter, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useSessions, type SessionsCriteria } from '../api/get-sessions';
import { useUnitSessionSummary } from '../api/unit-session-summary';

import { TotalsCards } from './session-totals';
import { SessionsTable } from './sessions-table';

const PAGE_SIZE = 10;

/** A page of the sessions matching some criteria, with their totals when asked for. */
function SessionsBlock({ criteria, showUnit, showTotals, label }: {
  criteria: SessionsCriteria;
  showUnit: boolean;
  showTotals: boolean;
  label: string;
}) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const sessions = useSessions({ ...criteria, page, size: PAGE_SIZE, sort: '-heldOn' });
  if (sessions.isPending) return <TableSkeleton rows={4} />;
  if (sessions.isError) return <ErrorAlert error={sessions.error} onRetry={() => void sessions.refetch()} />;
  const result = sessions.data;
  return (
    <Stack gap="sm">
      {showTotals ? <TotalsCards totals={result.totals} label={label} /> : null}
      {result.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.sessions.empty}
        </Text>
      ) : (
        <>
          <SessionsTable sessions={result.items} busy={sessions.isFetching} showUnit={showUnit} label={label} />
          <ListFooter page={result} label={label} onPage={setPage} size="sm" />
        </>
      )}
    </Stack>
  );
}

/** Target 1 for one unit, said plainly: "1/2 — còn thiếu 1 cuộc" or "2/2 — đạt". */
function LawPolicyProgress({ unitId, year }: { unitId: number; year: number }) {
  const { t } = useI18n();
  const summary = useUnitSessionSummary(unitId, year);
  if (summary.isPending) return <TableSkeleton rows={1} />;
  if (summary.isError) return <ErrorAlert error={summary.error} onRetry={() => void summary.refetch()} />;
  const s = summary.data;
  const met = s.missing <= 0;
  return (
    <Paper withBorder p="sm" radius="md" data-testid="law-policy-progress">
      <Stack gap={6}>
        <Text size="sm">{t.sessions.lawPolicyRule}</Text>
        <Group gap="xs">
          <Badge size="lg" color={met ? 'teal' : 'orange'} variant="light" tt="none">
            {met
              ? t.sessions.lawPolicyMet(s.lawPolicySessions, s.required)
              : t.sessions.lawPolicyMissing(s.lawPolicySessions, s.required, s.missing)}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t.sessions.unitSummary(formatNumber(s.sessions), formatNumber(s.participantsMale), formatNumber(s.participantsFemale))}
        </Text>
      </Stack>
    </Paper>
  );
}

/** On a unit's page: this year's sessions of the unit against target 1, and the sessions themselves. */
export function UnitSessions({ unitId }: { unitId: number }) {
  const { t } = useI18n();
  const me = useMe();
  const year = Number(todayIso().slice(0, 4));
  const mayRecord = canRecordForUnit(me) && (!isUnitReporter(me) || me.unitId === unitId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="unit-sessions-title" mt="lg">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} fz="lg" id="unit-sessions-title">
          {t.sessions.unitTitle(year)}
        </Title>
        <Group gap="xs">
          <Anchor component={Link} to={`${paths.sessions}?unit=${unitId}&year=${year}`} size="sm">
            {t.sessions.showAll}
          </Anchor>
          {mayRecord ? (
            <Button size="xs" component={Link} to={`${paths.sessionNew}?unitId=${unitId}`}>
              {t.sessions.recordForUnit}
            </Button>
          ) : null}
        </Group>
      </Group>
      <LawPolicyProgress unitId={unitId} year={year} />
      <SessionsBlock criteria={{ unitId, year }} showUnit={false} showTotals={false} label={t.sessions.unitTitle(year)} />
    </Stack>
  );
}

/** On a campaign's page: its sessions and their totals (sessions, participants by sex, units). */
export function CampaignSessions({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const me = useMe();
  return (
    <Stack gap="sm" component="section" aria-labelledby="campaign-sessions-title">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Title order={3} fz="lg" id="campaign-sessions-title">
          {t.campaigns.sessionsTitle}
        </Title>
        <Group gap="xs">
          <Anchor component={Link} to={`${paths.sessions}?campaign=${campaignId}&year=all`} size="sm">
            {t.sessions.showAll}
          </Anchor>
          {canRecordForUnit(me) ? (
            <Button size="xs" component={Link} to={`${paths.sessionNew}?campaignId=${campaignId}`}>
              {t.sessions.record}
            </Button>
          ) : null}
        </Group>
      </Group>
      <SessionsBlock criteria={{ campaignId }} showUnit showTotals label={t.campaigns.sessionsTitle} />
    </Stack>
  );
}
