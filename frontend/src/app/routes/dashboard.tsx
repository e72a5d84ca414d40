import { DashboardPage } from '@/features/indicators';

export default function DashboardRoute() {
  return <DashboardPage />;
}
