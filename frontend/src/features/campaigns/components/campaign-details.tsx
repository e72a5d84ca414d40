import { Alert, Button, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { canWriteCampaigns, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { formatDate } from '@/utils/dates';

import { useCampaign } from '../api/get-campaign';

import { CampaignStatusBadge } from './campaign-badges';

/** A campaign: what, when, who leads and takes part, and which of the plan's tasks it carries out. */
export function CampaignDetails({ campaignId }: { campaignId: number }) {
  const { t } = useI18n();
  const me = useMe();
  const campaign = useCampaign(campaignId);

  if (campaign.isPending) return <TableSkeleton rows={8} />;
  if (campaign.isError) {
    if (campaign.error instanceof ApiError && campaign.error.status === 404) {
      return <Alert color="yellow">{t.campaigns.notFound}</Alert>;
    }
    return <ErrorAlert error={campaign.error} onRetry={() => void campaign.refetch()} />;
  }

  const c = campaign.data;
  const rows: [string, ReactNode][] = [
    [t.campaigns.occasion, t.occasions[c.occasion]],
    [t.campaigns.theme, c.theme || t.common.none],
    [t.campaigns.dates, `${formatDate(c.startDate)} – ${formatDate(c.endDate)}`],
    [t.campaigns.status, <CampaignStatusBadge key="status" status={c.status} />],
    [t.campaigns.leadUnit, c.leadUnitName || t.common.none],
    [
      t.campaigns.participatingUnits,
      c.participatingUnits.length === 0 ? (
        t.common.none
      ) : (
        <List size="sm" spacing={2} key="units">
          {c.participatingUnits.map((unit) => (
            <List.Item key={unit.id}>{unit.name}</List.Item>
          ))}
        </List>
      ),
    ],
    [
      t.campaigns.taskGroups,
      c.taskGroups.length === 0 ? (
        t.common.none
      ) : (
        <List size="sm" spacing={2} key="tasks">
          {[...c.taskGroups]
            .sort((a, b) => a - b)
            .map((n) => (
              <List.Item key={n}>
                {n}. {t.taskGroups[n as keyof typeof t.taskGroups]}
              </List.Item>
            ))}
        </List>
      ),
    ],
    [t.campaigns.description, c.description ? <Text key="description" size="sm" style={{ whiteSpace: 'pre-line' }}>{c.description}</Text> : t.common.none],
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={c.name}
        subtitle={t.campaigns.detailTitle}
        actions={
          canWriteCampaigns(me) && me.communeCode === c.communeCode ? (
            <Button component={Link} to={paths.campaignEdit(c.id)}>
              {t.common.edit}
            </Button>
          ) : null
        }
      />
      <DetailsTable rows={rows} />
    </Stack>
  );
}
