import { Alert, Card, Group, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions, StaleAlert } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { formatNumber } from '@/utils/numbers';

import type { Plan, PlanTarget } from '../api/types';
import { useUpdatePlanTarget } from '../api/update-plan-target';

/** "12,5" or "12.5" → 12.5; anything else → null. */
function parseValue(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return null;
  return Number(normalised);
}

/** One target's yearly values, edited within the plan's bounds (the server checks them and says why not). */
export function TargetValuesForm({ plan, target, years, onDone }: { plan: Plan; target: PlanTarget; years: number[]; onDone: (saved: boolean) => void }) {
  const { t } = useI18n();
  const update = useUpdatePlanTarget();
  const initial = Object.fromEntries(
    years.map((year) => {
      const value = target.yearlyTargets.find((y) => y.year === year)?.value;
      return [year, value === undefined ? '' : formatNumber(value)];
    }),
  ) as Record<number, string>;
  const [values, setValues] = useState(initial);
  // Only target 3 (the rise in awareness) has a way of counting its change.
  const [changeMode, setChangeMode] = useState(target.changeMode);
  const [changeModeError, setChangeModeError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<number, string>>({});
  const [otherErrors, setOtherErrors] = useState<string[]>([]);
  const stale = update.error instanceof ApiError && update.error.is('stale-version');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const local: Record<number, string> = {};
    const yearlyTargets = years.flatMap((year) => {
      const text = values[year] ?? '';
      if (text.trim() === '') return [];
      const value = parseValue(text);
      if (value === null) {
        local[year] = t.plan.valueInvalid;
        return [];
      }
      return [{ year, value }];
    });
    setErrors(local);
    setOtherErrors([]);
    setChangeModeError(null);
    if (Object.keys(local).length > 0) return;
    try {
      const request = { yearlyTargets, version: plan.version, ...(target.number === 3 ? { changeMode } : {}) };
      await update.mutateAsync({ planId: plan.id, number: target.number, request });
      onDone(true);
    } catch (error) {
      if (!(error instanceof ApiError)) return;
      const byYear: Record<number, string> = {};
      const other: string[] = [];
      for (const item of error.errors) {
        if (item.field === 'changeMode') {
          setChangeModeError(item.message);
          continue;
        }
        const index = /^yearlyTargets\[(\d+)\]/.exec(item.field)?.[1];
        const year = index === undefined ? undefined : yearlyTargets[Number(index)]?.year;
        if (year === undefined) other.push(item.message);
        else byYear[year] = byYear[year] ? `${byYear[year]}; ${item.message}` : item.message;
      }
      setErrors(byYear);
      setOtherErrors(other);
    }
  };

  const unsent = update.isError && !stale && Object.keys(errors).length === 0 && otherErrors.length === 0 && !changeModeError;
  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} noValidate aria-labelledby="target-values-title">
      <Stack gap="sm">
        <Title order={4} fz="md" id="target-values-title">
          {t.plan.editTargetTitle(t.targetNumber(target.number))}
        </Title>
        <Text size="sm" c="dimmed">
          {target.wording} ({target.unitOfMeasure})
        </Text>
        {stale ? (
          <StaleAlert title={t.plan.staleTitle}>{t.plan.staleText}</StaleAlert>
        ) : null}
        {otherErrors.length > 0 || unsent ? (
          <Alert color="red" role="alert" title={t.common.errorTitle}>
            {unsent ? errorMessage(update.error, t) : otherErrors.join(' ')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 2, sm: 3, md: years.length }} spacing="sm">
          {years.map((year) => (
            <TextInput
              key={year}
              label={t.plan.valueFor(year)}
              inputMode="decimal"
              value={values[year] ?? ''}
              error={errors[year]}
              onChange={(event) => {
                const text = event.currentTarget.value;
                setValues((current) => ({ ...current, [year]: text }));
                setErrors((current) => {
                  const next = { ...current };
                  delete next[year];
                  return next;
                });
              }}
            />
          ))}
        </SimpleGrid>
        {target.number === 3 ? (
          <Radio.Group
            label={t.plan.changeMode}
            description={t.plan.changeModeHint(plan.periodStart - 1)}
            value={changeMode}
            onChange={(value) => {
              setChangeMode(value);
              setChangeModeError(null);
            }}
            error={changeModeError}
          >
            <Group gap="lg" mt={6}>
              {(['POINTS', 'RELATIVE'] as const).map((mode) => (
                <Radio key={mode} value={mode} label={t.plan.changeModes[mode]} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <FormActions submitting={update.isPending} onCancel={() => onDone(false)} gap="xs" />
      </Stack>
    </Card>
  );
}
