import { Alert } from '@mantine/core';
import { useNavigate, useSearchParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { CreateActionMonthPlan } from '@/features/action-month-plans';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { useProgrammePeriod } from '@/lib/reference-data';

export default function NewActionMonthPlanRoute() {
  const { t } = useI18n();
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const askedYear = Number(params.get('year'));
  // The form's year defaults within the plan's period: the form waits for the plans.
  const period = useProgrammePeriod();
  const askedUnit = Number(params.get('unitId'));
  return (
    <>
      <PageHeader title={w.fileTitle} />
      {!canRecordForUnit(me) ? (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      ) : !period ? (
        <TableSkeleton />
      ) : (
        <CreateActionMonthPlan
          defaults={{ year: period.yearOr(askedYear), unitId: Number.isInteger(askedUnit) && askedUnit > 0 ? askedUnit : undefined }}
          onCreated={(plan, documentProblem) =>
            navigate(paths.actionMonthPlan(plan.id), {
              state: { flash: documentProblem ? w.createdWithoutDocument(documentProblem) : w.created },
            })
          }
          onCancel={() => navigate(-1)}
        />
      )}
    </>
  );
}
