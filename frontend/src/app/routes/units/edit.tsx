import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditUnit } from '@/features/units';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function EditUnitRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().unitId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.units.notFound}</Alert>;
  return (
    <>
      <PageHeader title={t.units.editTitle} />
      {me.canManageUnits ? (
        <EditUnit
          unitId={id}
          onSaved={(unit) => navigate(paths.unit(unit.id), { state: { flash: t.units.updated } })}
          onCancel={() => navigate(paths.unit(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
