import { Checkbox, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert } from '@/components/form';
import { useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useUnitOptions } from '@/lib/reference-data';

import { campaignFormFields, validateCampaignForm, type CampaignFormValues } from '../api/campaign-form-schema';
import { occasions, taskGroupNumbers, type CampaignOccasion } from '../api/types';

interface CampaignFormProps {
  initialValues: CampaignFormValues;
  submitLabel?: string;
  onSubmit: (values: CampaignFormValues) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

export function CampaignForm({ initialValues, submitLabel, onSubmit, onCancel, onReload }: CampaignFormProps) {
  const { t } = useI18n();
  const me = useMe();
  const units = useUnitOptions(initialValues.communeCode || undefined);
  const { values, setField, errors, setErrors } = useFormState(initialValues);
  const { submit, messages: messages, stale, submitting } = useProblemSubmit({
    fields: campaignFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });

  const chosen = new Set([values.leadUnitId, ...values.participatingUnitIds]);
  // Active units, plus any inactive one the campaign already names (so its name still shows).
  const unitOptions = (units.data ?? [])
    .filter((unit) => unit.active || chosen.has(String(unit.id)))
    .map((unit) => ({ value: String(unit.id), label: unit.name }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validateCampaignForm(values, t), () => onSubmit(values));
  }


  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={860}>
        {stale ? (
          <StaleAlert title={t.campaigns.staleTitle} onReload={onReload}>
            {t.campaigns.staleText}
          </StaleAlert>
        ) : null}
        <TextInput
          label={t.campaigns.commune}
          value={values.communeCode === me.communeCode && me.communeName ? me.communeName : values.communeCode}
          readOnly
          variant="filled"
          error={errors.communeCode}
        />
        <TextInput
          label={t.campaigns.name}
          value={values.name}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t.campaigns.occasion}
            data={occasions.map((o) => ({ value: o, label: t.occasions[o] }))}
            value={values.occasion || null}
            onChange={(value) => setField('occasion', (value ?? '') as CampaignOccasion | '')}
            error={errors.occasion}
            withAsterisk
            placeholder={t.common.choose}
          />
          <TextInput
            label={t.campaigns.theme}
            value={values.theme}
            onChange={(event) => setField('theme', event.currentTarget.value)}
            error={errors.theme}
          />
          <DateField
            label={t.campaigns.startDate}
            value={values.startDate}
            onChange={(iso) => setField('startDate', iso)}
            error={errors.startDate}
            withAsterisk
          />
          <DateField
            label={t.campaigns.endDate}
            value={values.endDate}
            min={values.startDate || undefined}
            onChange={(iso) => setField('endDate', iso)}
            error={errors.endDate}
            withAsterisk
          />
          <Select
            label={t.campaigns.leadUnit}
            data={unitOptions}
            value={values.leadUnitId || null}
            onChange={(value) => setField('leadUnitId', value ?? '')}
            error={errors.leadUnitId}
            placeholder={t.common.choose}
            clearable
            searchable
          />
          <MultiSelect
            label={t.campaigns.participatingUnits}
            data={unitOptions}
            value={values.participatingUnitIds}
            onChange={(value) => setField('participatingUnitIds', value)}
            error={errors.participatingUnitIds}
            placeholder={values.participatingUnitIds.length === 0 ? t.common.choose : undefined}
            searchable
            clearable
          />
        </SimpleGrid>
        <Checkbox.Group
          label={t.campaigns.taskGroups}
          value={values.taskGroups.map(String)}
          onChange={(value) => setField('taskGroups', value.map(Number).sort((a, b) => a - b))}
          error={errors.taskGroups}
        >
          <Stack gap={6} mt={6}>
            {taskGroupNumbers.map((n) => (
              <Checkbox key={n} value={String(n)} label={`${n}. ${t.taskGroups[n]}`} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t.campaigns.description}
          value={values.description}
          onChange={(event) => setField('description', event.currentTarget.value)}
          error={errors.description}
          rows={3}
        />
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
