import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import type { ReferenceItem, ReferenceKind } from '@/lib/reference-data';

import type { ReferenceItemRequest } from './types';

// A commune's own list item: the form's values, their rules (mirroring ReferenceItemRequest's
// constraints) and the request built from them.
export interface ReferenceItemFormValues {
  kind: ReferenceKind;
  code: string;
  labelVi: string;
  labelEn: string;
  lawPolicy: boolean;
  needsReach: boolean;
  active: boolean;
  sortOrder: string;
}

export type ReferenceItemFormField = keyof ReferenceItemFormValues;
export const referenceItemFormFields = [
  'kind',
  'code',
  'labelVi',
  'labelEn',
  'lawPolicy',
  'needsReach',
  'active',
  'sortOrder',
] as const satisfies readonly ReferenceItemFormField[];

export const REFERENCE_CODE_PATTERN = /^[A-Z0-9_]{2,40}$/;
export const LABEL_MAX = 200;

export function emptyReferenceItemForm(kind: ReferenceKind): ReferenceItemFormValues {
  return { kind, code: '', labelVi: '', labelEn: '', lawPolicy: false, needsReach: false, active: true, sortOrder: '100' };
}

export function referenceItemToFormValues(item: ReferenceItem): ReferenceItemFormValues {
  return {
    kind: item.kind,
    code: item.code,
    labelVi: item.labelVi,
    labelEn: item.labelEn,
    lawPolicy: item.lawPolicy,
    needsReach: item.needsReach,
    active: item.active,
    sortOrder: String(item.sortOrder),
  };
}

export function validateReferenceItemForm(
  values: ReferenceItemFormValues,
  t: Dictionary,
): FieldErrors<ReferenceItemFormField> {
  const errors: FieldErrors<ReferenceItemFormField> = {};
  const v = t.validation;
  const code = values.code.trim().toUpperCase();
  if (!code) errors.code = v.required;
  else if (!REFERENCE_CODE_PATTERN.test(code)) errors.code = v.referenceCode;
  for (const field of ['labelVi', 'labelEn'] as const) {
    const label = values[field].trim();
    if (!label) errors[field] = v.required;
    else if (label.length > LABEL_MAX) errors[field] = v.maxLength(LABEL_MAX);
  }
  if (values.sortOrder.trim() && !/^\d+$/.test(values.sortOrder.trim())) errors.sortOrder = v.wholeNumber;
  return errors;
}

export function toReferenceItemRequest(values: ReferenceItemFormValues, version?: number): ReferenceItemRequest {
  return {
    kind: values.kind,
    code: values.code.trim().toUpperCase(),
    labelVi: values.labelVi.trim(),
    labelEn: values.labelEn.trim(),
    // Only topics count for target 1 and only formats carry a reach.
    lawPolicy: values.kind === 'TOPIC' && values.lawPolicy,
    needsReach: values.kind === 'FORMAT' && values.needsReach,
    active: values.active,
    sortOrder: values.sortOrder.trim() ? Number(values.sortOrder.trim()) : 100,
    ...(version === undefined ? {} : { version }),
  };
}
