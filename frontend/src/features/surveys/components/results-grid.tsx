import { Button, Group, Paper, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { Fragment } from 'react';

import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';

import {
  cellKey,
  groupKey,
  lineKey,
  measureColumn,
  parseCount,
  type GroupRow,
  type ResultColumn,
  type SurveyFormErrors,
} from '../api/survey-form-schema';
import { sexes, type Sex, type SurveyMeasure } from '../api/types';
import { formatShare } from '../utils/results';

export interface GroupOption {
  value: string;
  label: string;
}

interface ResultsGridProps {
  measure: SurveyMeasure;
  rows: GroupRow[];
  groupOptions: GroupOption[];
  errors: SurveyFormErrors;
  onGroupChange: (row: string, groupId: string) => void;
  onCellChange: (row: string, sex: Sex, column: ResultColumn, value: string) => void;
  onAdd: () => void;
  onRemove: (row: string) => void;
}

/** The share a line's figures give as they are typed (threshold rounds), or nothing while they are incomplete. */
function liveShare(respondents: string, aware: string): string {
  const r = parseCount(respondents);
  const a = parseCount(aware);
  if (r === null || a === null || r === 0 || a > r) return '';
  return formatShare(a / r);
}

/**
 * Results entered by hand: a row per community group, a line per sex, with respondents and either
 * those reaching the threshold or the mean score, as the round measures. Every cell is named by its
 * group, sex and column, so screen readers and tests find it without the table's layout.
 */
export function ResultsGrid({ measure, rows, groupOptions, errors, onGroupChange, onCellChange, onAdd, onRemove }: ResultsGridProps) {
  const { t } = useI18n();
  const s = useSurveysText();
  const column = measureColumn(measure);
  const columnLabel = measure === 'THRESHOLD' ? s.aware : s.meanScore;
  const labelOf = (row: GroupRow, index: number) =>
    groupOptions.find((option) => option.value === row.groupId)?.label ?? s.groupN(index + 1);

  return (
    <Stack gap="sm" role="group" aria-label={s.resultsGrid}>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {s.noGroups}
        </Text>
      ) : null}
      {rows.map((row, index) => {
        const label = labelOf(row, index);
        // Groups chosen on other rows are offered but cannot be picked twice.
        const taken = new Set(rows.filter((other) => other.key !== row.key).map((other) => other.groupId));
        return (
          <Paper key={row.key} withBorder p="sm" data-testid="group-row">
            <Group gap="xs" align="flex-start" wrap="nowrap">
              <Select
                aria-label={`${s.group} – ${s.groupN(index + 1)}`}
                data={groupOptions.map((option) => ({ ...option, disabled: taken.has(option.value) }))}
                value={row.groupId || null}
                onChange={(value) => onGroupChange(row.key, value ?? '')}
                error={errors[groupKey(row.key)]}
                placeholder={s.group}
                searchable
                style={{ flex: 1 }}
                maw={420}
              />
              <Button variant="subtle" color="red" onClick={() => onRemove(row.key)} aria-label={s.removeGroup(label)}>
                {t.common.delete}
              </Button>
            </Group>
            <Table mt="xs" layout="fixed" verticalSpacing={4} horizontalSpacing={6} aria-label={label}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={64} fz="xs">
                    {s.sex}
                  </Table.Th>
                  <Table.Th fz="xs">{s.respondents}</Table.Th>
                  <Table.Th fz="xs">{columnLabel}</Table.Th>
                  {measure === 'THRESHOLD' ? (
                    <Table.Th w={72} ta="right" fz="xs">
                      {s.share}
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sexes.map((sex) => {
                  const cells = row.cells[sex];
                  const sexLabel = s.sexes[sex];
                  const lineError = errors[lineKey(row.key, sex)];
                  return (
                    <Fragment key={sex}>
                      <Table.Tr style={{ verticalAlign: 'top' }}>
                        <Table.Td pt={10}>
                          <Text size="sm" fw={500}>
                            {sexLabel}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={s.cell(label, sexLabel, s.respondents)}
                            inputMode="numeric"
                            value={cells.respondents}
                            onChange={(event) => onCellChange(row.key, sex, 'respondents', event.currentTarget.value)}
                            error={errors[cellKey(row.key, sex, 'respondents')]}
                          />
                        </Table.Td>
                        <Table.Td>
                          <TextInput
                            aria-label={s.cell(label, sexLabel, columnLabel)}
                            inputMode={measure === 'THRESHOLD' ? 'numeric' : 'decimal'}
                            value={cells[column]}
                            onChange={(event) => onCellChange(row.key, sex, column, event.currentTarget.value)}
                            error={errors[cellKey(row.key, sex, column)]}
                          />
                        </Table.Td>
                        {measure === 'THRESHOLD' ? (
                          <Table.Td pt={10} ta="right" aria-label={s.cell(label, sexLabel, s.share)}>
                            {liveShare(cells.respondents, cells.aware)}
                          </Table.Td>
                        ) : null}
                      </Table.Tr>
                      {lineError ? (
                        // A problem of the line as a whole (the same group and sex twice), not of one cell.
                        <Table.Tr>
                          <Table.Td colSpan={measure === 'THRESHOLD' ? 4 : 3} pt={0}>
                            <Text size="xs" c="red" role="alert">
                              {sexLabel}: {lineError}
                            </Text>
                          </Table.Td>
                        </Table.Tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
      <Group>
        <Button variant="light" size="sm" onClick={onAdd}>
          {s.addGroup}
        </Button>
      </Group>
    </Stack>
  );
}
