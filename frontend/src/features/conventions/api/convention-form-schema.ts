import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import type { ConventionsDictionary } from '@/lib/i18n/conventions';
import { isIsoDate } from '@/utils/dates';

import type { Convention, ConventionRequest, ConventionStatus } from './types';

// The convention form's values and rules (mirroring ConventionRequest's constraints), shared by the
// form and the create/update mutations.
export interface ConventionFormValues {
  villageId: string;
  title: string;
  decisionNumber: string;
  decisionDate: string;
  status: ConventionStatus | '';
}

export type ConventionFormField = keyof ConventionFormValues;
export const conventionFormFields = [
  'villageId',
  'title',
  'decisionNumber',
  'decisionDate',
  'status',
] as const satisfies readonly ConventionFormField[];

export const TITLE_MAX = 300;
export const DECISION_NUMBER_MAX = 60;

export function emptyConventionForm(): ConventionFormValues {
  return { villageId: '', title: '', decisionNumber: '', decisionDate: '', status: 'IN_FORCE' };
}

export function conventionToFormValues(convention: Convention): ConventionFormValues {
  return {
    villageId: String(convention.villageId),
    title: convention.title,
    decisionNumber: convention.decisionNumber ?? '',
    decisionDate: convention.decisionDate ?? '',
    status: convention.status,
  };
}

export function validateConventionForm(
  values: ConventionFormValues,
  today: string,
  t: Dictionary,
  w: ConventionsDictionary,
): FieldErrors<ConventionFormField> {
  const errors: FieldErrors<ConventionFormField> = {};
  const title = values.title.trim();
  if (!values.villageId) errors.villageId = t.validation.required;
  if (!title) errors.title = t.validation.required;
  else if (title.length > TITLE_MAX) errors.title = t.validation.maxLength(TITLE_MAX);
  if (values.decisionNumber.trim().length > DECISION_NUMBER_MAX) {
    errors.decisionNumber = t.validation.maxLength(DECISION_NUMBER_MAX);
  }
  if (values.decisionDate) {
    if (!isIsoDate(values.decisionDate)) errors.decisionDate = t.validation.date;
    else if (values.decisionDate > today) errors.decisionDate = w.validation.decisionInFuture;
  }
  if (!values.status) errors.status = t.validation.required;
  return errors;
}

export function toConventionRequest(values: ConventionFormValues, version?: number): ConventionRequest {
  if (!values.status) throw new Error('toConventionRequest needs validated values (status is missing)');
  return {
    villageId: Number(values.villageId),
    title: values.title.trim(),
    decisionNumber: values.decisionNumber.trim() || null,
    decisionDate: values.decisionDate || null,
    status: values.status,
    ...(version === undefined ? {} : { version }),
  };
}
