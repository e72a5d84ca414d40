import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';

import { ErrorAlert } from '@/components/errors/error-alert';
import { EmptyResult } from '@/components/ui/empty-result';
import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { canEditReferenceItem, canManageReferenceItems, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { referenceKinds, useReferenceItems, type ReferenceItem, type ReferenceKind } from '@/lib/reference-data';
import { useUrlState } from '@/lib/url-state';

import { ReferenceItemDialog } from './reference-item-form';

function useChosenKind(): [ReferenceKind, (kind: ReferenceKind) => void] {
  const { params, replace } = useUrlState();
  const kind = params.get('kind');
  const chosen = (referenceKinds as readonly string[]).includes(kind ?? '') ? (kind as ReferenceKind) : 'TOPIC';
  return [chosen, (next) => replace({ kind: next })];
}

/** The lists sessions are recorded with: shared items (read-only) and the commune's own. */
export function ReferenceItemsAdmin() {
  const { t } = useI18n();
  const me = useMe();
  const canManage = canManageReferenceItems(me);
  const [kind, setKind] = useChosenKind();
  const items = useReferenceItems(kind, true);
  const [dialog, setDialog] = useState<{ item?: ReferenceItem } | null>(null);
  const [flash, setFlash] = useState<string | null>(null);

  const ownsItem = (item: ReferenceItem) => canEditReferenceItem(me, item);

  return (
    <Stack gap="md">
      <PageHeader
        title={t.referenceItems.title}
        subtitle={t.referenceItems.subtitle}
        actions={
          canManage ? (
            <Button
              onClick={() => {
                setFlash(null);
                setDialog({});
              }}
            >
              {t.referenceItems.create}
            </Button>
          ) : null
        }
      />
      {!canManage ? (
        <Text size="sm" c="dimmed">
          {t.common.readOnly}
        </Text>
      ) : null}
      {flash ? (
        <Alert color="teal" withCloseButton onClose={() => setFlash(null)} role="status">
          {flash}
        </Alert>
      ) : null}

      <Group gap="xs" role="group" aria-label={t.referenceItems.kind}>
        {referenceKinds.map((k) => (
          <Button
            key={k}
            size="sm"
            variant={k === kind ? 'filled' : 'default'}
            aria-pressed={k === kind}
            onClick={() => setKind(k)}
          >
            {t.referenceKinds[k]}
          </Button>
        ))}
      </Group>

      {items.isPending ? (
        <TableSkeleton />
      ) : items.isError ? (
        <ErrorAlert error={items.error} onRetry={() => void items.refetch()} />
      ) : items.data.length === 0 ? (
        <EmptyResult title={t.referenceItems.empty} />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="xs" aria-label={t.referenceKinds[kind]}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.referenceItems.code}</Table.Th>
                <Table.Th>{t.referenceItems.labelVi}</Table.Th>
                <Table.Th>{t.referenceItems.labelEn}</Table.Th>
                <Table.Th>{t.referenceItems.scope}</Table.Th>
                <Table.Th>{t.referenceItems.status}</Table.Th>
                <Table.Th ta="right">{t.referenceItems.sortOrder}</Table.Th>
                {canManage ? <Table.Th>{t.common.actions}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.data.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {item.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {item.labelVi}
                    {item.lawPolicy ? (
                      <Badge ml={6} size="xs" variant="light" color="grape">
                        {t.referenceItems.lawPolicyShort}
                      </Badge>
                    ) : null}
                    {item.needsReach ? (
                      <Badge ml={6} size="xs" variant="light" color="cyan">
                        {t.referenceItems.needsReachShort}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td>{item.labelEn}</Table.Td>
                  <Table.Td>{item.communeCode ? t.referenceItems.own : t.referenceItems.shared}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c={item.active ? 'teal.8' : 'dimmed'}>
                      {item.active ? t.referenceItems.active : t.referenceItems.inactive}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">{item.sortOrder}</Table.Td>
                  {canManage ? (
                    <Table.Td>
                      {ownsItem(item) ? (
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => {
                            setFlash(null);
                            setDialog({ item });
                          }}
                          aria-label={`${t.common.edit} ${item.labelVi}`}
                        >
                          {t.common.edit}
                        </Button>
                      ) : (
                        <Text size="xs" c="dimmed" title={t.referenceItems.sharedReadOnly}>
                          {t.referenceItems.shared}
                        </Text>
                      )}
                    </Table.Td>
                  ) : null}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      {dialog ? (
        <ReferenceItemDialog
          kind={kind}
          item={dialog.item}
          onClose={() => setDialog(null)}
          onSaved={() => {
            setFlash(dialog.item ? t.referenceItems.updated : t.referenceItems.created);
            setDialog(null);
          }}
        />
      ) : null}
    </Stack>
  );
}
