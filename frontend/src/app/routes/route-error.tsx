import { Button } from '@mantine/core';
import { useRouteError } from 'react-router';

import { ErrorAlert } from '@/components/errors/error-alert';
import { FullPageMessage } from '@/components/ui/full-page-message';
import { useI18n } from '@/lib/i18n';

/** Shown when a page cannot even load (e.g. its code chunk failed to download on a bad link). */
export function RouteError() {
  const { t } = useI18n();
  const error = useRouteError();
  console.error(error);
  return (
    <FullPageMessage title={t.common.errorTitle}>
      <ErrorAlert error={error}>
        <Button size="xs" variant="light" color="red" onClick={() => window.location.reload()}>
          {t.common.reload}
        </Button>
      </ErrorAlert>
    </FullPageMessage>
  );
}
