import { Table, Text } from '@mantine/core';
import { Fragment } from 'react';

import { useI18n } from '@/lib/i18n';
import { useSurveysText } from '@/lib/i18n/surveys';
import { referenceLabel } from '@/lib/reference-data';
import { formatNumber } from '@/utils/numbers';

import { sexes, type SurveyRound } from '../api/types';
import { formatScore, formatShare, groupResults, roundTotals, shareAware, type Tally } from '../utils/results';

/**
 * A round's results as a cross-table: a row per community group (and a total), for men, women and
 * both, the respondents and either those aware with their share, or the mean score.
 */
export function SurveyResultsTable({ round }: { round: SurveyRound }) {
  const { t, language } = useI18n();
  const s = useSurveysText();
  const threshold = round.measure === 'THRESHOLD';
  const groups = groupResults(round.results);
  const totals = roundTotals(round.results);
  const columns = [...sexes, 'all'] as const;
  const columnTitle = (column: (typeof columns)[number]) => (column === 'all' ? s.bothSexes : s.sexes[column]);
  const perColumn = threshold ? 3 : 2;

  const cells = (tally: Tally | undefined, strong = false) => {
    if (!tally) {
      return Array.from({ length: perColumn }, (_, i) => (
        <Table.Td key={i} ta="right" c="dimmed">
          {t.common.none}
        </Table.Td>
      ));
    }
    const weight = strong ? 700 : undefined;
    return threshold
      ? [
          <Table.Td key="r" ta="right" fw={weight}>
            {formatNumber(tally.respondents)}
          </Table.Td>,
          <Table.Td key="a" ta="right" fw={weight}>
            {formatNumber(tally.aware)}
          </Table.Td>,
          <Table.Td key="p" ta="right" fw={700}>
            {formatShare(shareAware(tally)) || t.common.none}
          </Table.Td>,
        ]
      : [
          <Table.Td key="r" ta="right" fw={weight}>
            {formatNumber(tally.respondents)}
          </Table.Td>,
          <Table.Td key="m" ta="right" fw={700}>
            {formatScore(tally.meanScore) || t.common.none}
          </Table.Td>,
        ];
  };

  return (
    <>
      <Table.ScrollContainer minWidth={threshold ? 860 : 640}>
        <Table withTableBorder withColumnBorders striped verticalSpacing="xs" aria-label={s.resultsTableLabel}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th rowSpan={2} style={{ verticalAlign: 'bottom' }}>
                {s.group}
              </Table.Th>
              {columns.map((column) => (
                <Table.Th key={column} colSpan={perColumn} ta="center">
                  {columnTitle(column)}
                </Table.Th>
              ))}
            </Table.Tr>
            <Table.Tr>
              {columns.flatMap((column) =>
                threshold
                  ? [
                      <Table.Th key={`${column}-r`} ta="right">
                        {s.respondents}
                      </Table.Th>,
                      <Table.Th key={`${column}-a`} ta="right">
                        {s.aware}
                      </Table.Th>,
                      <Table.Th key={`${column}-p`} ta="right">
                        {s.share}
                      </Table.Th>,
                    ]
                  : [
                      <Table.Th key={`${column}-r`} ta="right">
                        {s.respondents}
                      </Table.Th>,
                      <Table.Th key={`${column}-m`} ta="right">
                        {s.meanScore}
                      </Table.Th>,
                    ],
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((group) => (
              <Table.Tr key={group.groupId}>
                <Table.Th scope="row" fw={500}>
                  {referenceLabel({ labelVi: group.groupLabelVi, labelEn: group.groupLabelEn }, language)}
                </Table.Th>
                {cells(group.bySex.M)}
                {cells(group.bySex.F)}
                {cells(group.total)}
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{s.total}</Table.Th>
              {sexes.map((sex) => (
                <Fragment key={sex}>{cells(round.results.some((r) => r.sex === sex) ? totals[sex] : undefined, true)}</Fragment>
              ))}
              {cells(totals.all, true)}
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <Text size="sm" c="dimmed">
        {threshold ? s.formulaThreshold : s.formulaMean}
      </Text>
    </>
  );
}
