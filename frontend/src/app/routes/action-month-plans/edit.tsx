import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditActionMonthPlan } from '@/features/action-month-plans';
import { canRecordForUnit, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';

export default function EditActionMonthPlanRoute() {
  const { t } = useI18n();
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().planId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{w.notFound}</Alert>;
  return (
    <>
      <PageHeader title={w.editTitle} />
      {canRecordForUnit(me) ? (
        <EditActionMonthPlan
          planId={id}
          onSaved={(plan) => navigate(paths.actionMonthPlan(plan.id), { state: { flash: w.saved } })}
          onCancel={() => navigate(paths.actionMonthPlan(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
