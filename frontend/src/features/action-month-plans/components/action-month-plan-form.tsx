import { FileInput, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert, UnitField } from '@/components/form';
import { ATTACHMENT_ACCEPT, checkAttachment } from '@/lib/attachments';
import { useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useIndicatorsText } from '@/lib/i18n/indicators';
import { useProgrammePeriod, useUnitOptions } from '@/lib/reference-data';
import { todayIso } from '@/utils/dates';

import {
  actionMonthPlanFormFields,
  DOCUMENT_NUMBER_MAX,
  SUMMARY_MAX,
  validateActionMonthPlanForm,
  type ActionMonthPlanFormValues,
} from '../api/action-month-plan-form-schema';

interface ActionMonthPlanFormProps {
  initialValues: ActionMonthPlanFormValues;
  /** A new plan chooses its unit and year (a unit reporter's unit is fixed); a filed one keeps them. */
  mode: 'create' | 'edit';
  unitLocked: boolean;
  onSubmit: (values: ActionMonthPlanFormValues, document: File | null) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

/** Phone-first: one column on a phone, the signed document optional (it can follow later). */
export function ActionMonthPlanForm({ initialValues, mode, unitLocked, onSubmit, onCancel, onReload }: ActionMonthPlanFormProps) {
  const { t } = useI18n();
  const w = useIndicatorsText().actionMonthPlans;
  const me = useMe();
  const units = useUnitOptions(me.communeCode ?? undefined);
  const { values, setField, errors, setErrors } = useFormState(initialValues);
  // The plan's years, and the plan's own year even outside them (an older plan being changed).
  const planYears = (useProgrammePeriod()?.years ?? []).map(String);
  const yearChoices = !values.year || planYears.includes(values.year) ? planYears : [...planYears, values.year].sort();
  const [document, setDocument] = useState<File | null>(null);
  const [documentError, setDocumentError] = useState<string | null>(null);
  const { submit, messages, stale, submitting } = useProblemSubmit({
    fields: actionMonthPlanFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });
  const today = todayIso();
  const fixed = mode === 'edit' || unitLocked;


  function chooseDocument(file: File | null) {
    const problem = file ? checkAttachment(file) : null;
    setDocumentError(problem === 'type' ? t.validation.fileType : problem === 'size' ? t.validation.fileTooLarge : null);
    setDocument(problem ? null : file);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validateActionMonthPlanForm(values, today, {
      required: t.validation.required,
      tooLong: t.validation.maxLength,
      dateInvalid: t.validation.date,
      dateFuture: w.dateFuture,
    });
    void submit(clientErrors, () => onSubmit(values, document));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={mode === 'create' ? w.fileTitle : w.editTitle}>
      <Stack gap="md" maw={720}>
        {stale ? (
          <StaleAlert title={w.staleTitle} onReload={onReload}>
            {w.staleText}
          </StaleAlert>
        ) : null}
        <Text size="sm" c="dimmed">
          {w.deadlineNote(Number(values.year))}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <UnitField
            label={w.unit}
            value={values.unitId}
            onChange={(unitId) => setField('unitId', unitId)}
            units={units.data}
            error={errors.unitId}
            locked={fixed}
            lockedName={unitLocked ? me.unitName : null}
          />
          <Select
            label={w.year}
            data={yearChoices.map((y) => ({ value: y, label: y }))}
            value={values.year}
            onChange={(value) => setField('year', value ?? '')}
            error={errors.year}
            readOnly={mode === 'edit'}
            variant={mode === 'edit' ? 'filled' : 'default'}
            allowDeselect={false}
            withAsterisk
          />
          <TextInput
            label={w.documentNumber}
            description={w.documentNumberHint}
            value={values.documentNumber}
            maxLength={DOCUMENT_NUMBER_MAX}
            onChange={(event) => setField('documentNumber', event.currentTarget.value)}
            error={errors.documentNumber}
          />
          <DateField
            label={w.documentDate}
            value={values.documentDate}
            max={today}
            onChange={(iso) => setField('documentDate', iso)}
            error={errors.documentDate}
            withAsterisk
          />
          <TextInput
            type="date"
            label={w.receivedOn}
            description={w.receivedOnHint}
            value={values.receivedOn}
            max={today}
            onChange={(event) => setField('receivedOn', event.currentTarget.value)}
            error={errors.receivedOn}
          />
        </SimpleGrid>
        <Textarea
          label={w.summary}
          description={w.summaryHint}
          value={values.summary}
          maxLength={SUMMARY_MAX}
          onChange={(event) => setField('summary', event.currentTarget.value)}
          error={errors.summary}
          autosize
          minRows={4}
          withAsterisk
        />
        {mode === 'create' ? (
          <FileInput
            label={w.document}
            description={w.documentHint}
            accept={ATTACHMENT_ACCEPT}
            value={document}
            onChange={chooseDocument}
            error={documentError}
            placeholder={w.chooseFile}
            clearable
          />
        ) : null}
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={mode === 'create' ? w.fileButton : t.common.save} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
