import { Radio, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert } from '@/components/form';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';
import { useVillageOptions } from '@/lib/reference-data';
import { todayIso } from '@/utils/dates';

import {
  conventionFormFields,
  DECISION_NUMBER_MAX,
  TITLE_MAX,
  validateConventionForm,
  type ConventionFormValues,
} from '../api/convention-form-schema';
import { conventionStatuses, type ConventionStatus } from '../api/types';

interface ConventionFormProps {
  /** The form's accessible name (the page's title). */
  title: string;
  initialValues: ConventionFormValues;
  /** The commune whose villages may own the convention. */
  communeCode: string;
  /** The convention's village as last saved, shown even if the village list has not arrived. */
  currentVillage?: { id: number; name: string };
  submitLabel?: string;
  onSubmit: (values: ConventionFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when the server says someone else saved the convention first (409 stale-version). */
  onReload?: () => void;
}

export function ConventionForm({
  title,
  initialValues,
  communeCode,
  currentVillage,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: ConventionFormProps) {
  const { t } = useI18n();
  const w = useConventionsText();
  const villages = useVillageOptions(communeCode || undefined);
  const { values, setField, errors, setErrors } = useFormState(initialValues);
  const { submit, messages, stale, submitting } = useProblemSubmit({
    fields: conventionFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });
  const today = todayIso();

  const villageOptions = (villages.data ?? []).map((v) => ({ value: String(v.id), label: v.name }));
  if (currentVillage && !villageOptions.some((o) => o.value === String(currentVillage.id))) {
    villageOptions.unshift({ value: String(currentVillage.id), label: currentVillage.name });
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validateConventionForm(values, today, t, w), () => onSubmit(values));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={title}>
      <Stack gap="md" maw={720}>
        {stale ? (
          <StaleAlert title={w.staleTitle} onReload={onReload}>
            {w.staleText}
          </StaleAlert>
        ) : null}
        <Select
          label={w.village}
          description={w.villageHint}
          data={villageOptions}
          value={values.villageId || null}
          onChange={(value) => setField('villageId', value ?? '')}
          error={errors.villageId}
          placeholder={t.common.choose}
          withAsterisk
          searchable
          allowDeselect={false}
          nothingFoundMessage={t.common.noData}
        />
        <TextInput
          label={w.name}
          placeholder={w.namePlaceholder}
          value={values.title}
          onChange={(event) => setField('title', event.currentTarget.value)}
          error={errors.title}
          maxLength={TITLE_MAX}
          withAsterisk
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={w.decisionNumber}
            placeholder={w.decisionNumberPlaceholder}
            value={values.decisionNumber}
            onChange={(event) => setField('decisionNumber', event.currentTarget.value)}
            error={errors.decisionNumber}
            maxLength={DECISION_NUMBER_MAX}
            spellCheck={false}
          />
          <DateField
            label={w.decisionDate}
            value={values.decisionDate}
            max={today}
            onChange={(iso) => setField('decisionDate', iso)}
            error={errors.decisionDate}
          />
        </SimpleGrid>
        <Radio.Group
          label={w.status}
          value={values.status || null}
          onChange={(value) => setField('status', value as ConventionStatus)}
          error={errors.status}
          withAsterisk
        >
          <Stack gap={8} mt={6}>
            {conventionStatuses.map((status) => (
              <Radio key={status} value={status} label={w.statuses[status]} />
            ))}
          </Stack>
        </Radio.Group>
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
