import { PlanStatusPage } from '@/features/action-month-plans';

export default function ActionMonthPlansRoute() {
  return <PlanStatusPage />;
}
