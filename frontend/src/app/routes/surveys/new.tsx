import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateSurveyRound } from '@/features/surveys';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';

export default function NewSurveyRoute() {
  const { t } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={s.createTitle} />
      {canManageCommuneRecords(me) ? (
        <CreateSurveyRound
          onCreated={(round) => navigate(paths.survey(round.id), { state: { flash: s.created } })}
          onCancel={() => navigate(paths.surveys)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
