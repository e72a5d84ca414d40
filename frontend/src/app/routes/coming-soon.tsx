import { EmptyState } from '@mantine/core';

import { PageHeader } from '@/components/ui/page-header';
import { useI18n, type Dictionary } from '@/lib/i18n';

/** The page behind a navigation entry whose capability is not built yet. */
export function ComingSoon({ feature }: { feature: keyof Dictionary['nav'] }) {
  const { t } = useI18n();
  const name = t.nav[feature];
  return (
    <>
      <PageHeader title={name} />
      <EmptyState py="xl" title={t.common.comingSoon} description={t.common.comingSoonText(name)} />
    </>
  );
}
