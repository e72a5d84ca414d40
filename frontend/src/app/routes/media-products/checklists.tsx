import { ChecklistsPage } from '@/features/media';

export default function MediaChecklistsRoute() {
  return <ChecklistsPage />;
}
