import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';
import { referenceLabel } from '@/lib/reference-data';
import { formatDate } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import type { Session } from '../api/types';

/** Sessions as rows: when, who, what, how, where and how many people. */
export function SessionsTable({ sessions, busy, showUnit = true, label, communeOf }: {
  sessions: Session[];
  busy?: boolean;
  showUnit?: boolean;
  label: string;
  /** For a province user's list (sessions of several communes): each row names its commune. */
  communeOf?: (code: string) => string;
}) {
  const { t, language } = useI18n();
  return (
    <Table.ScrollContainer minWidth={showUnit ? 900 : 760}>
      <Table striped highlightOnHover verticalSpacing="xs" aria-busy={busy} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.sessions.heldOn}</Table.Th>
            {showUnit ? <Table.Th>{t.sessions.unit}</Table.Th> : null}
            <Table.Th>{t.sessions.topics}</Table.Th>
            <Table.Th>{t.sessions.format}</Table.Th>
            <Table.Th>{t.sessions.place}</Table.Th>
            <Table.Th ta="right">{t.sessions.participantsMale}</Table.Th>
            <Table.Th ta="right">{t.sessions.participantsFemale}</Table.Th>
            <Table.Th ta="right">{t.sessions.participantsTotal}</Table.Th>
            <Table.Th ta="right">{t.sessions.totalEthnic}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((s) => (
            <Table.Tr key={s.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Anchor component={Link} to={paths.session(s.id)} fw={500}>
                  {formatDate(s.heldOn)}
                </Anchor>
              </Table.Td>
              {showUnit ? (
                <Table.Td>
                  {s.unitName}
                  {communeOf ? (
                    <Text size="xs" c="dimmed">
                      {communeOf(s.communeCode)}
                    </Text>
                  ) : null}
                </Table.Td>
              ) : null}
              <Table.Td>
                {s.topics.map((topic) => referenceLabel(topic, language)).join('; ')}
                {s.campaignName ? (
                  <Text size="xs" c="dimmed">
                    {s.campaignName}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{referenceLabel(s.format, language)}</Table.Td>
              <Table.Td>{[s.villageName, s.venue].filter(Boolean).join(' — ') || t.common.none}</Table.Td>
              <Table.Td ta="right">{formatNumber(s.participantsMale)}</Table.Td>
              <Table.Td ta="right">{formatNumber(s.participantsFemale)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatNumber(s.participantsTotal)}
              </Table.Td>
              <Table.Td ta="right">{formatNumber(s.ethnicMinorityParticipants)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
