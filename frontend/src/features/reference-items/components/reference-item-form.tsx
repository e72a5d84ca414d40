import { Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages } from '@/components/form';
import { ApiError } from '@/lib/api';
import { splitServerErrors, useFormState } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import type { ReferenceItem, ReferenceKind } from '@/lib/reference-data';

import {
  emptyReferenceItemForm,
  referenceItemFormFields,
  referenceItemToFormValues,
  validateReferenceItemForm,
} from '../api/reference-item-form-schema';
import { useCreateReferenceItem, useUpdateReferenceItem } from '../api/save-reference-item';

interface ReferenceItemDialogProps {
  kind: ReferenceKind;
  /** The item to change; absent when adding one. */
  item?: ReferenceItem;
  onClose: () => void;
  onSaved: (item: ReferenceItem) => void;
}

/** Adds or changes one of the commune's own list items, in a dialog over the list. */
export function ReferenceItemDialog({ kind, item, onClose, onSaved }: ReferenceItemDialogProps) {
  const { t } = useI18n();
  const create = useCreateReferenceItem();
  const update = useUpdateReferenceItem();
  const { values, setField, errors, setErrors } = useFormState(
    item ? referenceItemToFormValues(item) : emptyReferenceItemForm(kind),
  );
  const [messages, setMessages] = useState<string[]>([]);
  const submitting = create.isPending || update.isPending;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validateReferenceItemForm(values, t);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setMessages([t.validation.fixErrors]);
      return;
    }
    setMessages([]);
    try {
      const saved = item
        ? await update.mutateAsync({ id: item.id, version: item.version, values })
        : await create.mutateAsync(values);
      onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-version')) {
        setMessages([t.referenceItems.staleText]);
      } else if (error instanceof ApiError && error.errors.length > 0) {
        const { fieldErrors, otherMessages } = splitServerErrors(error, referenceItemFormFields);
        setErrors(fieldErrors);
        setMessages(otherMessages.length > 0 ? otherMessages : [error.detail || t.validation.fixErrors]);
      } else if (error instanceof ApiError && error.is('conflict')) {
        setErrors({ code: error.detail || error.title });
      } else {
        setMessages([errorMessage(error, t)]);
      }
    }
  }

  return (
    <Modal opened onClose={onClose} title={item ? t.referenceItems.editTitle : t.referenceItems.createTitle} size="lg">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack gap="md">
          <TextInput label={t.referenceItems.kind} value={t.referenceKinds[values.kind]} readOnly variant="filled" />
          <TextInput
            label={t.referenceItems.code}
            description={t.referenceItems.codeHint}
            value={values.code}
            onChange={(event) => setField('code', event.currentTarget.value.toUpperCase())}
            error={errors.code}
            withAsterisk
            maxLength={40}
            autoCapitalize="characters"
            spellCheck={false}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <TextInput
              label={t.referenceItems.labelVi}
              value={values.labelVi}
              onChange={(event) => setField('labelVi', event.currentTarget.value)}
              error={errors.labelVi}
              withAsterisk
              lang="vi"
            />
            <TextInput
              label={t.referenceItems.labelEn}
              value={values.labelEn}
              onChange={(event) => setField('labelEn', event.currentTarget.value)}
              error={errors.labelEn}
              withAsterisk
              lang="en"
            />
          </SimpleGrid>
          {values.kind === 'TOPIC' ? (
            <Checkbox
              label={t.referenceItems.lawPolicy}
              checked={values.lawPolicy}
              onChange={(event) => setField('lawPolicy', event.currentTarget.checked)}
              error={errors.lawPolicy}
            />
          ) : null}
          {values.kind === 'FORMAT' ? (
            <Checkbox
              label={t.referenceItems.needsReach}
              checked={values.needsReach}
              onChange={(event) => setField('needsReach', event.currentTarget.checked)}
              error={errors.needsReach}
            />
          ) : null}
          <Group align="flex-end" gap="md">
            <TextInput
              label={t.referenceItems.sortOrder}
              value={values.sortOrder}
              onChange={(event) => setField('sortOrder', event.currentTarget.value)}
              error={errors.sortOrder}
              inputMode="numeric"
              w={120}
            />
            <Checkbox
              label={t.referenceItems.active}
              checked={values.active}
              onChange={(event) => setField('active', event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          <FormMessages messages={messages} />
          <FormActions
            submitting={submitting}
            submitLabel={item ? t.common.save : t.referenceItems.create}
            onCancel={onClose}
            cancelFirst
            gap="md"
            justify="flex-end"
          />
        </Stack>
      </form>
    </Modal>
  );
}
