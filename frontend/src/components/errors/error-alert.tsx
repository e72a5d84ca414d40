import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { ApiError } from '@/lib/api';
import { useI18n, type Dictionary } from '@/lib/i18n';

export function errorMessage(error: unknown, t: Dictionary): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t.common.networkError;
    if (error.status === 403) return error.detail || t.common.forbidden;
    if (error.status === 404) return error.detail || t.common.notFound;
    return error.detail || error.title || t.common.loadFailed;
  }
  return t.common.loadFailed;
}

/** The error state of a page or section, with a retry when the caller can retry. */
export function ErrorAlert({
  error,
  title,
  onRetry,
  children,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <Alert color="red" title={title ?? t.common.errorTitle} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{errorMessage(error, t)}</Text>
        {children}
        {onRetry ? (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {t.common.retry}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
