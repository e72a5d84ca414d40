import { ReferenceItemsAdmin } from '@/features/reference-items';

export default function ReferenceItemsRoute() {
  return <ReferenceItemsAdmin />;
}
