import { ActionIcon, Button, Fieldset, Group, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { memo, useCallback, useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages, StaleAlert } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';

import {
  checklistFormFrom,
  CRITERIA_MAX,
  emptyCriterion,
  placeChecklistErrors,
  rowError,
  validateChecklistForm,
  type ChecklistFormErrors,
  type ChecklistFormValues,
  type CriterionDraft,
  type CriterionPart,
} from '../api/checklist-form-schema';
import { useCreateMediaChecklist } from '../api/create-media-checklist';
import type { MediaChecklist } from '../api/types';

interface CriterionRowProps {
  row: CriterionDraft;
  position: number;
  codeError?: string;
  textViError?: string;
  textEnError?: string;
  removable: boolean;
  onChange: (rowKey: string, part: CriterionPart, value: string) => void;
  onRemove: (rowKey: string) => void;
}

/** One criterion: its code and wording. Re-rendered only when it changes (lists run to 30 rows). */
const CriterionRow = memo(function CriterionRow({
  row,
  position,
  codeError,
  textViError,
  textEnError,
  removable,
  onChange,
  onRemove,
}: CriterionRowProps) {
  const c = useMediaText().checklists;
  return (
    <Fieldset legend={c.criterionLegend(position)} variant="filled" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="nowrap">
          <TextInput
            label={c.code}
            description={c.codeHint}
            value={row.code}
            onChange={(event) => onChange(row.key, 'code', event.currentTarget.value)}
            error={codeError}
            withAsterisk
            autoCapitalize="characters"
            autoComplete="off"
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            mt={28}
            aria-label={c.removeCriterion(position)}
            title={c.removeCriterion(position)}
            onClick={() => onRemove(row.key)}
            disabled={!removable}
          >
            <span aria-hidden>✕</span>
          </ActionIcon>
        </Group>
        <Textarea
          label={c.textVi}
          value={row.textVi}
          onChange={(event) => onChange(row.key, 'textVi', event.currentTarget.value)}
          error={textViError}
          withAsterisk
          autosize
          minRows={1}
        />
        <Textarea
          label={c.textEn}
          value={row.textEn}
          onChange={(event) => onChange(row.key, 'textEn', event.currentTarget.value)}
          error={textEnError}
          withAsterisk
          autosize
          minRows={1}
        />
      </Stack>
    </Fieldset>
  );
});

/**
 * Publishes the next version of the gender checklist: its title, its criteria (a stable code and
 * the wording in Vietnamese and English) and how many must be met to pass.
 */
export function ChecklistForm({
  nextVersion,
  startFrom,
  onPublished,
  onCancel,
  onReload,
}: {
  nextVersion: number;
  /** The current version, copied as the starting point (null when there is none yet). */
  startFrom: MediaChecklist | null;
  onPublished: (checklist: MediaChecklist) => void;
  onCancel: () => void;
  /** Reads the versions again after another one was published elsewhere. */
  onReload: () => void;
}) {
  const { t } = useI18n();
  const m = useMediaText();
  const c = m.checklists;
  const create = useCreateMediaChecklist();
  const [values, setValues] = useState<ChecklistFormValues>(() => checklistFormFrom(startFrom));
  const [errors, setErrors] = useState<ChecklistFormErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const headingId = 'checklist-form-heading';

  const clearErrors = (...keys: string[]) =>
    setErrors((current) => {
      if (!keys.some((key) => current[key])) return current;
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });

  function setTop(field: 'title' | 'threshold', value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    clearErrors(field);
  }

  const setPart = useCallback((rowKey: string, part: CriterionPart, value: string) => {
    // Codes are written in capitals without accents; typing "balanced sources" gives BALANCED_SOURCES.
    const next = part === 'code' ? value.toUpperCase().replace(/\s/g, '_') : value;
    setValues((current) => ({
      ...current,
      criteria: current.criteria.map((r) => (r.key === rowKey ? { ...r, [part]: next } : r)),
    }));
    // A changed code may end another row's duplicate: every code's error goes.
    setErrors((current) => {
      const keys = Object.keys(current).filter(
        (key) => key === rowError(rowKey, part) || (part === 'code' && key.endsWith('.code')),
      );
      if (keys.length === 0) return current;
      const rest = { ...current };
      for (const key of keys) delete rest[key];
      return rest;
    });
  }, []);

  const removeCriterion = useCallback((rowKey: string) => {
    setValues((current) => ({ ...current, criteria: current.criteria.filter((r) => r.key !== rowKey) }));
    setErrors((current) => {
      const rest = { ...current };
      for (const key of Object.keys(rest)) {
        if (key === 'criteria' || key === 'threshold' || key.startsWith(`criteria.${rowKey}.`) || key.endsWith('.code')) {
          delete rest[key];
        }
      }
      return rest;
    });
  }, []);

  function addCriterion() {
    setValues((current) => ({ ...current, criteria: [...current.criteria, emptyCriterion()] }));
    clearErrors('criteria', 'threshold');
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validateChecklistForm(values, t, m);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setMessages([t.validation.fixErrors]);
      return;
    }
    setMessages([]);
    setConflict(false);
    setSubmitting(true);
    const sent = values.criteria;
    try {
      onPublished(await create.mutateAsync(values));
    } catch (error) {
      if (error instanceof ApiError && (error.is('conflict') || error.is('stale-version'))) {
        // Two versions published at once: the other one took this number.
        setConflict(true);
      } else if (error instanceof ApiError && error.errors.length > 0) {
        const placed = placeChecklistErrors(error.errors, sent);
        setErrors(placed.errors);
        setMessages(placed.otherMessages.length > 0 ? placed.otherMessages : [error.detail || t.validation.fixErrors]);
      } else {
        setMessages([errorMessage(error, t)]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const total = values.criteria.length;

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-labelledby={headingId}>
      <Stack gap="md" maw={860}>
        <Title order={3} id={headingId}>
          {c.formTitle(nextVersion)}
        </Title>
        <Text size="sm" c="dimmed">
          {c.formNote}
        </Text>
        {conflict ? (
          <StaleAlert title={c.conflictTitle} onReload={onReload}>
            {c.conflictText}
          </StaleAlert>
        ) : null}
        <TextInput
          label={c.titleLabel}
          value={values.title}
          onChange={(event) => setTop('title', event.currentTarget.value)}
          error={errors.title}
          withAsterisk
          size="md"
        />
        <Fieldset legend={c.criteriaLegend} variant="unstyled">
          <Stack gap="md">
            {values.criteria.map((row, index) => (
              <CriterionRow
                key={row.key}
                row={row}
                position={index + 1}
                codeError={errors[rowError(row.key, 'code')]}
                textViError={errors[rowError(row.key, 'textVi')]}
                textEnError={errors[rowError(row.key, 'textEn')]}
                removable={values.criteria.length > 1}
                onChange={setPart}
                onRemove={removeCriterion}
              />
            ))}
            {errors.criteria ? (
              <Text c="red" size="sm" role="alert">
                {errors.criteria}
              </Text>
            ) : null}
            <Group>
              <Button variant="light" onClick={addCriterion} disabled={total >= CRITERIA_MAX}>
                {c.addCriterion}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <TextInput
          label={c.thresholdLabel}
          description={c.thresholdHint(Math.max(total, 1))}
          value={values.threshold}
          onChange={(event) => setTop('threshold', event.currentTarget.value)}
          error={errors.threshold}
          withAsterisk
          inputMode="numeric"
          w={{ base: '100%', sm: 320 }}
          size="md"
        />
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={c.submit} onCancel={onCancel} size="md" />
      </Stack>
    </form>
  );
}
