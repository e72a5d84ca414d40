import { Alert } from '@mantine/core';

import { ErrorAlert } from '@/components/errors/error-alert';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { ApiError } from '@/lib/api';
import { canManageCommuneRecords, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { referenceLabel } from '@/lib/reference-data';

import { useSurveyRound } from '../api/get-survey-round';
import { useUpdateSurveyRound } from '../api/save-survey-round';
import { roundToFormValues } from '../api/survey-form-schema';
import type { SurveyRound } from '../api/types';

import { SurveyRoundForm } from './survey-round-form';

export function EditSurveyRound({ roundId, onSaved, onCancel }: {
  roundId: number;
  onSaved: (round: SurveyRound) => void;
  onCancel: () => void;
}) {
  const { t, language } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const round = useSurveyRound(roundId);
  const update = useUpdateSurveyRound();

  if (round.isPending) return <TableSkeleton rows={8} />;
  if (round.isError) {
    if (round.error instanceof ApiError && round.error.status === 404) return <Alert color="yellow">{s.notFound}</Alert>;
    return <ErrorAlert error={round.error} onRetry={() => void round.refetch()} />;
  }
  const current = round.data;
  if (!canManageCommuneRecords(me) || me.communeCode !== current.communeCode) {
    return <Alert color="yellow">{t.common.forbidden}</Alert>;
  }
  const knownGroups = current.results.map((r) => ({
    value: String(r.groupId),
    label: referenceLabel({ labelVi: r.groupLabelVi, labelEn: r.groupLabelEn }, language),
  }));
  return (
    <SurveyRoundForm
      // A reload that brings a newer version starts the form afresh from it.
      key={current.version}
      initialValues={roundToFormValues(current, language)}
      version={current.version}
      knownGroups={knownGroups}
      onSubmit={async (request) => onSaved(await update.mutateAsync({ id: current.id, request }))}
      onCancel={onCancel}
      onReload={() => void round.refetch()}
    />
  );
}
