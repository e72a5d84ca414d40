import { Anchor, Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { ChartConfiguration } from 'chart.js';
import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router';

import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { formatNumber } from '@/utils/numbers';

import type { Participation } from '../api/types';

import { ChartCanvas } from './chart-canvas';
import { TextAlternative } from './text-alternative';

/** Participants of the year's sessions by sex and by audience group; each leads to the sessions. */
export function ParticipantsSection({
  participants,
  sessionsLink,
}: {
  participants: Participation;
  sessionsLink: (audienceGroupId?: number) => string;
}) {
  const { language } = useI18n();
  const w = useIndicatorsText();
  const navigate = useNavigate();
  const groups = participants.byAudienceGroup;
  const groupLabel = (g: (typeof groups)[number]) => (language === 'vi' ? g.labelVi : g.labelEn);

  const sexConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: [w.dashboard.male, w.dashboard.female],
        datasets: [{ label: w.dashboard.participants, data: [participants.male, participants.female], backgroundColor: ['#1c7ed6', '#e64980'] }],
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        onClick: () => void navigate(sessionsLink()),
      },
    }),
    [participants, w, navigate, sessionsLink],
  );

  const groupConfig = useMemo<ChartConfiguration>(
    () => ({
      type: 'bar',
      data: {
        labels: groups.map((g) => (language === 'vi' ? g.labelVi : g.labelEn)),
        datasets: [{ label: w.dashboard.participants, data: groups.map((g) => g.participants), backgroundColor: '#12b886' }],
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        onClick: (_event, elements) => {
          const group = elements[0] ? groups[elements[0].index] : undefined;
          if (group) void navigate(sessionsLink(group.groupId));
        },
      },
    }),
    [groups, language, w, navigate, sessionsLink],
  );

  if (participants.total === 0) {
    return (
      <Card withBorder component="section" aria-labelledby="participants-title">
        <Title order={3} fz="md" id="participants-title" mb="xs">
          {w.dashboard.participantsTitle}
        </Title>
        <Text size="sm" c="dimmed">
          {w.dashboard.noParticipants}
        </Text>
      </Card>
    );
  }

  return (
    <Card withBorder component="section" aria-labelledby="participants-title">
      <Title order={3} fz="md" id="participants-title" mb="xs">
        {w.dashboard.participantsTitle}: {formatNumber(participants.total)}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={4} fz="sm">
            {w.dashboard.bySex}
          </Title>
          {participants.suppressed ? (
            <Text size="sm" c="dimmed">
              {w.dashboard.sexWithheld}
            </Text>
          ) : (
            <>
              <ChartCanvas
                config={sexConfig}
                height={200}
                label={w.dashboard.bySexChart(formatNumber(participants.male), formatNumber(participants.female))}
              />
              <TextAlternative>
                <Table withTableBorder fz="sm" aria-label={w.dashboard.bySex}>
                  <Table.Tbody>
                    <Table.Tr>
                      <Table.Th scope="row">{w.dashboard.male}</Table.Th>
                      <Table.Td ta="right">{formatNumber(participants.male)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th scope="row">{w.dashboard.female}</Table.Th>
                      <Table.Td ta="right">{formatNumber(participants.female)}</Table.Td>
                    </Table.Tr>
                    <Table.Tr>
                      <Table.Th scope="row">{w.dashboard.total}</Table.Th>
                      <Table.Td ta="right">{formatNumber(participants.total)}</Table.Td>
                    </Table.Tr>
                  </Table.Tbody>
                </Table>
              </TextAlternative>
            </>
          )}
          <Anchor component={Link} to={sessionsLink()} size="sm">
            {w.dashboard.seeSessions}
          </Anchor>
        </Stack>
        <Stack gap="xs">
          <Title order={4} fz="sm">
            {w.dashboard.byAudience}
          </Title>
          <ChartCanvas config={groupConfig} height={Math.max(200, groups.length * 28)} label={w.dashboard.byAudienceChart} />
          <TextAlternative>
            <Table withTableBorder fz="sm" aria-label={w.dashboard.byAudience}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{w.dashboard.audienceGroup}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {w.dashboard.sessions}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {w.dashboard.participants}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {groups.map((g) => (
                  <Table.Tr key={g.groupId}>
                    <Table.Th scope="row">
                      <Anchor component={Link} to={sessionsLink(g.groupId)} size="sm">
                        {groupLabel(g)}
                      </Anchor>
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(g.sessions)}</Table.Td>
                    <Table.Td ta="right">{g.suppressed ? w.dashboard.withheld : formatNumber(g.participants)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TextAlternative>
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
