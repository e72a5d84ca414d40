import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateUnit } from '@/features/units';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function NewUnitRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t.units.createTitle} />
      {me.canManageUnits ? (
        <CreateUnit
          onCreated={(unit) => navigate(paths.unit(unit.id), { state: { flash: t.units.created } })}
          onCancel={() => navigate(paths.units)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
