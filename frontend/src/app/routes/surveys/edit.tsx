import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditSurveyRound } from '@/features/surveys';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';

export default function EditSurveyRoute() {
  const { t } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().roundId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{s.notFound}</Alert>;
  return (
    <>
      <PageHeader title={s.editTitle} />
      {canManageCommuneRecords(me) ? (
        <EditSurveyRound
          roundId={id}
          onSaved={(round) => navigate(paths.survey(round.id), { state: { flash: s.updated } })}
          onCancel={() => navigate(paths.survey(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
