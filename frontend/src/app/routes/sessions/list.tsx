import { FlashMessage } from '@/components/ui/flash-message';
import { SessionsList } from '@/features/sessions';

export default function SessionsRoute() {
  return (
    <>
      <FlashMessage />
      <SessionsList />
    </>
  );
}
