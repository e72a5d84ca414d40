import type { FieldError } from '@/lib/api';
import type { Dictionary } from '@/lib/i18n';
import type { MediaDictionary } from '@/lib/i18n/media';
import { newUuid } from '@/utils/ids';

import type { MediaChecklist, MediaChecklistRequest } from './types';

// The form that publishes the next checklist version: values and rules mirroring
// MediaChecklistRequest and ChecklistCriterion, and the mapping of the server's field paths
// ("criteria[1].code") onto the rows of the form.
export interface CriterionDraft {
  /** Identifies the row while criteria are added and removed (never sent). */
  key: string;
  code: string;
  textVi: string;
  textEn: string;
}

export interface ChecklistFormValues {
  title: string;
  threshold: string;
  criteria: CriterionDraft[];
}

export type CriterionPart = 'code' | 'textVi' | 'textEn';
export const criterionParts = ['code', 'textVi', 'textEn'] as const satisfies readonly CriterionPart[];

/** Errors by 'title', 'threshold', 'criteria' (the list as a whole) or a row's part (see rowError). */
export type ChecklistFormErrors = Record<string, string>;

export const rowError = (rowKey: string, part: CriterionPart) => `criteria.${rowKey}.${part}`;

export const CHECKLIST_TITLE_MAX = 200;
export const CRITERIA_MAX = 30;
export const CRITERION_TEXT_MAX = 300;
const CODE = /^[A-Z0-9_]{2,40}$/;

export function emptyCriterion(): CriterionDraft {
  return { key: newUuid(), code: '', textVi: '', textEn: '' };
}

/** The next version starts as a copy of the current one (most versions amend, few start afresh). */
export function checklistFormFrom(current: MediaChecklist | null): ChecklistFormValues {
  if (!current) return { title: '', threshold: '', criteria: [emptyCriterion()] };
  return {
    title: '',
    threshold: String(current.threshold),
    criteria: current.criteria.map((c) => ({ key: newUuid(), code: c.code, textVi: c.textVi, textEn: c.textEn })),
  };
}

export function validateChecklistForm(values: ChecklistFormValues, t: Dictionary, m: MediaDictionary): ChecklistFormErrors {
  const errors: ChecklistFormErrors = {};
  const v = t.validation;
  const title = values.title.trim();
  if (!title) errors.title = v.required;
  else if (title.length > CHECKLIST_TITLE_MAX) errors.title = v.maxLength(CHECKLIST_TITLE_MAX);

  const count = values.criteria.length;
  if (count < 1 || count > CRITERIA_MAX) errors.criteria = m.checklists.criteriaCountRange(CRITERIA_MAX);
  const threshold = values.threshold.trim();
  if (!threshold) errors.threshold = v.required;
  else if (!/^\d+$/.test(threshold) || Number(threshold) < 1 || Number(threshold) > Math.max(count, 1)) {
    errors.threshold = m.checklists.thresholdInvalid(Math.max(count, 1));
  }

  const seen = new Set<string>();
  for (const row of values.criteria) {
    const code = row.code.trim();
    if (!code) errors[rowError(row.key, 'code')] = v.required;
    else if (!CODE.test(code)) errors[rowError(row.key, 'code')] = v.referenceCode;
    else if (seen.has(code)) errors[rowError(row.key, 'code')] = m.checklists.duplicateCode;
    seen.add(code);
    for (const part of ['textVi', 'textEn'] as const) {
      const text = row[part].trim();
      if (!text) errors[rowError(row.key, part)] = v.required;
      else if (text.length > CRITERION_TEXT_MAX) errors[rowError(row.key, part)] = v.maxLength(CRITERION_TEXT_MAX);
    }
  }
  return errors;
}

export function toChecklistRequest(values: ChecklistFormValues): MediaChecklistRequest {
  return {
    title: values.title.trim(),
    threshold: Number(values.threshold.trim()),
    criteria: values.criteria.map((row) => ({ code: row.code.trim(), textVi: row.textVi.trim(), textEn: row.textEn.trim() })),
  };
}

const rowPath = /(?:^|\.)criteria\[(\d+)\](?:\.(code|textVi|textEn))?$/;
const topPath = /(?:^|\.)(title|threshold|criteria)(?:\.(code|textVi|textEn))?$/;

/**
 * Places the server's field errors: "criteria[1].code" beside that row's code, "title" and
 * "threshold" beside theirs, anything about the criteria without a row on the list as a whole;
 * what names no field of the form is returned as a message.
 */
export function placeChecklistErrors(
  fieldErrors: FieldError[],
  rows: CriterionDraft[],
): { errors: ChecklistFormErrors; otherMessages: string[] } {
  const errors: ChecklistFormErrors = {};
  const otherMessages: string[] = [];
  const add = (key: string, message: string) => {
    errors[key] = errors[key] ? `${errors[key]}; ${message}` : message;
  };
  for (const item of fieldErrors) {
    const row = rowPath.exec(item.field);
    const rowKey = row ? rows[Number(row[1])]?.key : undefined;
    if (row && rowKey) {
      if (row[2]) add(rowError(rowKey, row[2] as CriterionPart), item.message);
      else add('criteria', item.message);
      continue;
    }
    const top = topPath.exec(item.field);
    if (top) add(top[2] ? 'criteria' : top[1]!, item.message);
    else otherMessages.push(item.message);
  }
  return { errors, otherMessages };
}
