import { Alert, Box, Card, FileInput, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';

import { errorMessage } from '@/components/errors/error-alert';
import { FormActions } from '@/components/form';
import { ApiError } from '@/lib/api';
import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { referenceLabel, useReferenceItems } from '@/lib/reference-data';
import { formatNumber } from '@/utils/numbers';

import { checkResponseFile, useImportSurveyResponses } from '../api/import-survey-responses';
import type { SurveyImport, SurveyRound } from '../api/types';
import { formatScore } from '../utils/results';

/** What the server says about a file it refused: its reasons (each row's, when none could be read). */
function refusal(error: unknown, fallback: string): string[] {
  if (!(error instanceof ApiError) || error.errors.length === 0) return [fallback];
  const reasons = error.errors.map((item) => item.message);
  // Several reasons come with a summary worth reading ("none of the 12 rows could be read; the results are kept").
  return reasons.length > 1 && error.detail ? [error.detail, ...reasons] : reasons;
}

/** The columns the backend's parser reads (SurveyResponseFile), explained before a file is chosen. */
function ExpectedColumns({ round }: { round: SurveyRound }) {
  const { language } = useI18n();
  const s = useSurveysText();
  const groups = useReferenceItems('AUDIENCE_GROUP');
  const active = (groups.data ?? []).filter((item) => item.active);
  const threshold = round.threshold === null ? null : formatScore(round.threshold);
  const scale = round.scaleMax === null ? null : formatScore(round.scaleMax);
  const first = active[0];
  const second = active[1] ?? first;
  const example = [
    'group,sex,q1,q2,q3',
    `${first?.code ?? 'YOUTH'},Nam,1,0,1`,
    `${second ? referenceLabel(second, 'vi') : 'Thanh niên'},Nữ,1,1,1`,
  ].join('\n');

  return (
    <Stack gap="xs">
      <Text size="sm">{s.importIntro}</Text>
      <Text size="sm" fw={600}>
        {s.fileNeeds}
      </Text>
      <List size="sm" spacing={4}>
        <List.Item>{s.fileFormat}</List.Item>
        <List.Item>{s.groupColumn}</List.Item>
        <List.Item>{s.sexColumn}</List.Item>
        <List.Item>{s.scoreColumn}</List.Item>
        <List.Item>{s.columnNames}</List.Item>
        <List.Item>
          {round.measure === 'THRESHOLD' && threshold !== null ? s.thresholdRule(threshold, scale) : s.meanRule(scale)}
        </List.Item>
        <List.Item>{s.rowsLeftOut}</List.Item>
      </List>
      {active.length > 0 ? (
        <Text size="sm">
          <Text span fw={600} size="sm">
            {s.knownGroups}:
          </Text>{' '}
          {active.map((item) => `${item.code} — ${referenceLabel(item, language)}`).join('; ')}
        </Text>
      ) : null}
      <Text size="sm" fw={600}>
        {s.example}
      </Text>
      <Box
        component="pre"
        m={0}
        p="xs"
        fz="sm"
        style={{ background: 'var(--mantine-color-gray-0)', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 4, overflowX: 'auto' }}
      >
        {example}
      </Box>
    </Stack>
  );
}

function ImportOutcome({ fileName, outcome }: { fileName: string; outcome: SurveyImport }) {
  const s = useSurveysText();
  const rejected = outcome.rowsRejected.length;
  return (
    <Stack gap="xs">
      <Alert color={rejected > 0 ? 'yellow' : 'teal'} title={s.importDone(fileName)} role="status">
        {s.importCounts(formatNumber(outcome.rowsRead), formatNumber(outcome.rowsRead - rejected), formatNumber(rejected))}
      </Alert>
      {rejected > 0 ? (
        <>
          <Title order={4} fz="sm" id="rejected-rows-title">
            {s.rejectedTitle}
          </Title>
          <ScrollArea.Autosize mah={320} type="auto">
            <Table striped verticalSpacing={4} fz="sm" aria-labelledby="rejected-rows-title">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={80} ta="right">
                    {s.rejectedRow}
                  </Table.Th>
                  <Table.Th>{s.rejectedReason}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {outcome.rowsRejected.map((row) => (
                  <Table.Tr key={row.row}>
                    <Table.Td ta="right">{row.row}</Table.Td>
                    <Table.Td>{row.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          <Text size="xs" c="dimmed">
            {s.rejectedNote}
          </Text>
        </>
      ) : null}
    </Stack>
  );
}

/**
 * The round's anonymous response file (Kobo/ODK CSV), sent as it is to the import endpoint; the
 * server aggregates it, replaces the results and lists the rows it left out, which are shown here.
 */
export function SurveyImportPanel({ round }: { round: SurveyRound }) {
  const { t } = useI18n();
  const s = useSurveysText();
  const importer = useImportSurveyResponses();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [done, setDone] = useState<{ fileName: string; outcome: SurveyImport } | null>(null);

  const problemText = { type: s.fileType, size: s.fileTooLarge, empty: s.fileEmpty } as const;

  const choose = (next: File | null) => {
    setFile(next);
    importer.reset();
    setDone(null);
    const problem = next ? checkResponseFile(next) : null;
    setFileError(problem ? problemText[problem] : null);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) {
      setFileError(t.validation.required);
      return;
    }
    const problem = checkResponseFile(file);
    if (problem) {
      setFileError(problemText[problem]);
      return;
    }
    const fileName = file.name;
    importer.mutate(
      { roundId: round.id, file },
      {
        onSuccess: (outcome) => {
          setDone({ fileName, outcome });
          setFile(null);
        },
      },
    );
  };

  return (
    <Card withBorder component="section" aria-labelledby="survey-import-title" padding="md">
      <Stack gap="sm">
        <Title order={3} fz="lg" id="survey-import-title">
          {s.importTitle}
        </Title>
        <ExpectedColumns round={round} />
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <FileInput
              label={s.fileField}
              placeholder={s.filePlaceholder}
              accept=".csv,text/csv"
              value={file}
              onChange={choose}
              error={fileError}
              clearable
              maw={480}
            />
            {round.results.length > 0 ? (
              <Text size="sm" c="orange.8">
                {s.replaceWarning}
              </Text>
            ) : null}
            <FormActions
              submitting={importer.isPending}
              submitLabel={s.importButton}
              submitDisabled={!file || Boolean(fileError)}
              gap="md"
            />
          </Stack>
        </form>
        {importer.isError ? (
          <Alert color="red" title={s.importFailed} role="alert">
            {refusal(importer.error, errorMessage(importer.error, t)).map((line) => (
              <div key={line}>{line}</div>
            ))}
          </Alert>
        ) : null}
        {done ? <ImportOutcome fileName={done.fileName} outcome={done.outcome} /> : null}
      </Stack>
    </Card>
  );
}
