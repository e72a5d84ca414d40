import { FlashMessage } from '@/components/ui/flash-message';
import { VillagesList } from '@/features/villages';

export default function VillagesListRoute() {
  return (
    <>
      <FlashMessage />
      <VillagesList />
    </>
  );
}
