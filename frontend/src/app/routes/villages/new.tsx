import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateVillage } from '@/features/villages';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function NewVillageRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t.villages.createTitle} />
      {me.canManageVillages ? (
        <CreateVillage
          onCreated={() => navigate(paths.villages, { state: { flash: t.villages.created } })}
          onCancel={() => navigate(paths.villages)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
