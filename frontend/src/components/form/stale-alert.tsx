import { Alert, Button, Stack } from '@mantine/core';
import type { ReactNode } from 'react';

import { useI18n } from '@/lib/i18n';

interface StaleAlertProps {
  /** The form's own heading for "someone else saved first". */
  title: ReactNode;
  /** The form's own explanation. */
  children: ReactNode;
  /** Loads the record afresh; without it the alert only explains. */
  onReload?: () => void;
}

/** A 409 stale version: the form was not saved because the record changed meanwhile — never a silent overwrite. */
export function StaleAlert({ title, children, onReload }: StaleAlertProps) {
  const { t } = useI18n();
  return (
    <Alert color="orange" title={title} role="alert">
      {onReload ? (
        <Stack gap="xs" align="flex-start">
          {children}
          <Button size="xs" variant="light" color="orange" onClick={onReload}>
            {t.common.reload}
          </Button>
        </Stack>
      ) : (
        children
      )}
    </Alert>
  );
}
