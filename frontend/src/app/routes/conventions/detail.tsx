import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { ConventionDetails } from '@/features/conventions';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useConventionsText } from '@/lib/i18n/conventions';

/** A convention's page: its details, standing and reviews (conventions), then its history (audit). */
export default function ConventionDetailRoute() {
  const w = useConventionsText();
  const me = useMe();
  const id = Number(useParams().conventionId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <ConventionDetails conventionId={id} />
      </div>
      {canSeeHistory(me) ? <RecordHistory entityType="CONVENTION" entityId={id} /> : null}
    </Stack>
  );
}
