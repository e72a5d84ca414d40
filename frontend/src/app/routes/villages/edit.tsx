import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditVillage } from '@/features/villages';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function EditVillageRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().villageId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.villages.notFound}</Alert>;
  return (
    <>
      <PageHeader title={t.villages.editTitle} />
      {me.canManageVillages ? (
        <EditVillage
          villageId={id}
          onSaved={() => navigate(paths.villages, { state: { flash: t.villages.updated } })}
          onCancel={() => navigate(paths.villages)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
