import { Alert, Anchor, Checkbox, SimpleGrid, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';

import { errorMessage } from '@/components/errors/error-alert';
import { DateField, FormActions, FormMessages } from '@/components/form';
import { TableSkeleton } from '@/components/ui/table-skeleton';
import { paths } from '@/config/paths';
import { ApiError } from '@/lib/api';
import { useFormState, useProblemSubmit } from '@/lib/form';
import { useI18n } from '@/lib/i18n';
import { useCommunes, useProgrammePeriod } from '@/lib/reference-data';
import { newUuid } from '@/utils/ids';
import { todayIso } from '@/utils/dates';

import { useCreatePlan } from '../api/create-plan';
import { useEnabledCommunes } from '../api/get-enabled-communes';
import {
  adjustableTargets,
  cellOfServerField,
  emptyPlanCreateForm,
  MAX_LENGTHS,
  planCreateFields,
  targetCell,
  toPlanCreateRequest,
  validatePlanCreateForm,
  type PlanCreateField,
} from '../api/plan-create-schema';
import type { Commune, Plan } from '../api/types';
import { useAdminText } from '@/lib/i18n/admin';

interface EnableCommuneFormProps {
  communeCode: string;
  onEnabled: (plan: Plan, commune: Commune) => void;
  onCancel: () => void;
}

/** "Bật chương trình cho xã": the commune's plan from the programme template (POST /api/v1/plans). */
export function EnableCommuneForm({ communeCode, onEnabled, onCancel }: EnableCommuneFormProps) {
  const a = useAdminText();
  const w = a.programmeCommunes;
  const communes = useCommunes();
  const enabled = useEnabledCommunes();

  if (communes.isPending || enabled.isPending) return <TableSkeleton />;
  const commune = communes.data?.find((c) => c.code === communeCode);
  if (!commune) return <Alert color="yellow">{w.notFound}</Alert>;
  if (enabled.data?.has(commune.code)) {
    return (
      <Alert color="teal" role="status">
        <Stack gap="xs">
          <Text size="sm">{w.alreadyEnabled(commune.name)}</Text>
          <Anchor component={Link} to={paths.personInvite({ role: 'commune-admin', communeCode: commune.code })} size="sm">
            {w.inviteAdmin}
          </Anchor>
        </Stack>
      </Alert>
    );
  }
  if (commune.validTo) return <Alert color="yellow">{w.closedCommune(commune.name)}</Alert>;
  return <PlanForm commune={commune} onEnabled={onEnabled} onCancel={onCancel} />;
}

type CellErrors = Record<string, string>;

function PlanForm({ commune, onEnabled, onCancel }: { commune: Commune } & Omit<EnableCommuneFormProps, 'communeCode'>) {
  const { t } = useI18n();
  const a = useAdminText();
  const w = a.programmeCommunes;
  // The template's period is the province's plans' (the same template); with no plan yet, the template's values are kept.
  const period = useProgrammePeriod();
  const years = period?.fromPlan ? period.years : [];
  const createPlan = useCreatePlan();
  // One key for this form: every retry of its POST carries it.
  const [idempotencyKey] = useState(newUuid);
  const { values, setField, errors, setErrors } = useFormState(emptyPlanCreateForm());
  const [cellErrors, setCellErrors] = useState<CellErrors>({});
  const cellFields = adjustableTargets.flatMap((target) => years.map((year) => targetCell(target, year)));
  const { submit, messages, submitting } = useProblemSubmit<PlanCreateField | string>({
    fields: [...planCreateFields, ...cellFields],
    setErrors: (all) => {
      const fieldErrors: Partial<Record<PlanCreateField, string>> = {};
      const cells: CellErrors = {};
      for (const [field, message] of Object.entries(all)) {
        if (!message) continue;
        if ((planCreateFields as readonly string[]).includes(field)) fieldErrors[field as PlanCreateField] = message;
        else cells[field] = message;
      }
      setErrors(fieldErrors);
      setCellErrors(cells);
    },
    fixErrors: t.validation.fixErrors,
    describe: (error) => errorMessage(error, t),
  });

  function setCell(cell: string, text: string) {
    setField('targetValues', { ...values.targetValues, [cell]: text });
    if (cellErrors[cell]) {
      const next = { ...cellErrors };
      delete next[cell];
      setCellErrors(next);
    }
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = validatePlanCreateForm(values, todayIso(), { ...t, ...a });
    void submit({ ...checked.fields, ...checked.cells }, async () => {
      const { request, sent: cells } = toPlanCreateRequest(commune.code, values, years);
      try {
        onEnabled(await createPlan.mutateAsync({ request, idempotencyKey }), commune);
      } catch (error) {
        // The server names a yearly value by its place in the request: bring it back to its box.
        if (error instanceof ApiError && error.errors.length > 0) {
          throw new ApiError({
            status: error.status,
            type: error.type,
            title: error.title,
            detail: error.detail,
            errors: error.errors.map((e) => ({ field: cellOfServerField(e.field, cells) ?? e.field, message: e.message })),
          });
        }
        throw error;
      }
    });
  }

  const text = (field: Exclude<PlanCreateField, 'issuedOn'>, label: string, hint?: string) => (
    <TextInput
      label={label}
      placeholder={hint}
      value={values[field]}
      onChange={(event) => setField(field, event.currentTarget.value)}
      error={errors[field]}
      withAsterisk
      maxLength={MAX_LENGTHS[field]}
    />
  );

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={w.formTitle}>
      <Stack gap="md" maw={760}>
        <Text size="sm">{w.formIntro}</Text>
        <TextInput label={w.commune} value={`${commune.name} (${commune.code})`} readOnly disabled />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {text('documentNumber', w.documentNumber, w.documentNumberHint)}
          <DateField
            label={w.issuedOn}
            value={values.issuedOn}
            max={todayIso()}
            onChange={(iso) => setField('issuedOn', iso)}
            error={errors.issuedOn}
            withAsterisk
          />
          {text('signerName', w.signerName)}
          {text('signerTitle', w.signerTitle, w.signerTitleHint)}
        </SimpleGrid>
        <Textarea
          label={w.implementsPlan}
          placeholder={w.implementsPlanHint}
          value={values.implementsPlan}
          onChange={(event) => setField('implementsPlan', event.currentTarget.value)}
          error={errors.implementsPlan}
          withAsterisk
          autosize
          minRows={2}
          maxLength={MAX_LENGTHS.implementsPlan}
        />

        {years.length > 0 ? (
          <Stack gap="xs">
            <Checkbox
              label={w.adjustTargets}
              description={w.adjustTargetsHint}
              checked={values.adjustTargets}
              onChange={(event) => setField('adjustTargets', event.currentTarget.checked)}
            />
            {values.adjustTargets ? (
              <Table.ScrollContainer minWidth={360}>
                <Table verticalSpacing={4} aria-label={w.targetsLegend}>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{w.targetsLegend}</Table.Th>
                      {years.map((year) => (
                        <Table.Th key={year}>{year}</Table.Th>
                      ))}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {adjustableTargets.map((target) => (
                      <Table.Tr key={target}>
                        <Table.Th scope="row" fw={500}>
                          {t.targetNumber(target)}
                        </Table.Th>
                        {years.map((year) => {
                          const cell = targetCell(target, year);
                          return (
                            <Table.Td key={year} miw={72}>
                              <TextInput
                                aria-label={w.yearValue(target, year)}
                                placeholder={w.templateValue}
                                inputMode="decimal"
                                size="xs"
                                value={values.targetValues[cell] ?? ''}
                                onChange={(event) => setCell(cell, event.currentTarget.value)}
                                error={cellErrors[cell]}
                              />
                            </Table.Td>
                          );
                        })}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            ) : null}
          </Stack>
        ) : null}

        <FormMessages messages={messages} />
        <FormActions submitting={submitting} submitLabel={w.submit} onCancel={onCancel} />
      </Stack>
    </form>
  );
}
