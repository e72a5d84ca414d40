import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { ListFooter, pageParam } from '@/components/ui/list-footer';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { canPublishChecklist, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';
import { useUrlState, type UrlChanges } from '@/lib/url-state';
import { formatDateTime } from '@/utils/dates';

import { useCurrentChecklist, useMediaChecklist, useMediaChecklists } from '../api/get-media-checklists';
import type { MediaChecklist } from '../api/types';

import { ChecklistForm } from './checklist-form';

export const CHECKLIST_VERSIONS_PAGE_SIZE = 10;

/** One version: its threshold, who published it, and its criteria in both languages. */
function ChecklistVersion({ checklist, isCurrent }: { checklist: MediaChecklist; isCurrent: boolean }) {
  const c = useMediaText().checklists;
  const headingId = `checklist-version-${checklist.version}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Group gap="xs" align="center">
        <Title order={3} id={headingId}>
          {isCurrent ? `${c.current}: ${checklist.version}` : c.shown(checklist.version)}
        </Title>
        {isCurrent ? (
          <Badge color="teal" variant="light" tt="none">
            {c.currentBadge}
          </Badge>
        ) : null}
      </Group>
      <Text fw={500}>{checklist.title}</Text>
      <Text size="sm">{c.thresholdLine(checklist.threshold, checklist.criteria.length)}</Text>
      <Text size="sm" c="dimmed">
        {c.createdLine(checklist.createdBy, formatDateTime(checklist.createdAt))}
      </Text>
      <Table.ScrollContainer minWidth={640}>
        <Table withTableBorder striped verticalSpacing="xs" aria-label={c.criteriaTable(checklist.version)}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={48}>#</Table.Th>
              <Table.Th>{c.code}</Table.Th>
              <Table.Th>{c.textVi}</Table.Th>
              <Table.Th>{c.textEn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {checklist.criteria.map((criterion, index) => (
              <Table.Tr key={criterion.code}>
                <Table.Td>{index + 1}</Table.Td>
                <Table.Td style={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{criterion.code}</Table.Td>
                <Table.Td>{criterion.textVi}</Table.Td>
                <Table.Td>{criterion.textEn}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/**
 * The gender checklist for media products: the current version (or one chosen from the list), every
 * version published, and for the commune's runners the way to publish the next one.
 */
export function ChecklistsPage() {
  const { t } = useI18n();
  const m = useMediaText();
  const c = m.checklists;
  const me = useMe();
  const { params, update: updateUrl } = useUrlState();
  const page = Math.max(0, Number(params.get('page') ?? '1') - 1) || 0;
  const asked = Number(params.get('version'));
  const askedVersion = Number.isInteger(asked) && asked > 0 ? asked : null;
  const current = useCurrentChecklist();
  const versions = useMediaChecklists(page, CHECKLIST_VERSIONS_PAGE_SIZE);
  const other = useMediaChecklist(askedVersion !== null && askedVersion !== current.data?.version ? askedVersion : null);
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<number | null>(null);
  const canPublish = canPublishChecklist(me);

  const update = (changes: UrlChanges) => updateUrl(changes, { resetPage: false });

  const showsOther = askedVersion !== null && askedVersion !== current.data?.version;
  const shown = showsOther ? other : current;
  const result = versions.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={c.title}
        subtitle={c.subtitle}
        actions={
          <>
            <Button component={Link} to={paths.mediaProducts} variant="default">
              {c.back}
            </Button>
            {canPublish && !publishing && current.isSuccess ? (
              <Button
                onClick={() => {
                  setPublished(null);
                  setPublishing(true);
                }}
              >
                {c.publish}
              </Button>
            ) : null}
          </>
        }
      />
      <Alert color="blue" role="note">
        {c.versionsNote}
      </Alert>
      {published !== null ? (
        <Alert color="teal" role="status" withCloseButton onClose={() => setPublished(null)}>
          {c.published(published)}
        </Alert>
      ) : null}

      {canPublish && publishing && current.isSuccess ? (
        <Card withBorder padding="md">
          <ChecklistForm
            nextVersion={(current.data?.version ?? 0) + 1}
            startFrom={current.data}
            onPublished={(checklist) => {
              setPublishing(false);
              setPublished(checklist.version);
              update({ version: null, page: null });
            }}
            onCancel={() => setPublishing(false)}
            onReload={() => {
              setPublishing(false);
              void current.refetch();
              void versions.refetch();
            }}
          />
        </Card>
      ) : null}

      {shown.isPending ? (
        <TableSkeleton rows={5} />
      ) : shown.isError ? (
        <ErrorAlert error={shown.error} onRetry={() => void shown.refetch()} />
      ) : shown.data ? (
        <ChecklistVersion checklist={shown.data} isCurrent={shown.data.version === current.data?.version} />
      ) : (
        <EmptyResult title={c.none} />
      )}

      <Stack gap="sm" component="section" aria-labelledby="checklist-versions-heading">
        <Title order={3} id="checklist-versions-heading">
          {c.versionsTitle}
        </Title>
        {versions.isPending ? (
          <TableSkeleton rows={3} />
        ) : versions.isError ? (
          <ErrorAlert error={versions.error} onRetry={() => void versions.refetch()} />
        ) : !result ? null : result.items.length === 0 ? (
          <EmptyResult title={c.none} />
        ) : (
          <>
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-busy={versions.isFetching} aria-label={c.versionsTable}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{c.version}</Table.Th>
                    <Table.Th>{c.versionTitle}</Table.Th>
                    <Table.Th ta="right">{c.criteriaCount}</Table.Th>
                    <Table.Th ta="right">{c.threshold}</Table.Th>
                    <Table.Th>{c.createdBy}</Table.Th>
                    <Table.Th>{c.createdAt}</Table.Th>
                    <Table.Th>{t.common.actions}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {result.items.map((version) => (
                    <Table.Tr key={version.version}>
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          {version.version}
                          {version.version === current.data?.version ? (
                            <Badge size="sm" color="teal" variant="light" tt="none">
                              {c.currentBadge}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>{version.title}</Table.Td>
                      <Table.Td ta="right">{version.criteria.length}</Table.Td>
                      <Table.Td ta="right">{version.threshold}</Table.Td>
                      <Table.Td>{version.createdBy}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(version.createdAt)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={c.view(version.version)}
                          onClick={() =>
                            update({ version: version.version === current.data?.version ? null : String(version.version) })
                          }
                        >
                          {t.common.view}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <ListFooter page={result} label={c.versionsTable} onPage={(index) => update({ page: pageParam(index) })} />
          </>
        )}
      </Stack>
    </Stack>
  );
}
