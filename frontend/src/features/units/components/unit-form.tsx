import { Checkbox, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert } from '@/components/form';
import { useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { communeOptions, useCommunes } from '@/lib/reference-data';

import { targetNumbers, unitKinds, type UnitKind } from '../api/types';
import { unitFormFields, validateUnitForm, type UnitFormValues } from '../api/unit-form-schema';

interface UnitFormProps {
  initialValues: UnitFormValues;
  submitLabel?: string;
  /** Sends the values; a rejected ApiError is shown beside the fields it names. */
  onSubmit: (values: UnitFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when the server says someone else saved the unit first (409 stale-version). */
  onReload?: () => void;
}

export function UnitForm({ initialValues, submitLabel, onSubmit, onCancel, onReload }: UnitFormProps) {
  const { t } = useI18n();
  const me = useMe();
  const communes = useCommunes();
  const { values, setField, errors, setErrors } = useFormState(initialValues);
  const { submit, messages: formMessages, stale, submitting } = useProblemSubmit({
    fields: unitFormFields,
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
    void submit(validateUnitForm(values, t), () => onSubmit(values));
  }


  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md" maw={760}>
        {stale ? (
          <StaleAlert title={t.units.staleTitle} onReload={onReload}>
            {t.units.staleText}
          </StaleAlert>
        ) : null}

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t.units.commune}
            data={communeChoices}
            value={values.communeCode || null}
            onChange={(value) => setField('communeCode', value ?? '')}
            // Writers work in their own commune only; the server enforces it too.
            disabled={Boolean(me.communeCode)}
            error={errors.communeCode}
            withAsterisk
            allowDeselect={false}
          />
          <Select
            label={t.units.kind}
            data={unitKinds.map((kind) => ({ value: kind, label: t.unitKinds[kind] }))}
            value={values.kind || null}
            onChange={(value) => setField('kind', (value ?? '') as UnitKind | '')}
            error={errors.kind}
            withAsterisk
            placeholder={t.common.choose}
          />
          <TextInput
            label={t.units.code}
            description={t.units.codeHint}
            value={values.code}
            onChange={(event) => setField('code', event.currentTarget.value.toUpperCase())}
            error={errors.code}
            withAsterisk
            maxLength={20}
            autoCapitalize="characters"
            spellCheck={false}
          />
          <TextInput
            label={t.units.name}
            value={values.name}
            onChange={(event) => setField('name', event.currentTarget.value)}
            error={errors.name}
            withAsterisk
          />
          <TextInput
            label={t.units.contactPerson}
            value={values.contactPerson}
            onChange={(event) => setField('contactPerson', event.currentTarget.value)}
            error={errors.contactPerson}
          />
          <TextInput
            label={t.units.phone}
            type="tel"
            inputMode="tel"
            value={values.phone}
            onChange={(event) => setField('phone', event.currentTarget.value)}
            error={errors.phone}
          />
          <TextInput
            label={t.units.email}
            type="email"
            value={values.email}
            onChange={(event) => setField('email', event.currentTarget.value)}
            error={errors.email}
          />
          <div />
          <DateField
            label={t.units.activeFrom}
            value={values.activeFrom}
            onChange={(iso) => setField('activeFrom', iso)}
            error={errors.activeFrom}
            withAsterisk
          />
          <DateField
            label={t.units.activeTo}
            value={values.activeTo}
            min={values.activeFrom || undefined}
            onChange={(iso) => setField('activeTo', iso)}
            error={errors.activeTo}
          />
        </SimpleGrid>

        <Checkbox.Group
          label={t.units.targets}
          value={values.targets.map(String)}
          onChange={(value) => setField('targets', value.map(Number).sort((a, b) => a - b))}
          error={errors.targets}
        >
          <Stack gap={6} mt={6}>
            {targetNumbers.map((n) => (
              <Checkbox key={n} value={String(n)} label={`${t.targetNumber(n)}: ${t.targets[n]}`} />
            ))}
          </Stack>
        </Checkbox.Group>

        <FormMessages messages={formMessages} />

        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
