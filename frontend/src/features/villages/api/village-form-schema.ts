import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';

import type { Village, VillageRequest } from './types';

// Shared by the village form and the create/update mutations; mirrors VillageRequest's rules.
export interface VillageFormValues {
  communeCode: string;
  code: string;
  name: string;
}

export type VillageFormField = keyof VillageFormValues;
export const villageFormFields = ['communeCode', 'code', 'name'] as const satisfies readonly VillageFormField[];

export const VILLAGE_CODE_PATTERN = /^\d{5}-\d{2,3}$/;
export const VILLAGE_NAME_MAX = 200;

export function emptyVillageForm(communeCode: string): VillageFormValues {
  return { communeCode, code: communeCode ? `${communeCode}-` : '', name: '' };
}

export function villageToFormValues(village: Village): VillageFormValues {
  return { communeCode: village.communeCode, code: village.code, name: village.name };
}

export function validateVillageForm(values: VillageFormValues, t: Dictionary): FieldErrors<VillageFormField> {
  const errors: FieldErrors<VillageFormField> = {};
  const code = values.code.trim();
  const name = values.name.trim();
  if (!values.communeCode) errors.communeCode = t.validation.required;
  if (!code) errors.code = t.validation.required;
  else if (!VILLAGE_CODE_PATTERN.test(code) || (values.communeCode && !code.startsWith(`${values.communeCode}-`))) {
    errors.code = t.validation.villageCode(values.communeCode || '03390');
  }
  if (!name) errors.name = t.validation.required;
  else if (name.length > VILLAGE_NAME_MAX) errors.name = t.validation.maxLength(VILLAGE_NAME_MAX);
  return errors;
}

export function toVillageRequest(values: VillageFormValues, version?: number): VillageRequest {
  return {
    communeCode: values.communeCode,
    code: values.code.trim(),
    name: values.name.trim(),
    ...(version === undefined ? {} : { version }),
  };
}
