import { Badge, Box, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';

import { ErrorAlert } from '@/components/errors/error-alert';
import { ListFooter } from '@/components/ui/list-footer';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '@/utils/dates';

import { useAudit } from '../api/get-audit';
import type { AuditEntityType, AuditEntry } from '../api/types';

import { formatFieldValue, visibleChanges, type FieldValue } from './change-value';

const PAGE_SIZE = 10;
const actionColors: Record<AuditEntry['action'], string> = {
  CREATED: 'teal',
  UPDATED: 'indigo',
  DEACTIVATED: 'orange',
  DELETED: 'red',
};

/** One value: a line, or a list read one item per line (survey results, assessment answers). */
function Value({ value }: { value: FieldValue }) {
  if (typeof value === 'string') return value;
  return (
    <Box component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
      {value.map((line, index) => (
        <li key={index}>{line}</li>
      ))}
    </Box>
  );
}

function HistoryEntry({ entry }: { entry: AuditEntry }) {
  const { t, language } = useI18n();
  const changes = visibleChanges(entry.changes);
  return (
    <Card withBorder padding="sm" component="li" data-testid="history-entry">
      <Group gap="xs" wrap="wrap" mb={changes.length > 0 ? 'xs' : 0}>
        <Badge color={actionColors[entry.action]} variant="light">
          {t.history.actions[entry.action]}
        </Badge>
        <Text size="sm" fw={600}>
          {entry.changedBy}
        </Text>
        <Text size="sm" c="dimmed">
          {formatDateTime(entry.changedAt)}
        </Text>
      </Group>
      {changes.length > 0 ? (
        <Table.ScrollContainer minWidth={420}>
          <Table verticalSpacing={4} fz="sm" withRowBorders>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="30%">{t.history.field}</Table.Th>
                <Table.Th w="35%">{t.history.before}</Table.Th>
                <Table.Th w="35%">{t.history.after}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {changes.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Td>{t.history.recordFields[entry.entityType]?.[change.field] ?? t.history.fields[change.field] ?? change.field}</Table.Td>
                  <Table.Td c="dimmed">
                    <Value value={formatFieldValue(entry.entityType, change.field, change.before, t, language)} />
                  </Table.Td>
                  <Table.Td>
                    <Value value={formatFieldValue(entry.entityType, change.field, change.after, t, language)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Card>
  );
}

/** The change history of one record: who, when, and each field before → after (newest first). */
export function RecordHistory({ entityType, entityId }: { entityType: AuditEntityType; entityId: number }) {
  const { t } = useI18n();
  const [page, setPage] = useState(0);
  const history = useAudit({ entityType, entityId, page, size: PAGE_SIZE });

  return (
    <Stack gap="xs" component="section" aria-labelledby="record-history-title">
      <Title order={3} fz="lg" id="record-history-title">
        {t.history.title}
      </Title>
      {history.isPending ? (
        <TableSkeleton rows={3} />
      ) : history.isError ? (
        <ErrorAlert error={history.error} onRetry={() => void history.refetch()} />
      ) : history.data.items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t.history.empty}
        </Text>
      ) : (
        <>
          <Stack gap="xs" component="ol" p={0} m={0} style={{ listStyle: 'none' }} aria-busy={history.isFetching}>
            {history.data.items.map((entry) => (
              <HistoryEntry key={entry.id} entry={entry} />
            ))}
          </Stack>
          <ListFooter page={history.data} label={t.history.title} onPage={setPage} size="sm" withCount={false} />
        </>
      )}
    </Stack>
  );
}
