import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditConvention } from '@/features/conventions';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';

export default function EditConventionRoute() {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().conventionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <>
      <PageHeader title={w.editTitle} />
      {canManageCommuneRecords(me) ? (
        <EditConvention
          conventionId={id}
          onSaved={(convention) => navigate(paths.convention(convention.id), { state: { flash: w.updated } })}
          onCancel={() => navigate(paths.convention(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
