import { useState } from 'react';

import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';

import { emptyConventionForm } from '../api/convention-form-schema';
import { useCreateConvention } from '../api/save-convention';
import type { Convention } from '../api/types';

import { ConventionForm } from './convention-form';

export function CreateConvention({ onCreated, onCancel }: { onCreated: (convention: Convention) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const w = useConventionsText();
  const me = useMe();
  const create = useCreateConvention();
  const [initialValues] = useState(emptyConventionForm);
  return (
    <ConventionForm
      title={w.createTitle}
      initialValues={initialValues}
      communeCode={me.communeCode ?? ''}
      submitLabel={t.common.create}
      onSubmit={async (values) => onCreated(await create.mutateAsync(values))}
      onCancel={onCancel}
    />
  );
}
