import { Alert, Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { useConventionsText } from '@/lib/i18n/conventions';
import { todayIso } from '@/utils/dates';

import {
  CLAUSE_TEXT_MAX,
  CLAUSES_MAX,
  clausePath,
  emptyClause,
  emptyReviewForm,
  reindexAfterRemoval,
  REVIEWERS_MAX,
  reviewErrorPath,
  validateReviewForm,
  type ClauseField,
  type ClauseFormValues,
  type ReviewErrors,
  type ReviewFormValues,
} from '../api/review-form-schema';
import { clauseCategories, type Convention } from '../api/types';

interface ReviewFormProps {
  /** The form's accessible name (the page's title). */
  title: string;
  convention: Pick<Convention, 'decisionDate'>;
  /** Sends the values; a rejected ApiError is shown beside the fields (and clauses) it names. */
  onSubmit: (values: ReviewFormValues) => Promise<unknown>;
  onCancel: () => void;
}

const without = (errors: ReviewErrors, ...paths: string[]) => {
  if (!paths.some((path) => path in errors)) return errors;
  const next = { ...errors };
  for (const path of paths) delete next[path];
  return next;
};

const hasContent = (clause: ClauseFormValues) =>
  Boolean(clause.text.trim() || clause.category || clause.recommendation.trim() || clause.followUp.trim());

/**
 * A review of a convention for gender discrimination: when, by whom, and the conclusion. "Discrimination
 * found" asks for the flagged clauses (at least one); "no discrimination" carries none — as the server checks.
 */
export function ReviewForm({ title, convention, onSubmit, onCancel }: ReviewFormProps) {
  const { t } = useI18n();
  const w = useConventionsText();
  const today = todayIso();
  const [values, setValues] = useState<ReviewFormValues>(() => emptyReviewForm(today));
  const [errors, setErrors] = useState<ReviewErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const found = values.noDiscrimination === false;
  const droppedClauses = values.noDiscrimination === true ? values.clauses.filter(hasContent).length : 0;

  function setTop<K extends 'reviewedOn' | 'reviewers'>(field: K, value: ReviewFormValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => without(current, field));
  }

  function setConclusion(noDiscrimination: boolean) {
    setValues((current) => ({
      ...current,
      noDiscrimination,
      // Discrimination found: start the first clause straight away.
      clauses: !noDiscrimination && current.clauses.length === 0 ? [emptyClause()] : current.clauses,
    }));
    setErrors((current) => without(current, 'noDiscrimination', 'clauses'));
  }

  function setClause(index: number, field: ClauseField, value: string) {
    setValues((current) => ({
      ...current,
      clauses: current.clauses.map((clause, i) => (i === index ? { ...clause, [field]: value } : clause)),
    }));
    setErrors((current) => without(current, clausePath(index, field), clausePath(index)));
  }

  function addClause() {
    setValues((current) => ({ ...current, clauses: [...current.clauses, emptyClause()] }));
    setErrors((current) => without(current, 'clauses'));
  }

  function removeClause(index: number) {
    setValues((current) => ({ ...current, clauses: current.clauses.filter((_, i) => i !== index) }));
    setErrors((current) => without(reindexAfterRemoval(current, index), 'clauses'));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validateReviewForm(values, { today, decisionDate: convention.decisionDate }, t, w);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setMessages([t.validation.fixErrors]);
      return;
    }
    setMessages([]);
    setSubmitting(true);
    try {
      await onSubmit(values);
    } catch (error) {
      if (error instanceof ApiError && error.errors.length > 0) {
        const next: ReviewErrors = {};
        const other: string[] = [];
        for (const item of error.errors) {
          const path = reviewErrorPath(item.field, found ? values.clauses.length : 0);
          if (path) next[path] = next[path] ? `${next[path]}; ${item.message}` : item.message;
          else other.push(item.message);
        }
        setErrors(next);
        setMessages(other.length > 0 ? other : [error.detail || t.validation.fixErrors]);
      } else {
        setMessages([errorMessage(error, t)]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={title}>
      <Stack gap="md" maw={860}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DateField
            label={w.reviews.reviewedOn}
            value={values.reviewedOn}
            min={convention.decisionDate ?? undefined}
            max={today}
            onChange={(iso) => setTop('reviewedOn', iso)}
            error={errors.reviewedOn}
            withAsterisk
          />
        </SimpleGrid>
        <Textarea
          label={w.reviews.reviewers}
          placeholder={w.reviews.reviewersPlaceholder}
          value={values.reviewers}
          onChange={(event) => setTop('reviewers', event.currentTarget.value)}
          error={errors.reviewers}
          maxLength={REVIEWERS_MAX}
          rows={2}
          withAsterisk
        />
        <Radio.Group
          label={w.reviews.conclusion}
          description={w.reviews.conclusionHint}
          value={values.noDiscrimination === null ? null : String(values.noDiscrimination)}
          onChange={(value) => setConclusion(value === 'true')}
          error={errors.noDiscrimination ?? (found ? undefined : errors.clauses)}
          withAsterisk
        >
          <Stack gap={8} mt={6}>
            <Radio value="true" label={w.reviews.noDiscrimination} />
            <Radio value="false" label={w.reviews.discriminationFound} description={w.reviews.discriminationFoundHint} />
          </Stack>
        </Radio.Group>
        {droppedClauses > 0 ? (
          <Alert color="yellow" role="status">
            {w.clauses.dropped(droppedClauses)}
          </Alert>
        ) : null}

        {found ? (
          <Stack gap="sm" component="section" aria-labelledby="flagged-clauses-title">
            <Title order={3} fz="md" id="flagged-clauses-title">
              {w.clauses.title}
            </Title>
            {errors.clauses ? (
              <Text c="red" size="sm" role="alert">
                {errors.clauses}
              </Text>
            ) : null}
            {values.clauses.map((clause, index) => (
              <ClauseFields
                key={clause.key}
                index={index}
                clause={clause}
                errors={errors}
                onChange={(field, value) => setClause(index, field, value)}
                onRemove={() => removeClause(index)}
              />
            ))}
            <Group>
              <Button variant="light" onClick={addClause} disabled={values.clauses.length >= CLAUSES_MAX}>
                {w.clauses.add}
              </Button>
              {values.clauses.length >= CLAUSES_MAX ? (
                <Text size="sm" c="dimmed">
                  {w.clauses.max(CLAUSES_MAX)}
                </Text>
              ) : null}
            </Group>
          </Stack>
        ) : null}

        <FormMessages messages={messages} />
        <FormActions submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

function ClauseFields({ index, clause, errors, onChange, onRemove }: {
  index: number;
  clause: ClauseFormValues;
  errors: ReviewErrors;
  onChange: (field: ClauseField, value: string) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const w = useConventionsText();
  const whole = errors[clausePath(index)];
  return (
    <Fieldset legend={w.clauses.clause(index + 1)} variant="filled" p={{ base: 'sm', sm: 'md' }} data-testid="flagged-clause">
      <Stack gap="sm">
        {whole ? (
          <Text c="red" size="sm" role="alert">
            {whole}
          </Text>
        ) : null}
        <Textarea
          label={w.clauses.text}
          placeholder={w.clauses.textPlaceholder}
          value={clause.text}
          onChange={(event) => onChange('text', event.currentTarget.value)}
          error={errors[clausePath(index, 'text')]}
          maxLength={CLAUSE_TEXT_MAX}
          rows={3}
          withAsterisk
        />
        <Select
          label={w.clauses.category}
          data={clauseCategories.map((category) => ({ value: category, label: w.categories[category] }))}
          value={clause.category || null}
          onChange={(value) => onChange('category', value ?? '')}
          error={errors[clausePath(index, 'category')]}
          placeholder={t.common.choose}
          allowDeselect={false}
          withAsterisk
        />
        <Textarea
          label={w.clauses.recommendation}
          placeholder={w.clauses.recommendationPlaceholder}
          value={clause.recommendation}
          onChange={(event) => onChange('recommendation', event.currentTarget.value)}
          error={errors[clausePath(index, 'recommendation')]}
          maxLength={CLAUSE_TEXT_MAX}
          rows={2}
          withAsterisk
        />
        <Textarea
          label={w.clauses.followUp}
          description={w.clauses.followUpHint}
          value={clause.followUp}
          onChange={(event) => onChange('followUp', event.currentTarget.value)}
          error={errors[clausePath(index, 'followUp')]}
          maxLength={CLAUSE_TEXT_MAX}
          rows={2}
        />
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="compact-sm" onClick={onRemove}>
            {w.clauses.remove(index + 1)}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
