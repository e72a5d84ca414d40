import { FlashMessage } from '@/components/ui/flash-message';
import { UnitsList } from '@/features/units';

export default function UnitsListRoute() {
  return (
    <>
      <FlashMessage />
      <UnitsList />
    </>
  );
}
