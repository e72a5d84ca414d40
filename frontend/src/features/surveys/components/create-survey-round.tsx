import { useState } from 'react';

import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';

import { emptySurveyForm } from '../api/survey-form-schema';
import { useCreateSurveyRound } from '../api/save-survey-round';
import type { SurveyRound } from '../api/types';

import { SurveyRoundForm } from './survey-round-form';

export function CreateSurveyRound({ onCreated, onCancel }: { onCreated: (round: SurveyRound) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const create = useCreateSurveyRound();
  const [initialValues] = useState(() => emptySurveyForm(me.communeCode ?? '', todayIso()));
  return (
    <SurveyRoundForm
      initialValues={initialValues}
      submitLabel={t.common.create}
      onSubmit={async (request) => onCreated(await create.mutateAsync(request))}
      onCancel={onCancel}
    />
  );
}
