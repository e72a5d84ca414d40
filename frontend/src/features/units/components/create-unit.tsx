import { useState } from 'react';

import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { todayIso } from '@/utils/dates';

import { useCreateUnit } from '../api/create-unit';
import type { Unit } from '../api/types';
import { emptyUnitForm } from '../api/unit-form-schema';

import { UnitForm } from './unit-form';

export function CreateUnit({ onCreated, onCancel }: { onCreated: (unit: Unit) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const createUnit = useCreateUnit();
  // New units belong to the writer's own commune and start today unless told otherwise.
  const [initialValues] = useState(() => emptyUnitForm(me.communeCode ?? '', todayIso()));

  return (
    <UnitForm
      initialValues={initialValues}
      submitLabel={t.common.create}
      onSubmit={async (values) => onCreated(await createUnit.mutateAsync(values))}
      onCancel={onCancel}
    />
  );
}
