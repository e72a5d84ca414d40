import { Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages, StaleAlert } from '@/components/form';
import { useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { communeOptions, useCommunes } from '@/lib/reference-data';

import { validateVillageForm, villageFormFields, type VillageFormValues } from '../api/village-form-schema';

interface VillageFormProps {
  initialValues: VillageFormValues;
  submitLabel?: string;
  onSubmit: (values: VillageFormValues) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

export function VillageForm({ initialValues, submitLabel, onSubmit, onCancel, onReload }: VillageFormProps) {
  const { t } = useI18n();
  const me = useMe();
  const communes = useCommunes();
  const { values, setField, errors, setErrors } = useFormState(initialValues);
  const { submit, messages: formMessages, stale, submitting } = useProblemSubmit({
    fields: villageFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
    conflictField: 'code',
  });

  // The list may still be loading: the user's own commune is known from their profile.
  const communeChoices = communeOptions(communes.data, {
    code: values.communeCode,
    name: values.communeCode === me.communeCode && me.communeName ? me.communeName : values.communeCode,
  });

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validateVillageForm(values, t), () => onSubmit(values));
  }


  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={520}>
        {stale ? (
          <StaleAlert title={t.villages.staleTitle} onReload={onReload}>
            {t.villages.staleText}
          </StaleAlert>
        ) : null}
        <Select
          label={t.villages.commune}
          data={communeChoices}
          value={values.communeCode || null}
          onChange={(value) => setField('communeCode', value ?? '')}
          disabled={Boolean(me.communeCode)}
          error={errors.communeCode}
          withAsterisk
          allowDeselect={false}
        />
        <TextInput
          label={t.villages.code}
          description={t.villages.codeHint(values.communeCode || '03390')}
          value={values.code}
          onChange={(event) => setField('code', event.currentTarget.value)}
          error={errors.code}
          withAsterisk
          inputMode="numeric"
          spellCheck={false}
        />
        <TextInput
          label={t.villages.name}
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
        />
        <FormMessages messages={formMessages} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
