import { useState } from 'react';

import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';

import { useCreateVillage } from '../api/create-village';
import type { Village } from '../api/types';
import { emptyVillageForm } from '../api/village-form-schema';

import { VillageForm } from './village-form';

export function CreateVillage({ onCreated, onCancel }: { onCreated: (village: Village) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const createVillage = useCreateVillage();
  const [initialValues] = useState(() => emptyVillageForm(me.communeCode ?? ''));
  return (
    <VillageForm
      initialValues={initialValues}
      submitLabel={t.common.create}
      onSubmit={async (values) => onCreated(await createVillage.mutateAsync(values))}
      onCancel={onCancel}
    />
  );
}
