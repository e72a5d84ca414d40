import type { FieldErrors } from '@/lib/form';
import { isIsoDate } from '@/utils/dates';

import type { ActionMonthPlan, ActionMonthPlanRequest } from './types';

// The plan form's values and rules (mirroring ActionMonthPlanRequest's constraints).
export interface ActionMonthPlanFormValues {
  unitId: string;
  year: string;
  documentNumber: string;
  documentDate: string;
  /** The day the plan reached the commune (a paper plan typed in later); empty: today. */
  receivedOn: string;
  summary: string;
}

export type ActionMonthPlanFormField = keyof ActionMonthPlanFormValues;
export const actionMonthPlanFormFields = [
  'unitId',
  'year',
  'documentNumber',
  'documentDate',
  'receivedOn',
  'summary',
] as const satisfies readonly ActionMonthPlanFormField[];

export const DOCUMENT_NUMBER_MAX = 40;
export const SUMMARY_MAX = 4000;

export function emptyActionMonthPlanForm(defaults: { unitId?: number; year: number; today: string }): ActionMonthPlanFormValues {
  return {
    unitId: defaults.unitId ? String(defaults.unitId) : '',
    year: String(defaults.year),
    documentNumber: '',
    documentDate: defaults.today,
    receivedOn: '',
    summary: '',
  };
}

export function actionMonthPlanToFormValues(plan: ActionMonthPlan): ActionMonthPlanFormValues {
  return {
    unitId: String(plan.unitId),
    year: String(plan.year),
    documentNumber: plan.documentNumber ?? '',
    documentDate: plan.documentDate,
    receivedOn: plan.receivedOn,
    summary: plan.summary ?? '',
  };
}

export interface ActionMonthPlanMessages {
  required: string;
  tooLong: (max: number) => string;
  dateInvalid: string;
  dateFuture: string;
}

/** What can be told before sending: missing fields, lengths, a date in the future. */
export function validateActionMonthPlanForm(
  values: ActionMonthPlanFormValues,
  today: string,
  messages: ActionMonthPlanMessages,
): FieldErrors<ActionMonthPlanFormField> {
  const errors: FieldErrors<ActionMonthPlanFormField> = {};
  if (!values.unitId) errors.unitId = messages.required;
  if (!values.year) errors.year = messages.required;
  if (values.documentNumber.trim().length > DOCUMENT_NUMBER_MAX) errors.documentNumber = messages.tooLong(DOCUMENT_NUMBER_MAX);
  if (!values.documentDate) errors.documentDate = messages.required;
  else if (!isIsoDate(values.documentDate)) errors.documentDate = messages.dateInvalid;
  else if (values.documentDate > today) errors.documentDate = messages.dateFuture;
  if (values.receivedOn) {
    if (!isIsoDate(values.receivedOn)) errors.receivedOn = messages.dateInvalid;
    else if (values.receivedOn > today) errors.receivedOn = messages.dateFuture;
  }
  if (!values.summary.trim()) errors.summary = messages.required;
  else if (values.summary.trim().length > SUMMARY_MAX) errors.summary = messages.tooLong(SUMMARY_MAX);
  return errors;
}

export function toActionMonthPlanRequest(values: ActionMonthPlanFormValues, version?: number): ActionMonthPlanRequest {
  return {
    unitId: Number(values.unitId),
    year: Number(values.year),
    documentNumber: values.documentNumber.trim() || null,
    documentDate: values.documentDate,
    receivedOn: values.receivedOn || null,
    summary: values.summary.trim(),
    version: version ?? null,
  };
}
