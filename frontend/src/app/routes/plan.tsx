import { PlanView } from '@/features/plans';

export default function PlanRoute() {
  return <PlanView />;
}
