import { Alert, Anchor, Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert, errorMessage } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canWriteCampaigns, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useProgrammePeriod, type ProgrammePeriod } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';
import { formatDate } from '@/utils/dates';

import { useConfirmProposal, useProposals } from '../api/proposals';
import { occasionColors, type CampaignProposal } from '../api/types';

function ProposalCard({ proposal, canConfirm, onConfirmed }: {
  proposal: CampaignProposal;
  canConfirm: boolean;
  onConfirmed: (message: string) => void;
}) {
  const { t } = useI18n();
  const confirm = useConfirmProposal();
  return (
    <Card
      withBorder
      padding="md"
      data-testid="proposal"
      style={{ borderLeft: `4px solid var(--mantine-color-${occasionColors[proposal.occasion]}-5)` }}
    >
      <Stack gap={6} h="100%">
        <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
          <Text fw={700}>{proposal.name}</Text>
          <Badge color={proposal.confirmed ? 'teal' : 'gray'} variant="light" style={{ flexShrink: 0 }}>
            {proposal.confirmed ? t.campaigns.confirmed : t.campaigns.notConfirmed}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t.occasions[proposal.occasion]}
        </Text>
        <Text size="sm">
          {formatDate(proposal.startDate)} – {formatDate(proposal.endDate)}
        </Text>
        {proposal.theme ? <Text size="sm" fs="italic">{proposal.theme}</Text> : null}
        {proposal.taskGroups.length > 0 ? (
          <Text size="xs" c="dimmed">
            {t.campaigns.taskGroups}: {[...proposal.taskGroups].sort((a, b) => a - b).join(', ')}
          </Text>
        ) : null}
        {confirm.isError ? (
          <Alert color="red" role="alert" p="xs">
            {errorMessage(confirm.error, t)}
          </Alert>
        ) : null}
        <Group mt="auto" pt="xs" gap="sm">
          {proposal.confirmed && proposal.campaignId !== null ? (
            <Anchor component={Link} to={paths.campaign(proposal.campaignId)} size="sm">
              {t.campaigns.openCampaign}
            </Anchor>
          ) : null}
          {!proposal.confirmed && canConfirm ? (
            <Button
              loading={confirm.isPending}
              onClick={() =>
                confirm.mutate(
                  { year: proposal.year, occasion: proposal.occasion },
                  { onSuccess: (campaign) => onConfirmed(t.campaigns.confirmedMessage(campaign.name)) },
                )
              }
              aria-label={`${t.campaigns.confirm}: ${proposal.name}`}
            >
              {t.campaigns.confirm}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** The plan's four yearly peaks (08/3, 20/3, 28/6, Action Month) of a year, to confirm as campaigns. */
export function CampaignProposals() {
  const { t } = useI18n();
  // The years are the plan's: nothing is asked for a year before the plans are known.
  const period = useProgrammePeriod();
  if (!period) {
    return (
      <Stack gap="md">
        <PageHeader title={t.campaigns.proposalsTitle} subtitle={t.campaigns.proposalsSubtitle} />
        <TableSkeleton rows={4} />
      </Stack>
    );
  }
  return <ProposalsOfPeriod period={period} />;
}

function ProposalsOfPeriod({ period }: { period: ProgrammePeriod }) {
  const { t } = useI18n();
  const me = useMe();
  const { params, replace } = useUrlState();
  const year = period.yearOr(Number(params.get('year')));
  // Proposals are the writers' worklist: the API answers them only.
  const canConfirm = canWriteCampaigns(me);
  const proposals = useProposals(year, canConfirm);
  const [flash, setFlash] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <PageHeader title={t.campaigns.proposalsTitle} subtitle={t.campaigns.proposalsSubtitle} />
      <Select
        label={t.campaigns.year}
        data={period.years.map((y) => ({ value: String(y), label: String(y) }))}
        value={String(year)}
        onChange={(value) => {
          setFlash(null);
          replace({ year: value });
        }}
        allowDeselect={false}
        maw={160}
      />
      {flash ? (
        <Alert color="teal" withCloseButton onClose={() => setFlash(null)} role="status">
          {flash}
        </Alert>
      ) : null}
      {!canConfirm ? (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      ) : proposals.isPending ? (
        <TableSkeleton rows={4} />
      ) : proposals.isError ? (
        <ErrorAlert error={proposals.error} onRetry={() => void proposals.refetch()} />
      ) : proposals.data.length === 0 ? (
        <EmptyResult title={t.campaigns.proposalsEmpty} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {proposals.data.map((proposal) => (
            <ProposalCard
              key={proposal.occasion}
              proposal={proposal}
              canConfirm={canConfirm}
              onConfirmed={setFlash}
            />
          ))}
        </SimpleGrid>
      )}
    </Stack>
  );
}
