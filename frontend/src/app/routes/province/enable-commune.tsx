import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EnableCommuneForm } from '@/features/communes';
import { isProvinceAdmin, useMe } from '@/lib/auth';
import { useAdminText } from '@/lib/i18n/admin';

export default function EnableCommuneRoute() {
  const a = useAdminText();
  const me = useMe();
  const navigate = useNavigate();
  const { communeCode = '' } = useParams();
  return (
    <>
      <PageHeader title={a.programmeCommunes.formTitle} />
      {isProvinceAdmin(me) ? (
        <EnableCommuneForm
          communeCode={communeCode}
          onEnabled={(_, commune) =>
            navigate(paths.provinceCommunes, { state: { flash: a.programmeCommunes.enabled(commune.name) } })
          }
          onCancel={() => navigate(paths.provinceCommunes)}
        />
      ) : (
        <Alert color="yellow">{a.programmeCommunes.forbidden}</Alert>
      )}
    </>
  );
}
