import type { SurveysDictionary } from '@/lib/i18n/surveys';
import { numberFormat } from '@/utils/numbers';

import type { Sex, SurveyMeasure, SurveyResult, SurveyRound } from '../api/types';

// The figures a round's results give once added up: the share aware (threshold) or the mean score
// weighted by respondents (mean score), per cell, per group, per sex and in total.

export interface Tally {
  respondents: number;
  /** Null when no cell counted those aware (a mean-score round). */
  aware: number | null;
  /** Null when no cell with respondents carried a mean. */
  meanScore: number | null;
}

type Cell = Pick<SurveyResult, 'respondents' | 'aware' | 'meanScore'>;

/** Adds cells up: respondents and those aware are summed; means are weighted by respondents. */
export function combine(cells: readonly Cell[]): Tally {
  let respondents = 0;
  let aware: number | null = null;
  let weighted = 0;
  let weight = 0;
  for (const cell of cells) {
    respondents += cell.respondents;
    if (cell.aware !== null) aware = (aware ?? 0) + cell.aware;
    if (cell.meanScore !== null && cell.respondents > 0) {
      weighted += cell.meanScore * cell.respondents;
      weight += cell.respondents;
    }
  }
  return { respondents, aware, meanScore: weight > 0 ? weighted / weight : null };
}

/** Aware / respondents, or null when there is nothing to divide. */
export function shareAware(tally: Pick<Tally, 'respondents' | 'aware'>): number | null {
  if (tally.aware === null || tally.respondents <= 0) return null;
  return tally.aware / tally.respondents;
}

export interface GroupResults {
  groupId: number;
  groupCode: string;
  groupLabelVi: string;
  groupLabelEn: string;
  bySex: Partial<Record<Sex, SurveyResult>>;
  total: Tally;
}

/** One entry per community group, in the server's order (the list's order, then code), each with its cells by sex. */
export function groupResults(results: readonly SurveyResult[]): GroupResults[] {
  const groups = new Map<number, GroupResults>();
  for (const result of results) {
    let group = groups.get(result.groupId);
    if (!group) {
      group = {
        groupId: result.groupId,
        groupCode: result.groupCode,
        groupLabelVi: result.groupLabelVi,
        groupLabelEn: result.groupLabelEn,
        bySex: {},
        total: { respondents: 0, aware: null, meanScore: null },
      };
      groups.set(result.groupId, group);
    }
    group.bySex[result.sex] = result;
  }
  for (const group of groups.values()) group.total = combine(Object.values(group.bySex));
  return [...groups.values()];
}

/** The round's totals: by sex and overall. */
export function roundTotals(results: readonly SurveyResult[]): Record<Sex | 'all', Tally> {
  return {
    M: combine(results.filter((r) => r.sex === 'M')),
    F: combine(results.filter((r) => r.sex === 'F')),
    all: combine(results),
  };
}

/** The one figure that sums a tally up under the round's measure: the share aware or the mean. */
export function headline(tally: Tally, measure: SurveyMeasure): number | null {
  return measure === 'THRESHOLD' ? shareAware(tally) : tally.meanScore;
}

const percentFormat = { format: (value: number) => numberFormat({ minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value) };
const scoreFormat = { format: (value: number) => numberFormat({ maximumFractionDigits: 2 }).format(value) };

/** 0.5823 → "58,2%"; null → "". */
export function formatShare(share: number | null): string {
  return share === null ? '' : `${percentFormat.format(share * 100)}%`;
}

/** 6.4 → "6,4"; 6.456 → "6,46"; null → "". */
export function formatScore(score: number | null): string {
  return score === null ? '' : scoreFormat.format(score);
}

/** "Đạt khi điểm từ 7 trở lên (thang 0–10)" or "Điểm trung bình trên thang 0–5". */
export function measureSummary(round: Pick<SurveyRound, 'measure' | 'threshold' | 'scaleMax'>, s: SurveysDictionary): string {
  const scale = round.scaleMax === null ? null : formatScore(round.scaleMax);
  if (round.measure === 'THRESHOLD') {
    return round.threshold === null ? s.measures.THRESHOLD : s.thresholdSummary(formatScore(round.threshold), scale);
  }
  return s.meanSummary(scale);
}
