import { Anchor, EmptyState } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';
import { useI18n } from '@/lib/i18n';

export default function NotFoundRoute() {
  const { t } = useI18n();
  return (
    <EmptyState py="xl" title={t.common.pageNotFound} description={t.common.pageNotFoundText}>
      <Anchor component={Link} to={paths.dashboard}>
        {t.common.goHome}
      </Anchor>
    </EmptyState>
  );
}
