import {
  Alert,
  Box,
  Button,
  Checkbox,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages, StaleAlert, UnitField } from '@/components/form';
import { MoneyInput } from '@/components/ui/money-input';
import { ApiError } from '@/lib/api';
import { isUnitReporter, useMe } from '@/lib/auth';
import { splitServerErrors, useFormState } from '@/lib/form';
import { useI18n, type Language } from '@/lib/i18n';
import {
  referenceLabel,
  useReferenceItems,
  useUnitOptions,
  useVillageOptions,
  type ReferenceItem,
  type ReferenceKind,
} from '@/lib/reference-data';
import { formatDate, isIsoDate, todayIso } from '@/utils/dates';
import { formatNumber } from '@/utils/numbers';

import { useCampaignOptions } from '../api/campaign-options';
import { usePersistDraft, useSessionDraft } from '../api/session-draft';
import {
  participantsTotal,
  sessionFormFields,
  validateSessionForm,
  type SessionFormField,
  type SessionFormValues,
} from '../api/session-form-schema';
import { taskGroupNumbers } from '../api/types';

export interface SessionSubmit {
  values: SessionFormValues;
  needsReach: boolean;
  idempotencyKey: string;
}

interface SessionFormProps {
  /** The form's accessible name (the page's title). */
  title: string;
  initialValues: SessionFormValues;
  /** Where the draft is kept (see sessionDraftKey) and, when editing, the version it was typed against. */
  draftKey: string;
  draftVersion?: number;
  /** Sends the values; a rejected ApiError is shown beside the fields it names. */
  onSubmit: (submit: SessionSubmit) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when the server says someone else saved the session first (409 stale-version). */
  onReload?: () => void;
}

/** Select choices from a reference list: active items, plus inactive ones already chosen. */
function referenceOptions(items: ReferenceItem[] | undefined, chosen: string[], language: Language) {
  return (items ?? [])
    .filter((item) => item.active || chosen.includes(String(item.id)))
    .map((item) => ({ value: String(item.id), label: referenceLabel(item, language) }));
}

function useReferenceOptions(kind: ReferenceKind, chosen: string[]) {
  const { language } = useI18n();
  const items = useReferenceItems(kind, true);
  return { items: items.data, options: referenceOptions(items.data, chosen, language) };
}

function CheckboxList({
  label,
  options,
  value,
  onChange,
  error,
  required,
  cols = 1,
}: {
  label: string;
  options: { value: string; label: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  error?: string;
  required?: boolean;
  cols?: number;
}) {
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} error={error} withAsterisk={required}>
      <SimpleGrid cols={{ base: 1, sm: cols }} spacing={10} verticalSpacing={10} mt={8}>
        {options.map((option) => (
          <Checkbox key={option.value} value={option.value} label={option.label} size="md" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} variant="filled" p={{ base: 'sm', sm: 'md' }}>
      <Stack gap="md">{children}</Stack>
    </Fieldset>
  );
}

/**
 * Records or changes a communication session. Built for a phone first (one column, large touch
 * targets, the save button always in reach); what was typed survives a failed submission and a
 * reload of the page until it is saved.
 */
export function SessionForm({ title, initialValues, draftKey, draftVersion, onSubmit, onCancel, onReload }: SessionFormProps) {
  const { t } = useI18n();
  const me = useMe();
  const reporter = isUnitReporter(me);
  const draft = useSessionDraft(draftKey, initialValues, draftVersion);
  const { values, setField, errors, setErrors, reset } = useFormState<SessionFormValues>(
    // A unit reporter records for their own unit whatever a stored draft says.
    reporter && me.unitId ? { ...draft.startValues, unitId: String(me.unitId) } : draft.startValues,
  );
  const [messages, setMessages] = useState<string[]>([]);
  const [failed, setFailed] = useState(false);
  const [stale, setStale] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [done, setDone] = useState(false);
  usePersistDraft(values, draft.save, !done);

  const topics = useReferenceOptions('TOPIC', values.topicIds);
  const formats = useReferenceOptions('FORMAT', [values.formatId]);
  const audienceGroups = useReferenceOptions('AUDIENCE_GROUP', values.audienceGroupIds);
  const languages = useReferenceOptions('LANGUAGE', values.languageIds);
  const fundingSources = useReferenceOptions('FUNDING_SOURCE', [values.fundingSourceId]);
  const communeCode = me.communeCode ?? undefined;
  const units = useUnitOptions(reporter ? undefined : communeCode);
  const villages = useVillageOptions(communeCode);
  const year = isIsoDate(values.heldOn) ? Number(values.heldOn.slice(0, 4)) : undefined;
  const campaigns = useCampaignOptions(year, communeCode);

  const format = formats.items?.find((item) => String(item.id) === values.formatId);
  const needsReach = format?.needsReach ?? false;
  const campaign = campaigns.data?.find((c) => String(c.id) === values.campaignId);
  const total = participantsTotal(values);
  const today = todayIso();

  const campaignOptions = (campaigns.data ?? []).map((c) => ({
    value: String(c.id),
    label: `${c.name} (${formatDate(c.startDate)} – ${formatDate(c.endDate)})`,
  }));
  if (values.campaignId && !campaignOptions.some((o) => o.value === values.campaignId) && campaigns.isSuccess) {
    // The date moved to another year than the campaign's: keep the choice visible so the rule can name it.
    campaignOptions.unshift({ value: values.campaignId, label: values.campaignId });
  }

  const set = <K extends SessionFormField>(field: K) => (value: SessionFormValues[K]) => setField(field, value);
  const text = (field: SessionFormField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    setField(field, event.currentTarget.value as never);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const clientErrors = validateSessionForm(
      values,
      { today, needsReach, campaign: campaign ? { startDate: campaign.startDate, endDate: campaign.endDate } : undefined },
      t,
    );
    if (Object.keys(clientErrors).length > 0) {
      setErrors(clientErrors);
      setMessages([t.validation.fixErrors]);
      setFailed(false);
      return;
    }
    setMessages([]);
    setFailed(false);
    setStale(false);
    setSubmitting(true);
    try {
      await onSubmit({ values, needsReach, idempotencyKey: draft.idempotencyKey.current });
      setDone(true);
      draft.discard();
    } catch (error) {
      setFailed(true);
      if (error instanceof ApiError && error.is('stale-version')) {
        setStale(true);
      } else if (error instanceof ApiError && error.errors.length > 0) {
        const { fieldErrors, otherMessages } = splitServerErrors(error, sessionFormFields);
        setErrors(fieldErrors);
        setMessages(otherMessages.length > 0 ? otherMessages : [error.detail || t.validation.fixErrors]);
      } else {
        setMessages([errorMessage(error, t)]);
      }
    } finally {
      setSubmitting(false);
    }
  }

  function discardDraft() {
    draft.discard();
    reset(initialValues);
    setMessages([]);
    setFailed(false);
  }

  return (
    <form onSubmit={(event) => void handleSubmit(event)} noValidate aria-label={title}>
      <Stack gap="md" maw={720}>
        {draft.restored ? (
          <Alert color="blue" role="status">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t.sessions.draftRestored}</Text>
              <Button size="compact-sm" variant="light" onClick={discardDraft}>
                {t.sessions.discardDraft}
              </Button>
            </Group>
          </Alert>
        ) : null}
        {stale ? (
          <StaleAlert
            title={t.sessions.staleTitle}
            onReload={
              onReload
                ? () => {
                    draft.discard();
                    onReload();
                  }
                : undefined
            }
          >
            {t.sessions.staleText}
          </StaleAlert>
        ) : null}

        <Section legend={t.sessions.sectionGeneral}>
          <UnitField
            label={t.sessions.unit}
            value={values.unitId}
            onChange={(unitId) => setField('unitId', unitId)}
            units={units.data}
            error={errors.unitId}
            locked={reporter}
            lockedName={me.unitName}
            lockedHint={t.sessions.unitLocked}
            size="md"
          />
          <SimpleGrid cols={2} spacing="sm">
            <DateField
              label={t.sessions.heldOn}
              value={values.heldOn}
              max={today}
              onChange={set('heldOn')}
              error={errors.heldOn}
              withAsterisk
              size="md"
            />
            <TextInput
              label={t.sessions.durationMinutes}
              value={values.durationMinutes}
              onChange={text('durationMinutes')}
              error={errors.durationMinutes}
              inputMode="numeric"
              size="md"
            />
          </SimpleGrid>
          <Select
            label={t.sessions.campaign}
            data={campaignOptions}
            value={values.campaignId || null}
            onChange={(value) => setField('campaignId', value ?? '')}
            error={errors.campaignId}
            placeholder={t.sessions.noCampaign}
            clearable
            size="md"
          />
          <Select
            label={t.sessions.format}
            data={formats.options}
            value={values.formatId || null}
            onChange={(value) => setField('formatId', value ?? '')}
            error={errors.formatId}
            withAsterisk
            placeholder={t.common.choose}
            size="md"
          />
        </Section>

        <Section legend={t.sessions.sectionContent}>
          <CheckboxList
            label={t.sessions.topics}
            options={topics.options}
            value={values.topicIds}
            onChange={set('topicIds')}
            error={errors.topicIds}
            required
            cols={2}
          />
          <Checkbox.Group
            label={t.sessions.taskGroups}
            value={values.taskGroups.map(String)}
            onChange={(value) => setField('taskGroups', value.map(Number).sort((a, b) => a - b))}
            error={errors.taskGroups}
          >
            <Stack gap={10} mt={8}>
              {taskGroupNumbers.map((n) => (
                <Checkbox key={n} value={String(n)} label={`${n}. ${t.taskGroups[n]}`} size="md" />
              ))}
            </Stack>
          </Checkbox.Group>
        </Section>

        <Section legend={t.sessions.place}>
          <Select
            label={t.sessions.village}
            data={(villages.data ?? []).map((v) => ({ value: String(v.id), label: v.name }))}
            value={values.villageId || null}
            onChange={(value) => setField('villageId', value ?? '')}
            error={errors.villageId}
            placeholder={t.common.choose}
            clearable
            searchable
            size="md"
          />
          <TextInput label={t.sessions.venue} value={values.venue} onChange={text('venue')} error={errors.venue} size="md" />
        </Section>

        <Section legend={t.sessions.sectionParticipants}>
          <SimpleGrid cols={2} spacing="sm">
            <TextInput
              label={t.sessions.participantsMale}
              value={values.participantsMale}
              onChange={text('participantsMale')}
              error={errors.participantsMale}
              inputMode="numeric"
              placeholder="0"
              size="md"
            />
            <TextInput
              label={t.sessions.participantsFemale}
              value={values.participantsFemale}
              onChange={text('participantsFemale')}
              error={errors.participantsFemale}
              inputMode="numeric"
              placeholder="0"
              size="md"
            />
          </SimpleGrid>
          <Text size="sm" aria-live="polite">
            {t.sessions.participantsTotal}: <b>{Number.isNaN(total) ? t.common.none : formatNumber(total)}</b>
          </Text>
          <TextInput
            label={t.sessions.ethnicMinority}
            description={t.sessions.ethnicMinorityHint}
            value={values.ethnicMinorityParticipants}
            onChange={text('ethnicMinorityParticipants')}
            error={errors.ethnicMinorityParticipants}
            inputMode="numeric"
            placeholder="0"
            size="md"
          />
          {needsReach ? (
            <TextInput
              label={t.sessions.reach}
              description={t.sessions.reachHint}
              value={values.reach}
              onChange={text('reach')}
              error={errors.reach}
              inputMode="numeric"
              size="md"
            />
          ) : null}
          <CheckboxList
            label={t.sessions.audienceGroups}
            options={audienceGroups.options}
            value={values.audienceGroupIds}
            onChange={set('audienceGroupIds')}
            error={errors.audienceGroupIds}
            cols={2}
          />
          <CheckboxList
            label={t.sessions.languages}
            options={languages.options}
            value={values.languageIds}
            onChange={set('languageIds')}
            error={errors.languageIds}
            cols={2}
          />
        </Section>

        <Section legend={t.sessions.sectionCost}>
          <MoneyInput
            label={t.sessions.costVnd}
            value={values.costVnd}
            onChange={set('costVnd')}
            error={errors.costVnd}
            placeholder="0"
            size="md"
          />
          <Select
            label={t.sessions.fundingSource}
            data={fundingSources.options}
            value={values.fundingSourceId || null}
            onChange={(value) => setField('fundingSourceId', value ?? '')}
            error={errors.fundingSourceId}
            placeholder={t.sessions.noFundingSource}
            clearable
            size="md"
          />
          <Textarea
            label={t.sessions.notes}
            value={values.notes}
            onChange={text('notes')}
            error={errors.notes}
            rows={3}
            size="md"
          />
        </Section>

        <FormMessages messages={messages}>{failed ? <div>{t.sessions.retryKeepsData}</div> : null}</FormMessages>

        {/* The save button stays in reach at the bottom of a phone's screen. */}
        <Box
          pos="sticky"
          bottom={0}
          py="sm"
          style={{ zIndex: 2, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-gray-3)' }}
        >
          <FormActions
            submitting={submitting}
            onCancel={() => {
              draft.discard();
              setDone(true);
              onCancel();
            }}
            size="md"
            grow
            preventGrowOverflow={false}
          />
        </Box>
      </Stack>
    </form>
  );
}
