import { Checkbox, Fieldset, Input, SegmentedControl, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useMe } from '@/lib/auth';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { referenceLabel, useProgrammePeriod, useReferenceItems } from '@/lib/reference-data';
import { todayIso } from '@/utils/dates';

import {
  cellKey,
  checkSurveyForm,
  emptyGroupRow,
  groupKey,
  lineKey,
  METHOD_MAX,
  NAME_MAX,
  placeServerErrors,
  toSurveyRoundRequest,
  type ResultColumn,
  type SurveyFormErrors,
  type SurveyFormValues,
} from '../api/survey-form-schema';
import { measures, type Sex, type SurveyMeasure, type SurveyRoundRequest } from '../api/types';

import { ResultsGrid, type GroupOption } from './results-grid';

interface SurveyRoundFormProps {
  initialValues: SurveyFormValues;
  /** The version read, when changing a round: sent with the request, a stale one is refused with 409. */
  version?: number;
  /** Groups the round already names, with their labels, in case the list no longer offers them. */
  knownGroups?: GroupOption[];
  submitLabel?: string;
  onSubmit: (request: SurveyRoundRequest) => Promise<unknown>;
  onCancel: () => void;
  onReload?: () => void;
}

function without(errors: SurveyFormErrors, ...keys: string[]): SurveyFormErrors {
  if (!keys.some((key) => key in errors)) return errors;
  const next = { ...errors };
  for (const key of keys) delete next[key];
  return next;
}

/** A survey round: when, how and what it measured, and its results by group and sex entered by hand. */
export function SurveyRoundForm({ initialValues, version, knownGroups = [], submitLabel, onSubmit, onCancel, onReload }: SurveyRoundFormProps) {
  const { t, language } = useI18n();
  const s = useSurveysText();
  const me = useMe();
  const audienceGroups = useReferenceItems('AUDIENCE_GROUP', true);
  // The baseline year is the one before the commune's plan starts (not named until the plan is known).
  const period = useProgrammePeriod(initialValues.communeCode || undefined);
  const today = todayIso();
  const [values, setValues] = useState(initialValues);
  const [errors, setErrors] = useState<SurveyFormErrors>({});
  const [messages, setMessages] = useState<string[]>([]);
  const [stale, setStale] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const editing = version !== undefined;
  // Side by side the two ways of measuring fit from a small tablet up; on a phone they stack.
  const wide = useMediaQuery('(min-width: 36em)');

  // Active groups of the commune's list, plus any the round already names (an inactive one keeps its label).
  const onRound = new Set(initialValues.groups.map((row) => row.groupId));
  const listed: GroupOption[] = (audienceGroups.data ?? [])
    .filter((item) => item.active || onRound.has(String(item.id)))
    .map((item) => ({ value: String(item.id), label: referenceLabel(item, language) }));
  const groupOptions = [...new Map([...knownGroups, ...listed].map((option) => [option.value, option])).values()];

  const setField = <K extends keyof SurveyFormValues>(field: K, value: SurveyFormValues[K]) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => without(current, field));
  };

  const setGroup = (row: string, groupId: string) => {
    setValues((current) => ({
      ...current,
      groups: current.groups.map((r) => (r.key === row ? { ...r, groupId } : r)),
    }));
    setErrors((current) => without(current, groupKey(row), lineKey(row, 'M'), lineKey(row, 'F')));
  };

  const setCell = (row: string, sex: Sex, column: ResultColumn, value: string) => {
    setValues((current) => ({
      ...current,
      groups: current.groups.map((r) =>
        r.key === row ? { ...r, cells: { ...r.cells, [sex]: { ...r.cells[sex], [column]: value } } } : r,
      ),
    }));
    setErrors((current) => without(current, cellKey(row, sex, column), lineKey(row, sex), groupKey(row)));
  };

  const addGroup = () => setValues((current) => ({ ...current, groups: [...current.groups, emptyGroupRow()] }));
  const removeGroup = (row: string) => {
    setValues((current) => ({ ...current, groups: current.groups.filter((r) => r.key !== row) }));
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith(`results.${row}.`))));
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { errors: clientErrors, lines } = checkSurveyForm(values, todayIso(), t, s);
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setMessages([t.validation.fixErrors]);
      return;
    }
    setErrors({});
    setMessages([]);
    setStale(false);
    setSubmitting(true);
    try {
      await onSubmit(toSurveyRoundRequest(values, lines, version));
    } catch (error) {
      if (error instanceof ApiError && error.is('stale-version')) {
        setStale(true);
      } else if (error instanceof ApiError && error.errors.length > 0) {
        // The lines sent, in order: the server's results[i] is the i-th of them.
        const { placed, other } = placeServerErrors(error.errors, lines);
        setErrors(placed);
        setMessages(other.length > 0 ? other : [error.detail || t.validation.fixErrors]);
      } else {
        setMessages([errorMessage(error, t)]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  const communeName = values.communeCode === me.communeCode && me.communeName ? me.communeName : values.communeCode;

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={editing ? s.editTitle : s.createTitle}>
      <Stack gap="md" maw={960}>
        {stale ? (
          <StaleAlert title={s.staleTitle} onReload={onReload}>
            {s.staleText}
          </StaleAlert>
        ) : null}
        <TextInput label={s.communeField} value={communeName} readOnly variant="filled" error={errors.communeCode} />
        <TextInput
          label={s.nameField}
          placeholder={s.namePlaceholder(period ? period.currentYear(today) : Number(today.slice(0, 4)))}
          value={values.name}
          maxLength={NAME_MAX}
          onChange={(event) => setField('name', event.currentTarget.value)}
          error={errors.name}
          withAsterisk
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <DateField
            label={s.conductedOnField}
            description={s.conductedOnHelp}
            value={values.conductedOn}
            max={today}
            onChange={(iso) => setField('conductedOn', iso)}
            error={errors.conductedOn}
            withAsterisk
          />
          <Checkbox
            mt={{ base: 0, sm: 'xl' }}
            label={s.baselineField(period?.fromPlan ? period.baselineYear : undefined)}
            description={s.baselineHelp}
            checked={values.baseline}
            onChange={(event) => setField('baseline', event.currentTarget.checked)}
            error={errors.baseline}
          />
        </SimpleGrid>
        <Textarea
          label={s.methodField}
          placeholder={s.methodPlaceholder}
          value={values.method}
          maxLength={METHOD_MAX}
          onChange={(event) => setField('method', event.currentTarget.value)}
          error={errors.method}
          withAsterisk
          autosize
          minRows={2}
        />
        <Fieldset legend={s.measureField}>
          <Stack gap="sm">
            <Input.Wrapper error={errors.measure}>
              <SegmentedControl
                data={measures.map((m) => ({ value: m, label: s.measures[m] }))}
                value={values.measure}
                onChange={(value) => setField('measure', value as SurveyMeasure)}
                orientation={wide ? 'horizontal' : 'vertical'}
                fullWidth
              />
            </Input.Wrapper>
            <Text size="sm" c="dimmed">
              {s.measureHelp[values.measure]}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {values.measure === 'THRESHOLD' ? (
                <TextInput
                  label={s.thresholdField}
                  description={s.thresholdHelp}
                  inputMode="decimal"
                  value={values.threshold}
                  onChange={(event) => setField('threshold', event.currentTarget.value)}
                  error={errors.threshold}
                  withAsterisk
                />
              ) : null}
              <TextInput
                label={s.scaleMaxField}
                description={values.measure === 'THRESHOLD' ? s.scaleMaxHelpThreshold : s.scaleMaxHelpMean}
                inputMode="decimal"
                value={values.scaleMax}
                onChange={(event) => setField('scaleMax', event.currentTarget.value)}
                error={errors.scaleMax}
                withAsterisk={values.measure === 'MEAN_SCORE'}
              />
            </SimpleGrid>
          </Stack>
        </Fieldset>
        <Fieldset legend={s.resultsTitle}>
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {editing ? s.resultsHelpEdit : s.resultsHelpCreate}
            </Text>
            {errors.results ? (
              <Text size="sm" c="red" role="alert">
                {errors.results}
              </Text>
            ) : null}
            <ResultsGrid
              measure={values.measure}
              rows={values.groups}
              groupOptions={groupOptions}
              errors={errors}
              onGroupChange={setGroup}
              onCellChange={setCell}
              onAdd={addGroup}
              onRemove={removeGroup}
            />
          </Stack>
        </Fieldset>
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={submitLabel} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
