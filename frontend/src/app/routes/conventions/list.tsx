import { FlashMessage } from '@/components/ui/flash-message';
import { ConventionsList } from '@/features/conventions';

export default function ConventionsRoute() {
  return (
    <>
      <FlashMessage />
      <ConventionsList />
    </>
  );
}
