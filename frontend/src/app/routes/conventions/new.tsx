import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateConvention } from '@/features/conventions';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';

export default function NewConventionRoute() {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={w.createTitle} />
      {canManageCommuneRecords(me) ? (
        <CreateConvention
          onCreated={(convention) => navigate(paths.convention(convention.id), { state: { flash: w.created } })}
          onCancel={() => navigate(paths.conventions)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
