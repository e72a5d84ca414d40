import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EnableCommuneForm } from '@/features/communes';
import { isProvinceAdmin, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function EnableCommuneRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { communeCode = '' } = useParams();
  return (
    <>
      <PageHeader title={t.programmeCommunes.formTitle} />
      {isProvinceAdmin(me) ? (
        <EnableCommuneForm
          communeCode={communeCode}
          onEnabled={(_, commune) =>
            navigate(paths.provinceCommunes, { state: { flash: t.programmeCommunes.enabled(commune.name) } })
          }
          onCancel={() => navigate(paths.provinceCommunes)}
        />
      ) : (
        <Alert color="yellow">{t.programmeCommunes.forbidden}</Alert>
      )}
    </>
  );
}
