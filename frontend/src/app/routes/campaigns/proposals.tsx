import { CampaignProposals } from '@/features/campaigns';

export default function CampaignProposalsRoute() {
  return <CampaignProposals />;
}
