import type { FieldError } from '@/lib/api';
import type { Dictionary, Language } from '@/lib/i18n';
import type { SurveysDictionary } from '@/lib/i18n/surveys';
import { isIsoDate } from '@/utils/dates';

import { sexes, type Sex, type SurveyMeasure, type SurveyResultRequest, type SurveyRound, type SurveyRoundRequest } from './types';

// The survey round form's values and rules (mirroring SurveyRoundRequest and the server's checks),
// shared by the form and the create/update mutations. Results are entered as a grid: one row per
// community group, each with a line per sex; a line left empty is not sent.

export const NAME_MAX = 200;
export const METHOD_MAX = 300;
export const COUNT_MAX = 100_000;

export type ResultColumn = 'respondents' | 'aware' | 'meanScore';
export type ResultCells = Record<ResultColumn, string>;

export interface GroupRow {
  /** Stable across edits, so that inputs and their errors stay with their row when another is removed. */
  key: string;
  groupId: string;
  cells: Record<Sex, ResultCells>;
}

export interface SurveyFormValues {
  communeCode: string;
  name: string;
  conductedOn: string;
  method: string;
  baseline: boolean;
  measure: SurveyMeasure;
  threshold: string;
  scaleMax: string;
  groups: GroupRow[];
}

export const surveyFormFields = [
  'communeCode',
  'name',
  'conductedOn',
  'method',
  'baseline',
  'measure',
  'threshold',
  'scaleMax',
  'results',
] as const;
export type SurveyFormField = (typeof surveyFormFields)[number];

/**
 * Errors by key: a field of the round ('name', 'threshold'…), or a place in the grid — a row's group
 * (groupKey), a line (lineKey: its group and sex as a whole) or one cell (cellKey).
 */
export type SurveyFormErrors = Record<string, string>;

export const groupKey = (row: string) => `results.${row}.groupId`;
export const lineKey = (row: string, sex: Sex) => `results.${row}.${sex}`;
export const cellKey = (row: string, sex: Sex, column: ResultColumn) => `results.${row}.${sex}.${column}`;

/** Which grid line each entry of the request's `results` came from, so the server's `results[i]` finds its place. */
export interface ResultLine {
  row: string;
  sex: Sex;
}

let rowCounter = 0;
export function newRowKey(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

const emptyCells = (): ResultCells => ({ respondents: '', aware: '', meanScore: '' });

export function emptyGroupRow(groupId = ''): GroupRow {
  return { key: newRowKey(), groupId, cells: { M: emptyCells(), F: emptyCells() } };
}

export function emptySurveyForm(communeCode: string, today: string): SurveyFormValues {
  return {
    communeCode,
    name: '',
    conductedOn: today,
    method: '',
    baseline: false,
    measure: 'THRESHOLD',
    threshold: '',
    scaleMax: '',
    groups: [emptyGroupRow()],
  };
}

/** 6.5 → "6,5" in Vietnamese, "6.5" in English; both are read back. */
export function decimalText(value: number | null, language: Language): string {
  if (value === null) return '';
  const text = String(value);
  return language === 'vi' ? text.replace('.', ',') : text;
}

export function roundToFormValues(round: SurveyRound, language: Language): SurveyFormValues {
  const rows = new Map<number, GroupRow>();
  for (const result of round.results) {
    let row = rows.get(result.groupId);
    if (!row) {
      row = emptyGroupRow(String(result.groupId));
      rows.set(result.groupId, row);
    }
    row.cells[result.sex] = {
      respondents: String(result.respondents),
      aware: result.aware === null ? '' : String(result.aware),
      meanScore: decimalText(result.meanScore, language),
    };
  }
  return {
    communeCode: round.communeCode,
    name: round.name,
    conductedOn: round.conductedOn,
    method: round.method,
    baseline: round.baseline,
    measure: round.measure,
    threshold: decimalText(round.threshold, language),
    scaleMax: decimalText(round.scaleMax, language),
    groups: [...rows.values()],
  };
}

/** "12", "6,5" or "6.25" → the number; anything else (a third decimal, a sign, text) → null. Up to 6 integer digits, as the server. */
export function parseScore(text: string): number | null {
  const normalised = text.trim().replace(',', '.');
  return /^\d{1,6}(\.\d{1,2})?$/.test(normalised) ? Number(normalised) : null;
}

/** "38" → 38; anything but a whole number from 0 to 100 000 → null. */
export function parseCount(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return value <= COUNT_MAX ? value : null;
}

/** The column that carries a round's result besides its respondents. */
export const measureColumn = (measure: SurveyMeasure): ResultColumn => (measure === 'THRESHOLD' ? 'aware' : 'meanScore');

function isBlankLine(cells: ResultCells, measure: SurveyMeasure): boolean {
  return !cells.respondents.trim() && !cells[measureColumn(measure)].trim();
}

const plain = (value: number) => String(value).replace('.', ',');

export interface CheckedSurveyForm {
  errors: SurveyFormErrors;
  /** The lines that will be sent, in the order of the request's `results`. */
  lines: ResultLine[];
}

/** The client's checks, as the server makes them; nothing is sent while one fails. */
export function checkSurveyForm(values: SurveyFormValues, today: string, t: Dictionary, s: SurveysDictionary): CheckedSurveyForm {
  const errors: SurveyFormErrors = {};
  const lines: ResultLine[] = [];
  const v = t.validation;

  if (!values.communeCode) errors.communeCode = v.required;
  const name = values.name.trim();
  if (!name) errors.name = v.required;
  else if (name.length > NAME_MAX) errors.name = v.maxLength(NAME_MAX);
  if (!values.conductedOn) errors.conductedOn = v.required;
  else if (!isIsoDate(values.conductedOn)) errors.conductedOn = v.date;
  else if (values.conductedOn > today) errors.conductedOn = s.rules.dateInFuture;
  const method = values.method.trim();
  if (!method) errors.method = v.required;
  else if (method.length > METHOD_MAX) errors.method = v.maxLength(METHOD_MAX);

  const threshold = values.measure === 'THRESHOLD' ? parseScore(values.threshold) : null;
  const scaleMax = parseScore(values.scaleMax);
  if (values.measure === 'THRESHOLD') {
    if (!values.threshold.trim()) errors.threshold = v.required;
    else if (threshold === null || threshold <= 0) errors.threshold = s.rules.positive;
  }
  if (!values.scaleMax.trim()) {
    if (values.measure === 'MEAN_SCORE') errors.scaleMax = v.required;
  } else if (scaleMax === null || scaleMax <= 0) {
    errors.scaleMax = s.rules.positive;
  }
  const validScale = scaleMax !== null && scaleMax > 0 ? scaleMax : null;
  if (!errors.threshold && threshold !== null && validScale !== null && threshold > validScale) {
    errors.threshold = s.rules.thresholdAboveScale(plain(validScale));
  }

  const seenGroups = new Set<string>();
  for (const row of values.groups) {
    const filled = sexes.filter((sex) => !isBlankLine(row.cells[sex], values.measure));
    if (!row.groupId) {
      if (filled.length > 0) errors[groupKey(row.key)] = s.rules.groupRequired;
      continue;
    }
    if (seenGroups.has(row.groupId)) errors[groupKey(row.key)] = s.rules.duplicateGroup;
    seenGroups.add(row.groupId);
    if (filled.length === 0) {
      errors[groupKey(row.key)] ??= s.rules.groupNeedsNumbers;
      continue;
    }
    for (const sex of filled) {
      lines.push({ row: row.key, sex });
      const cells = row.cells[sex];
      const respondents = parseCount(cells.respondents);
      if (!cells.respondents.trim()) errors[cellKey(row.key, sex, 'respondents')] = v.required;
      else if (respondents === null) errors[cellKey(row.key, sex, 'respondents')] = s.rules.count;
      if (values.measure === 'THRESHOLD') {
        const aware = parseCount(cells.aware);
        if (!cells.aware.trim()) errors[cellKey(row.key, sex, 'aware')] = v.required;
        else if (aware === null) errors[cellKey(row.key, sex, 'aware')] = s.rules.count;
        else if (respondents !== null && aware > respondents) {
          errors[cellKey(row.key, sex, 'aware')] = s.rules.awareAboveRespondents(String(respondents));
        }
      } else {
        const mean = parseScore(cells.meanScore);
        if (!cells.meanScore.trim()) {
          // A line of nobody has no mean; the server asks for one only where someone answered.
          if (respondents !== 0) errors[cellKey(row.key, sex, 'meanScore')] = v.required;
        } else if (mean === null) errors[cellKey(row.key, sex, 'meanScore')] = s.rules.score;
        else if (validScale !== null && mean > validScale) {
          errors[cellKey(row.key, sex, 'meanScore')] = s.rules.meanAboveScale(plain(validScale));
        }
      }
    }
  }
  return { errors, lines };
}

/** The request for checked values; `version` only when changing a round. Results are always sent: the grid is the round's results. */
export function toSurveyRoundRequest(values: SurveyFormValues, lines: ResultLine[], version?: number): SurveyRoundRequest {
  const rows = new Map(values.groups.map((row) => [row.key, row]));
  const results: SurveyResultRequest[] = lines.map(({ row, sex }) => {
    const groupRow = rows.get(row);
    if (!groupRow) throw new Error(`toSurveyRoundRequest: no grid row ${row}`);
    const cells = groupRow.cells[sex];
    return {
      groupId: Number(groupRow.groupId),
      sex,
      respondents: parseCount(cells.respondents) ?? 0,
      aware: values.measure === 'THRESHOLD' ? parseCount(cells.aware) : null,
      meanScore: values.measure === 'MEAN_SCORE' ? parseScore(cells.meanScore) : null,
    };
  });
  return {
    communeCode: values.communeCode,
    name: values.name.trim(),
    conductedOn: values.conductedOn,
    method: values.method.trim(),
    baseline: values.baseline,
    measure: values.measure,
    // A mean-score round has no threshold to compare with: none is kept.
    threshold: values.measure === 'THRESHOLD' ? parseScore(values.threshold) : null,
    scaleMax: values.scaleMax.trim() ? parseScore(values.scaleMax) : null,
    results,
    ...(version === undefined ? {} : { version }),
  };
}

const resultPath = /(?:^|\.)results\[(\d+)\](?:\.(\w+))?$/;

/**
 * Places the server's field errors: `results[3].respondents` beside that cell of the line sent as
 * the fourth result, `results[3]` (a duplicate group and sex) on its line, `name` beside the name…
 * What names no place in the form comes back as `other`, to show above the buttons.
 */
export function placeServerErrors(errors: readonly FieldError[], lines: readonly ResultLine[]): { placed: SurveyFormErrors; other: string[] } {
  const placed: SurveyFormErrors = {};
  const other: string[] = [];
  const put = (key: string, message: string) => {
    placed[key] = placed[key] ? `${placed[key]}; ${message}` : message;
  };
  for (const error of errors) {
    const match = resultPath.exec(error.field);
    if (match) {
      const line = lines[Number(match[1])];
      const column = match[2];
      if (!line) other.push(error.message);
      else if (column === 'groupId') put(groupKey(line.row), error.message);
      else if (column === 'respondents' || column === 'aware' || column === 'meanScore') put(cellKey(line.row, line.sex, column), error.message);
      else put(lineKey(line.row, line.sex), error.message);
      continue;
    }
    if ((surveyFormFields as readonly string[]).includes(error.field)) put(error.field, error.message);
    else other.push(error.message);
  }
  return { placed, other };
}
