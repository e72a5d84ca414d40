import { Alert } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { CountryCommunes } from '@/features/communes';
import { isNationalAdmin, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useAdminText } from '@/lib/i18n/admin';

export default function CountryCommunesRoute() {
  const { t } = useI18n();
  const a = useAdminText();
  const me = useMe();
  if (!isNationalAdmin(me)) {
    return (
      <>
        <PageHeader title={a.countryCommunes.title} />
        <Alert color="yellow">{t.common.forbidden}</Alert>
      </>
    );
  }
  return <CountryCommunes />;
}
