import type { Schemas } from '@/lib/api';

import { referenceItems } from './data';

type SurveyRound = Schemas['SurveyRoundView'];
type SurveyResult = Schemas['SurveyResultView'];

// Bình Lư's awareness surveys (target 3), over the demo audience groups of src/testing/data.ts:
// 20 Đồng bào dân tộc thiểu số (ETHNIC), 21 Thanh niên (YOUTH).
const [ethnic, youth] = referenceItems.AUDIENCE_GROUP as [Schemas['ReferenceItemView'], Schemas['ReferenceItemView']];

export function surveyResult(
  group: 'ETHNIC' | 'YOUTH',
  sex: 'M' | 'F',
  respondents: number,
  aware: number | null,
  meanScore: number | null = null,
): SurveyResult {
  const item = group === 'ETHNIC' ? ethnic : youth;
  return { groupId: item.id, groupCode: item.code, groupLabelVi: item.labelVi, groupLabelEn: item.labelEn, sex, respondents, aware, meanScore };
}

export function surveyRound(overrides: Partial<SurveyRound> & Pick<SurveyRound, 'id'>): SurveyRound {
  return {
    communeCode: '03390',
    name: 'Khảo sát nhận thức về bình đẳng giới năm 2026',
    conductedOn: '2026-10-20',
    year: 2026,
    method: 'Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp bằng KoboToolbox',
    baseline: false,
    measure: 'THRESHOLD',
    threshold: 7,
    scaleMax: 10,
    results: [],
    version: 0,
    ...overrides,
  };
}

/** The 2025 baseline: the server sorts results by group (list order), then sex. */
export const baselineRound = surveyRound({
  id: 1,
  name: 'Khảo sát nền năm 2025',
  conductedOn: '2025-10-15',
  year: 2025,
  baseline: true,
  results: [
    surveyResult('ETHNIC', 'M', 50, 20),
    surveyResult('ETHNIC', 'F', 60, 21),
    surveyResult('YOUTH', 'M', 38, 17),
    surveyResult('YOUTH', 'F', 40, 22),
  ],
});

export const round2026 = surveyRound({
  id: 3,
  results: [surveyResult('YOUTH', 'M', 38, 19), surveyResult('YOUTH', 'F', 40, 30)],
  version: 2,
});

export const meanScoreRound = surveyRound({
  id: 5,
  name: 'Khảo sát giữa kỳ 2026',
  conductedOn: '2026-06-10',
  measure: 'MEAN_SCORE',
  threshold: null,
  scaleMax: 5,
  results: [surveyResult('ETHNIC', 'M', 30, null, 3.2), surveyResult('ETHNIC', 'F', 10, null, 4)],
});
