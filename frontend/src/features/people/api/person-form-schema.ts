import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';

import { COMMUNE_ADMIN, provinceRoles, UNIT_REPORTER, type PersonChange, type PersonRequest } from './types';
import type { AdminDictionary } from '@/lib/i18n/admin';

// The invite and change forms' values and rules (PersonRequest / PersonChange). Which scope a role needs is
// people/PeoplePolicy.checkGrant's: a province role a province (the caller's own unless a national
// administrator names one), a commune admin a commune of the caller's province, a unit reporter a unit of the
// caller's commune; the server stays the authority and its errors are shown beside the fields.
export interface PersonFormValues {
  username: string;
  lastName: string;
  firstName: string;
  email: string;
  role: string;
  provinceCode: string;
  communeCode: string;
  unitCode: string;
}

export type PersonFormField = keyof PersonFormValues;

export const personFormFields = [
  'username',
  'lastName',
  'firstName',
  'email',
  'role',
  'provinceCode',
  'communeCode',
  'unitCode',
] as const satisfies readonly PersonFormField[];

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,59}$/;
const PROVINCE_PATTERN = /^\d{2}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const NAME_MAX = 100;
export const EMAIL_MAX = 255;

/** Which scope fields the role asks for, given who is asking. */
export function scopeFieldsFor(role: string, callerIsNational: boolean) {
  return {
    province: provinceRoles.includes(role) && callerIsNational,
    commune: role === COMMUNE_ADMIN,
    unit: role === UNIT_REPORTER,
  };
}

export function emptyPersonForm(preselect: { role?: string; communeCode?: string } = {}): PersonFormValues {
  return {
    username: '',
    lastName: '',
    firstName: '',
    email: '',
    role: preselect.role ?? '',
    provinceCode: '',
    communeCode: preselect.communeCode ?? '',
    unitCode: '',
  };
}

/** The scope part of the rules, shared by the invite and the change forms. */
export function validatePlacement(values: Pick<PersonFormValues, 'role' | 'provinceCode' | 'communeCode' | 'unitCode'>, callerIsNational: boolean, t: Dictionary & AdminDictionary): FieldErrors<PersonFormField> {
  const errors: FieldErrors<PersonFormField> = {};
  const needs = scopeFieldsFor(values.role, callerIsNational);
  if (!values.role) errors.role = t.validation.required;
  if (needs.province && !PROVINCE_PATTERN.test(values.provinceCode.trim())) {
    errors.provinceCode = values.provinceCode.trim() ? t.people.provinceInvalid : t.validation.required;
  }
  if (needs.commune && !values.communeCode) errors.communeCode = t.validation.required;
  if (needs.unit && !values.unitCode) errors.unitCode = t.validation.required;
  return errors;
}

export function validatePersonForm(values: PersonFormValues, callerIsNational: boolean, t: Dictionary & AdminDictionary): FieldErrors<PersonFormField> {
  const errors = validatePlacement(values, callerIsNational, t);
  const v = t.validation;
  const username = values.username.trim();
  if (!username) errors.username = v.required;
  else if (!USERNAME_PATTERN.test(username)) errors.username = t.people.usernameInvalid;
  for (const field of ['lastName', 'firstName'] as const) {
    const value = values[field].trim();
    if (!value) errors[field] = v.required;
    else if (value.length > NAME_MAX) errors[field] = v.maxLength(NAME_MAX);
  }
  const email = values.email.trim();
  if (email && !EMAIL_PATTERN.test(email)) errors.email = v.email;
  else if (email.length > EMAIL_MAX) errors.email = v.maxLength(EMAIL_MAX);
  return errors;
}

/** The role and only the scope fields it needs (the server refuses a scope a role does not take). */
export function toPlacement(values: Pick<PersonFormValues, 'role' | 'provinceCode' | 'communeCode' | 'unitCode'>, callerIsNational: boolean): PersonChange {
  const needs = scopeFieldsFor(values.role, callerIsNational);
  return {
    role: values.role,
    ...(needs.province ? { provinceCode: values.provinceCode.trim() } : {}),
    ...(needs.commune ? { communeCode: values.communeCode } : {}),
    ...(needs.unit ? { unitCode: values.unitCode } : {}),
  };
}

export function toPersonRequest(values: PersonFormValues, callerIsNational: boolean): PersonRequest {
  const email = values.email.trim();
  return {
    username: values.username.trim(),
    lastName: values.lastName.trim(),
    firstName: values.firstName.trim(),
    ...(email ? { email } : {}),
    ...toPlacement(values, callerIsNational),
  };
}
