import { FlashMessage } from '@/components/ui/flash-message';
import { ProgrammeCommunes } from '@/features/communes';

export default function ProgrammeCommunesRoute() {
  return (
    <>
      <FlashMessage />
      <ProgrammeCommunes />
    </>
  );
}
