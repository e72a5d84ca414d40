import { Alert } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { CountryCommunes } from '@/features/communes';
import { isNationalAdmin, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function CountryCommunesRoute() {
  const { t } = useI18n();
  const me = useMe();
  if (!isNationalAdmin(me)) {
    return (
      <>
        <PageHeader title={t.countryCommunes.title} />
        <Alert color="yellow">{t.common.forbidden}</Alert>
      </>
    );
  }
  return <CountryCommunes />;
}
