import { Alert } from '@mantine/core';
import { useNavigate } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { CreateCampaign } from '@/features/campaigns';
import { canWriteCampaigns, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function NewCampaignRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title={t.campaigns.createTitle} />
      {canWriteCampaigns(me) ? (
        <CreateCampaign
          onCreated={(campaign) => navigate(paths.campaign(campaign.id), { state: { flash: t.campaigns.created } })}
          onCancel={() => navigate(paths.campaigns)}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
