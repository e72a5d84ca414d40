import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';

import { TableSkeleton } from '@/components/ui/table-skeleton';
import { DetailsTable } from '@/components/ui/details-table';
import { useI18n } from '@/lib/i18n';
import { useMediaText } from '@/lib/i18n/media';
import { formatDateTime } from '@/utils/dates';

import type { MediaChecklist, MediaProduct } from '../api/types';

import { AssessmentBadge } from './assessment-badge';

/**
 * The product's assessment as recorded: which version of the checklist it was assessed with, the
 * criteria met against that version's threshold, passed or not, and the answer to each criterion.
 */
export function AssessmentResult({
  product,
  checklist,
  checklistPending,
  checklistFailed,
  current,
}: {
  product: MediaProduct;
  /** The version the product was assessed with, once read. */
  checklist: MediaChecklist | undefined;
  checklistPending: boolean;
  checklistFailed: boolean;
  current: MediaChecklist | null | undefined;
}) {
  const { t, language } = useI18n();
  const m = useMediaText();
  const a = m.assessment;
  if (product.checklistVersion === null || product.criteriaMet === null) {
    return <Text size="sm">{a.notAssessedText}</Text>;
  }
  const answers = product.answers ?? {};
  const total = checklist?.criteria.length ?? Object.keys(answers).length;
  const rows: [string, ReactNode][] = [
    [a.conclusion, <AssessmentBadge key="passed" passed={product.passed} />],
    [a.checklist, checklist ? `${m.result.version(checklist.version)} — ${checklist.title}` : m.result.version(product.checklistVersion)],
    [a.score, `${product.criteriaMet}/${total}`],
    [a.threshold, checklist ? a.thresholdOf(checklist.threshold, checklist.criteria.length) : t.common.none],
    [a.assessedBy, product.assessedBy ? a.byAt(product.assessedBy, formatDateTime(product.assessedAt)) : t.common.none],
  ];
  // Each criterion in the version's order and wording; the bare codes if the version could not be read.
  const criteria = checklist
    ? checklist.criteria.map((c) => ({ code: c.code, text: language === 'en' ? c.textEn : c.textVi }))
    : Object.keys(answers).map((code) => ({ code, text: code }));

  return (
    <Stack gap="md">
      {current && current.version !== product.checklistVersion ? (
        <Alert color="blue" role="note">
          {a.olderVersion(product.checklistVersion, current.version)}
        </Alert>
      ) : null}
      {checklistFailed ? (
        <Alert color="yellow" role="alert">
          {a.checklistMissing}
        </Alert>
      ) : null}
      <DetailsTable rows={rows} maw={760} />
      {checklistPending ? (
        <TableSkeleton rows={5} />
      ) : (
        <Table.ScrollContainer minWidth={360} maw={760}>
          <Table withTableBorder verticalSpacing="xs" aria-label={a.criteriaTable}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{a.criterion}</Table.Th>
                <Table.Th w={120}>{m.products.result}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((criterion) => {
                const isMet = answers[criterion.code] === true;
                return (
                  <Table.Tr key={criterion.code}>
                    <Table.Td>{criterion.text}</Table.Td>
                    <Table.Td>
                      <Badge color={isMet ? 'teal' : 'red'} variant="light" tt="none">
                        {isMet ? a.met : a.notMet}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
