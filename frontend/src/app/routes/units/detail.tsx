import { Alert, Box } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { paths } from '@/config/paths';
import { RecordHistory } from '@/features/audit';
import { UnitSessions } from '@/features/sessions';
import { UnitDetails } from '@/features/units';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

/** A unit's page: its details (units), this year's sessions against target 1 (sessions), its history (audit). */
export default function UnitDetailRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().unitId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.units.notFound}</Alert>;
  return (
    <>
      <FlashMessage />
      <UnitDetails unitId={id} onDeleted={() => navigate(paths.units, { state: { flash: t.units.deleted } })} />
      <UnitSessions unitId={id} />
      {canSeeHistory(me) ? (
        <Box mt="xl">
          <RecordHistory entityType="UNIT" entityId={id} />
        </Box>
      ) : null}
    </>
  );
}
