import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { currentProgrammeYear, programmeYears } from '@/config/programme';
import { CreateActionMonthPlan } from '@/features/action-month-plans';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { todayIso } from '@/utils/dates';

export default function NewActionMonthPlanRoute() {
  const { t } = useI18n();
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const askedYear = Number(params.get('year'));
  const year = programmeYears.includes(askedYear) ? askedYear : currentProgrammeYear(todayIso());
  const askedUnit = Number(params.get('unitId'));
  return (
    <>
      <PageHeader title={w.fileTitle} />
      {canRecordForUnit(me) ? (
        <CreateActionMonthPlan
          defaults={{ year, unitId: Number.isInteger(askedUnit) && askedUnit > 0 ? askedUnit : undefined }}
          onCreated={(plan, documentProblem) =>
            navigate(paths.actionMonthPlan(plan.id), {
              state: { flash: documentProblem ? w.createdWithoutDocument(documentProblem) : w.created },
            })
          }
          onCancel={() => navigate(-1)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
