import { ComparisonPage } from '@/features/indicators';

export default function ComparisonRoute() {
  return <ComparisonPage />;
}
