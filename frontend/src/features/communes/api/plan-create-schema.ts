import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import { isIsoDate } from '@/utils/dates';

import type { PlanCreateRequest } from './types';
import type { AdminDictionary } from '@/lib/i18n/admin';

// The "enable a commune" form: the commune's own document for its plan created from the programme
// template (POST /api/v1/plans, PlanCreateRequest). The rules mirror the request's constraints; the
// server stays the authority (the date not after today, yearly values within TargetDefinition's bounds).
export interface PlanCreateFormValues {
  documentNumber: string;
  issuedOn: string;
  signerName: string;
  signerTitle: string;
  implementsPlan: string;
  adjustTargets: boolean;
  /** Yearly values other than the template's, by {@link targetCell}; '' keeps the template's. */
  targetValues: Record<string, string>;
}

export type PlanCreateField = 'documentNumber' | 'issuedOn' | 'signerName' | 'signerTitle' | 'implementsPlan';

export const planCreateFields = [
  'documentNumber',
  'issuedOn',
  'signerName',
  'signerTitle',
  'implementsPlan',
] as const satisfies readonly PlanCreateField[];

export const MAX_LENGTHS: Record<PlanCreateField, number> = {
  documentNumber: 40,
  issuedOn: 10,
  signerName: 120,
  signerTitle: 200,
  implementsPlan: 1000,
};

/** Targets 1 and 2 are 100 % every year (the plan's bounds): only 3–5 have yearly values to choose. */
export const adjustableTargets = [3, 4, 5] as const;

/** The key of one yearly value in the form (no dots or brackets: it doubles as a field name of errors). */
export function targetCell(target: number, year: number): string {
  return `target-${target}-${year}`;
}

export function emptyPlanCreateForm(): PlanCreateFormValues {
  return { documentNumber: '', issuedOn: '', signerName: '', signerTitle: '', implementsPlan: '', adjustTargets: false, targetValues: {} };
}

function parseNumber(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return null;
  return Number(cleaned);
}

export function validatePlanCreateForm(
  values: PlanCreateFormValues,
  today: string,
  t: Dictionary & AdminDictionary,
): { fields: FieldErrors<PlanCreateField>; cells: Record<string, string> } {
  const fields: FieldErrors<PlanCreateField> = {};
  const v = t.validation;
  for (const field of ['documentNumber', 'signerName', 'signerTitle', 'implementsPlan'] as const) {
    const value = values[field].trim();
    if (!value) fields[field] = v.required;
    else if (value.length > MAX_LENGTHS[field]) fields[field] = v.maxLength(MAX_LENGTHS[field]);
  }
  if (!values.issuedOn) fields.issuedOn = v.required;
  else if (!isIsoDate(values.issuedOn)) fields.issuedOn = v.date;
  else if (values.issuedOn > today) fields.issuedOn = t.programmeCommunes.dateInFuture;
  const cells: Record<string, string> = {};
  if (values.adjustTargets) {
    for (const [cell, text] of Object.entries(values.targetValues)) {
      if (text.trim() && parseNumber(text) === null) cells[cell] = t.programmeCommunes.number;
    }
  }
  return { fields, cells };
}

/** Where each sent yearly value sits in the request, to bring the server's errors back to its box. */
export type SentCells = { target: number; years: number[] }[];

/** The request for valid values, and the cells sent (targets[i].yearlyTargets[j] → target, year). */
export function toPlanCreateRequest(
  communeCode: string,
  values: PlanCreateFormValues,
  years: readonly number[],
): { request: PlanCreateRequest; sent: SentCells } {
  const sent: SentCells = [];
  const targets: NonNullable<PlanCreateRequest['targets']> = [];
  if (values.adjustTargets) {
    for (const target of adjustableTargets) {
      const yearlyTargets = years.flatMap((year) => {
        const value = parseNumber(values.targetValues[targetCell(target, year)] ?? '');
        return value === null ? [] : [{ year, value }];
      });
      if (yearlyTargets.length > 0) {
        targets.push({ number: target, yearlyTargets });
        sent.push({ target, years: yearlyTargets.map((y) => y.year) });
      }
    }
  }
  return {
    request: {
      communeCode,
      documentNumber: values.documentNumber.trim(),
      issuedOn: values.issuedOn,
      signerName: values.signerName.trim(),
      signerTitle: values.signerTitle.trim(),
      implementsPlan: values.implementsPlan.trim(),
      ...(targets.length > 0 ? { targets } : {}),
    },
    sent,
  };
}

/** "targets[1].yearlyTargets[0].value" → the form's cell key, using what was sent; null for any other field. */
export function cellOfServerField(field: string, sent: SentCells): string | null {
  const match = /targets\[(\d+)\](?:\.yearlyTargets\[(\d+)\])?/.exec(field);
  if (!match) return null;
  const target = sent[Number(match[1])];
  if (!target) return null;
  const year = match[2] === undefined ? target.years[0] : target.years[Number(match[2])];
  return year === undefined ? null : targetCell(target.target, year);
}
