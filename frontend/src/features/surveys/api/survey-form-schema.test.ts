import { describe, expect, it } from 'vitest';

import { vi as vietnamese } from '@/lib/i18n/vi';
import { surveysVi } from '@/lib/i18n/surveys';

import {
  cellKey,
  checkSurveyForm,
  emptyGroupRow,
  emptySurveyForm,
  groupKey,
  lineKey,
  parseCount,
  parseScore,
  placeServerErrors,
  toSurveyRoundRequest,
  type SurveyFormValues,
} from './survey-form-schema';

const today = '2026-11-29';

function form(overrides: Partial<SurveyFormValues> = {}): SurveyFormValues {
  return { ...emptySurveyForm('03390', today), name: 'Khảo sát 2026', method: 'Phiếu hỏi', threshold: '7', scaleMax: '10', groups: [], ...overrides };
}

function row(groupId: string, men: [string, string] | null, women: [string, string] | null, column: 'aware' | 'meanScore' = 'aware') {
  const r = emptyGroupRow(groupId);
  if (men) r.cells.M = { ...r.cells.M, respondents: men[0], [column]: men[1] };
  if (women) r.cells.F = { ...r.cells.F, respondents: women[0], [column]: women[1] };
  return r;
}

describe('survey round form rules', () => {
  it('reads scores with a comma or a dot and at most two decimals, counts as whole numbers up to 100 000', () => {
    expect(parseScore('6,5')).toBe(6.5);
    expect(parseScore('6.25')).toBe(6.25);
    expect(parseScore('6,255')).toBeNull();
    expect(parseScore('-1')).toBeNull();
    expect(parseCount('100000')).toBe(100000);
    expect(parseCount('100001')).toBeNull();
    expect(parseCount('3.5')).toBeNull();
  });

  it('sends only the filled lines, in grid order, with the column of the round’s measure', () => {
    const values = form({ groups: [row('21', ['38', '17'], null), row('20', ['0', '0'], ['60', '21'])] });
    const { errors, lines } = checkSurveyForm(values, today, vietnamese, surveysVi);
    expect(errors).toEqual({});
    expect(toSurveyRoundRequest(values, lines, 4)).toMatchObject({
      threshold: 7,
      scaleMax: 10,
      version: 4,
      results: [
        { groupId: 21, sex: 'M', respondents: 38, aware: 17, meanScore: null },
        { groupId: 20, sex: 'M', respondents: 0, aware: 0, meanScore: null },
        { groupId: 20, sex: 'F', respondents: 60, aware: 21, meanScore: null },
      ],
    });
  });

  it('refuses a threshold above the scale, a future date and a group chosen twice', () => {
    const first = row('21', ['10', '5'], null);
    const second = row('21', null, ['10', '5']);
    const { errors } = checkSurveyForm(form({ threshold: '12', conductedOn: '2026-11-30', groups: [first, second] }), today, vietnamese, surveysVi);
    expect(errors.threshold).toBe('Ngưỡng không được lớn hơn điểm tối đa của thang (10)');
    expect(errors.conductedOn).toBe('Ngày khảo sát không được sau hôm nay');
    expect(errors[groupKey(second.key)]).toBe('Nhóm này đã có ở một dòng khác');
    expect(errors[groupKey(first.key)]).toBeUndefined();
  });

  it('asks a mean-score round for its scale and a mean wherever someone answered', () => {
    const r = row('20', ['30', ''], ['0', ''], 'meanScore');
    const { errors } = checkSurveyForm(form({ measure: 'MEAN_SCORE', threshold: '', scaleMax: '', groups: [r] }), today, vietnamese, surveysVi);
    expect(errors.scaleMax).toBe('Bắt buộc nhập');
    expect(errors.threshold).toBeUndefined();
    expect(errors[cellKey(r.key, 'M', 'meanScore')]).toBe('Bắt buộc nhập');
    expect(errors[cellKey(r.key, 'F', 'meanScore')]).toBeUndefined();
  });

  it('places results[i] errors on the i-th line sent, whatever lines were left out before it', () => {
    const lines = [
      { row: 'a', sex: 'M' as const },
      { row: 'b', sex: 'F' as const },
    ];
    const { placed, other } = placeServerErrors(
      [
        { field: 'results[1].respondents', message: 'quá lớn' },
        { field: 'results[1]', message: 'trùng' },
        { field: 'results[0].groupId', message: 'không phải nhóm' },
        { field: 'results[7].aware', message: 'lạc' },
        { field: 'name', message: 'trống' },
        { field: 'version', message: 'thiếu' },
      ],
      lines,
    );
    expect(placed).toEqual({
      [cellKey('b', 'F', 'respondents')]: 'quá lớn',
      [lineKey('b', 'F')]: 'trùng',
      [groupKey('a')]: 'không phải nhóm',
      name: 'trống',
    });
    expect(other).toEqual(['lạc', 'thiếu']);
  });
});
