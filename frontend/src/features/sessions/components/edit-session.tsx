import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { canEditUnitRecord, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

import { useSession } from '../api/get-session';
import { useUpdateSession } from '../api/save-session';
import { sessionDraftKey } from '../api/session-draft';
import { sessionToFormValues } from '../api/session-form-schema';
import type { Session } from '../api/types';

import { SessionForm } from './session-form';

export function EditSession({ sessionId, onSaved, onCancel }: {
  sessionId: number;
  onSaved: (session: Session) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const me = useMe();
  const session = useSession(sessionId);
  const update = useUpdateSession();

  if (session.isPending) return <TableSkeleton rows={10} />;
  if (session.isError) {
    if (session.error instanceof ApiError && session.error.status === 404) {
      return <Alert color="yellow">{t.sessions.notFound}</Alert>;
    }
    return <ErrorAlert error={session.error} onRetry={() => void session.refetch()} />;
  }
  const current = session.data;
  if (!canEditUnitRecord(me, current)) return <Alert color="yellow">{t.common.forbidden}</Alert>;
  return (
    <SessionForm
      // A reload that brings a newer version starts the form afresh from it.
      key={current.version}
      title={t.sessions.editTitle}
      initialValues={sessionToFormValues(current)}
      draftKey={sessionDraftKey(current.id)}
      draftVersion={current.version}
      onSubmit={async ({ values, needsReach }) =>
        onSaved(await update.mutateAsync({ id: current.id, version: current.version, values, needsReach }))
      }
      onCancel={onCancel}
      onReload={() => void session.refetch()}
    />
  );
}
