import { FlashMessage } from '@/components/ui/flash-message';
import { MediaProductsList } from '@/features/media';

export default function MediaProductsRoute() {
  return (
    <>
      <FlashMessage />
      <MediaProductsList />
    </>
  );
}
