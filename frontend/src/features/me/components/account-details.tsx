import { Badge, Group } from '@mantine/core';
import type { ReactNode } from 'react';

import { PageHeader } from '@/components/ui/page-header';
import { DetailsTable } from '@/components/ui/details-table';
import { knownRoles, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export function AccountDetails() {
  const { t } = useI18n();
  const me = useMe();
  const yesNo = (value: boolean) => (
    <Badge color={value ? 'teal' : 'gray'} variant="light">
      {value ? t.common.yes : t.common.no}
    </Badge>
  );
  const rows: [string, ReactNode][] = [
    [t.me.displayName, me.displayName],
    [t.me.username, me.username],
    [
      t.me.roles,
      <Group gap={4} key="roles">
        {knownRoles(me).map((role) => (
          <Badge key={role} variant="light">
            {t.roles[role]}
          </Badge>
        ))}
      </Group>,
    ],
    [t.me.province, me.provinceName ?? t.common.none],
    [t.me.commune, me.communeName ?? t.common.none],
    [t.me.unit, me.unitName ?? t.common.none],
    [t.me.canManageUnits, yesNo(me.canManageUnits)],
    [t.me.canManageVillages, yesNo(me.canManageVillages)],
  ];
  return (
    <>
      <PageHeader title={t.me.title} />
      <DetailsTable rows={rows} maw={640} />
    </>
  );
}
