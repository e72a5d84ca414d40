import { Alert, Stack } from '@mantine/core';
import { useParams } from 'react-router';

import { FlashMessage } from '@/components/ui/flash-message';
import { RecordHistory } from '@/features/audit';
import { SurveyRoundDetails } from '@/features/surveys';
import { canSeeHistory, useMe } from '@/lib/auth';
import { useSurveysText } from '@/lib/i18n/surveys';

/** A survey round's page: its data, results and file import (surveys), then its history (audit). */
export default function SurveyDetailRoute() {
  const s = useSurveysText();
  const me = useMe();
  const id = Number(useParams().roundId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{s.notFound}</Alert>;
  return (
    <Stack gap="xl">
      <div>
        <FlashMessage />
        <SurveyRoundDetails roundId={id} />
      </div>
      {canSeeHistory(me) ? <RecordHistory entityType="SURVEY_ROUND" entityId={id} /> : null}
    </Stack>
  );
}
