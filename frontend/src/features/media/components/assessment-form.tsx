import { Alert, Checkbox, Radio, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, FormMessages, StaleAlert } from '@/components/form';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import type { FieldErrors } from '@/lib/form';
import { useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';

import { toAssessmentRequest, useAssessMediaProduct } from '../api/assess-media-product';
import { useMediaChecklist } from '../api/get-media-checklists';
import type { MediaChecklist, MediaProduct } from '../api/types';

const assessmentFields = ['checklistVersion', 'answers'] as const;
type AssessmentField = (typeof assessmentFields)[number];

/** The criteria the product met in an earlier assessment with this version (none otherwise). */
function previouslyMet(product: MediaProduct, version: number): Set<string> {
  if (product.checklistVersion !== version || !product.answers) return new Set();
  return new Set(Object.entries(product.answers).flatMap(([code, met]) => (met ? [code] : [])));
}

/**
 * Assesses a product against a version of the gender checklist: one checkbox per criterion (ticked =
 * met), every criterion answered, the result previewed against the version's threshold. A product
 * already assessed starts from its previous answers with the version it was assessed with; the
 * current version can be chosen instead.
 */
export function AssessmentForm({
  product,
  current,
  onAssessed,
  onReload,
}: {
  product: MediaProduct;
  /** The newest checklist version (null when none is published yet). */
  current: MediaChecklist | null;
  onAssessed: (product: MediaProduct) => void;
  /** Reads the product again after someone else changed or assessed it. */
  onReload: () => void;
}) {
  const { t, language } = useI18n();
  const m = useMediaText();
  const assess = useAssessMediaProduct();
  const previousVersion = product.checklistVersion;
  const [version, setVersion] = useState<number | null>(previousVersion ?? current?.version ?? null);
  const [met, setMet] = useState<Set<string>>(() => (version === null ? new Set() : previouslyMet(product, version)));
  const [errors, setErrors] = useState<FieldErrors<AssessmentField>>({});
  const { submit, messages, stale, submitting } = useProblemSubmit({
    fields: assessmentFields,
    setErrors,
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });
  const versionQuery = useMediaChecklist(version !== null && version !== current?.version ? version : null);
  const checklist = version !== null && version === current?.version ? current : versionQuery.data;
  const assessed = previousVersion !== null;
  const heading = assessed ? m.assessment.reassessTitle : m.assessment.formTitle;
  const headingId = `assessment-form-${product.id}`;

  if (version === null) return <Alert color="yellow">{m.assessment.noChecklist}</Alert>;

  function chooseVersion(next: number) {
    setVersion(next);
    setMet(previouslyMet(product, next));
    setErrors({});
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!checklist) return;
    const request = toAssessmentRequest(checklist.version, checklist.criteria, met, product.version);
    void submit({}, async () =>
      onAssessed(await assess.mutateAsync({ productId: product.id, request })),
    );
  }

  const metCount = checklist ? checklist.criteria.filter((c) => met.has(c.code)).length : 0;
  const offersChoice = assessed && current !== null && previousVersion !== current.version;

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby={headingId}>
      <Stack gap="md" maw={760}>
        <Title order={3} id={headingId}>
          {heading}
        </Title>
        {stale ? (
          <StaleAlert title={m.assessment.staleTitle} onReload={onReload}>
            {m.assessment.staleText}
          </StaleAlert>
        ) : null}
        {offersChoice && current ? (
          <Radio.Group
            label={m.assessment.chooseVersion}
            value={String(version)}
            onChange={(value) => chooseVersion(Number(value))}
            error={errors.checklistVersion}
          >
            <Stack gap={8} mt={6}>
              <Radio value={String(previousVersion)} label={m.assessment.previousVersionOption(previousVersion)} size="md" />
              <Radio value={String(current.version)} label={m.assessment.currentVersionOption(current.version)} size="md" />
            </Stack>
          </Radio.Group>
        ) : errors.checklistVersion ? (
          <Alert color="red" role="alert">
            {errors.checklistVersion}
          </Alert>
        ) : null}
        {assessed ? (
          <Text size="sm" c="dimmed">
            {version === previousVersion ? m.assessment.reassessNote : m.assessment.otherVersionNote(previousVersion)}
          </Text>
        ) : null}
        {!checklist ? (
          versionQuery.isError ? (
            <Alert color="red" role="alert">
              {errorMessage(versionQuery.error, t)}
            </Alert>
          ) : (
            <TableSkeleton rows={4} />
          )
        ) : (
          <>
            <Checkbox.Group
              label={m.assessment.criteriaLegend(checklist.version)}
              description={m.assessment.instructions}
              value={[...met]}
              onChange={(codes) => {
                setMet(new Set(codes));
                setErrors({});
              }}
              error={errors.answers}
            >
              <Stack gap={12} mt={10}>
                {checklist.criteria.map((criterion) => (
                  <Checkbox
                    key={criterion.code}
                    value={criterion.code}
                    label={language === 'en' ? criterion.textEn : criterion.textVi}
                    size="md"
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Alert color={metCount >= checklist.threshold ? 'teal' : 'gray'} role="status" p="sm">
              <Text size="sm">{m.assessment.preview(metCount, checklist.criteria.length, checklist.threshold)}</Text>
              <Text size="sm" fw={600}>
                {metCount >= checklist.threshold ? m.assessment.willPass : m.assessment.willFail}
              </Text>
            </Alert>
          </>
        )}
        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={m.assessment.submit} submitDisabled={!checklist} size="md" />
      </Stack>
    </form>
  );
}
