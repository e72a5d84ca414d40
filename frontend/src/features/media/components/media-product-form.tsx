import { Select, Stack, Textarea } from '@mantine/core';
import type { FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert, UnitField } from '@/components/form';
import { isUnitReporter, useMe } from '@/lib/auth';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';
import { useUnitOptions } from '@/lib/reference-data';
import { todayIso } from '@/utils/dates';

import {
  mediaProductFormFields,
  TITLE_MAX,
  validateMediaProductForm,
  type MediaProductFormValues,
} from '../api/media-product-form-schema';
import { isMediaKind, mediaKinds } from '../api/types';

interface MediaProductFormProps {
  /** The form's accessible name (the page's title). */
  title: string;
  initialValues: MediaProductFormValues;
  submitLabel?: string;
  /** Sends the values; a rejected ApiError is shown beside the fields it names. */
  onSubmit: (values: MediaProductFormValues) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when the server says someone else saved the product first (409 stale-version). */
  onReload?: () => void;
}

/**
 * Records or changes a media product: which unit published what, of which kind, on which day.
 * One column with large touch targets, usable on a phone.
 */
export function MediaProductForm({ title, initialValues, submitLabel, onSubmit, onCancel, onReload }: MediaProductFormProps) {
  const { t } = useI18n();
  const m = useMediaText();
  const me = useMe();
  const reporter = isUnitReporter(me);
  const { values, setField, errors, setErrors } = useFormState<MediaProductFormValues>(
    // A unit reporter records for their own unit, whatever else was asked for.
    reporter && me.unitId ? { ...initialValues, unitId: String(me.unitId) } : initialValues,
  );
  const { submit, messages, stale, submitting } = useProblemSubmit({
    fields: mediaProductFormFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });
  const units = useUnitOptions(reporter ? undefined : (me.communeCode ?? undefined));
  const today = todayIso();

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void submit(validateMediaProductForm(values, today, t, m), () => onSubmit(values));
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={title}>
      <Stack gap="md" maw={720}>
        {stale ? (
          <StaleAlert title={m.products.staleTitle} onReload={onReload}>
            {m.products.staleText}
          </StaleAlert>
        ) : null}
        <UnitField
          label={m.products.unit}
          value={values.unitId}
          onChange={(unitId) => setField('unitId', unitId)}
          units={units.data}
          error={errors.unitId}
          locked={reporter}
          lockedName={me.unitName}
          lockedHint={m.products.unitLocked}
          size="md"
        />
        <Select
          label={m.products.kind}
          data={mediaKinds.map((kind) => ({ value: kind, label: m.kinds[kind] }))}
          value={values.kind || null}
          onChange={(value) => setField('kind', isMediaKind(value) ? value : '')}
          error={errors.kind}
          withAsterisk
          placeholder={t.common.choose}
          size="md"
        />
        <Textarea
          label={m.products.productTitle}
          description={m.products.titleHint}
          value={values.title}
          onChange={(event) => setField('title', event.currentTarget.value)}
          error={errors.title}
          withAsterisk
          autosize
          minRows={2}
          maxLength={TITLE_MAX + 50}
          size="md"
        />
        <DateField
          label={m.products.publishedOn}
          description={m.products.publishedOnHint}
          value={values.publishedOn}
          max={today}
          onChange={(iso) => setField('publishedOn', iso)}
          error={errors.publishedOn}
          withAsterisk
          size="md"
        />
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} size="md" />
      </Stack>
    </form>
  );
}
