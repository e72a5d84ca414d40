import { Alert } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';

import { PageHeader } from '@/components/ui/page-header';
import { paths } from '@/config/paths';
import { EditCampaign } from '@/features/campaigns';
import { canWriteCampaigns, useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

export default function EditCampaignRoute() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const id = Number(useParams().campaignId);
  if (!Number.isInteger(id) || id <= 0) return <Alert color="yellow">{t.campaigns.notFound}</Alert>;
  return (
    <>
      <PageHeader title={t.campaigns.editTitle} />
      {canWriteCampaigns(me) ? (
        <EditCampaign
          campaignId={id}
          onSaved={(campaign) => navigate(paths.campaign(campaign.id), { state: { flash: t.campaigns.updated } })}
          onCancel={() => navigate(paths.campaign(id))}
        />
      ) : (
        <Alert color="yellow">{t.common.forbidden}</Alert>
      )}
    </>
  );
}
