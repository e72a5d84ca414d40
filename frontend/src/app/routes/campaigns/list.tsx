import { FlashMessage } from '@/components/ui/flash-message';
import { CampaignsPage } from '@/features/campaigns';

export default function CampaignsRoute() {
  return (
    <>
      <FlashMessage />
      <CampaignsPage />
    </>
  );
}
