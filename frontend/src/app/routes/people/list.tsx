import { FlashMessage } from '@/components/ui/flash-message';
import { PeopleList } from '@/features/people';

export default function PeopleRoute() {
  return (
    <>
      <FlashMessage />
      <PeopleList />
    </>
  );
}
