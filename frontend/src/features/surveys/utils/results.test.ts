import { describe, expect, it } from 'vitest';

import type { SurveyResult } from '../api/types';

import { combine, formatScore, formatShare, groupResults, roundTotals, shareAware } from './results';

function result(groupId: number, sex: 'M' | 'F', respondents: number, aware: number | null, meanScore: number | null = null): SurveyResult {
  return { groupId, groupCode: `G${groupId}`, groupLabelVi: `Nhóm ${groupId}`, groupLabelEn: `Group ${groupId}`, sex, respondents, aware, meanScore };
}

describe('survey results arithmetic', () => {
  it('adds people up before dividing, so a small cell does not weigh as much as a large one', () => {
    const total = combine([result(1, 'M', 10, 9), result(1, 'F', 90, 45)]);
    expect(total).toEqual({ respondents: 100, aware: 54, meanScore: null });
    expect(shareAware(total)).toBe(0.54);
  });

  it('weights means by respondents and ignores cells without respondents', () => {
    const total = combine([result(1, 'M', 30, null, 4), result(1, 'F', 10, null, 8), result(2, 'M', 0, null, null)]);
    expect(total.respondents).toBe(40);
    expect(total.aware).toBeNull();
    expect(total.meanScore).toBe(5);
  });

  it('has no share when nobody answered', () => {
    expect(shareAware({ respondents: 0, aware: 0 })).toBeNull();
    expect(formatShare(null)).toBe('');
  });

  it('groups cells by community group in the order the server sent them, with totals by sex', () => {
    const results = [result(21, 'M', 38, 17), result(21, 'F', 40, 22), result(5, 'M', 50, 20)];
    const groups = groupResults(results);
    expect(groups.map((g) => g.groupId)).toEqual([21, 5]);
    expect(groups[0]!.bySex.F?.aware).toBe(22);
    expect(groups[0]!.total).toEqual({ respondents: 78, aware: 39, meanScore: null });
    expect(groups[1]!.bySex.F).toBeUndefined();
    const totals = roundTotals(results);
    expect(totals.M.respondents).toBe(88);
    expect(totals.F.aware).toBe(22);
    expect(totals.all.aware).toBe(59);
  });

  it('writes shares and scores as Vietnamese readers do', () => {
    expect(formatShare(0.5823)).toBe('58,2%');
    expect(formatShare(1)).toBe('100,0%');
    expect(formatScore(6.456)).toBe('6,46');
    expect(formatScore(7)).toBe('7');
  });
});
