import { useState } from 'react';

import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';

import { emptyCampaignForm } from '../api/campaign-form-schema';
import { useCreateCampaign } from '../api/save-campaign';
import type { Campaign } from '../api/types';

import { CampaignForm } from './campaign-form';

export function CreateCampaign({ onCreated, onCancel }: { onCreated: (campaign: Campaign) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const create = useCreateCampaign();
  const [initialValues] = useState(() => emptyCampaignForm(me.communeCode ?? '', todayIso()));
  return (
    <CampaignForm
      initialValues={initialValues}
      submitLabel={t.common.create}
      onSubmit={async (values) => onCreated(await create.mutateAsync(values))}
      onCancel={onCancel}
    />
  );
}
