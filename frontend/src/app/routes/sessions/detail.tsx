import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { SessionDetails } from '@/features/sessions';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** A session's page: everything it records and its evidence (sessions), and who changed what (audit). */
export default function SessionDetailRoute() {
  const { t } = useI18n();
  const me = useMe();
  const id = Number(useParams().sessionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.sessions.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <SessionDetails sessionId={id} />
      </div>
      {canSeeHistory(me) ? <RecordHistory entityType="SESSION" entityId={id} /> : null}
    </Stack>
  );
}
