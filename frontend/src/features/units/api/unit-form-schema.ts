import type { FieldErrors } from '@/lib/form';
import type { Dictionary } from '@/lib/i18n';
import { isIsoDate } from '@/utils/dates';

import type { Unit, UnitKind, UnitRequest } from './types';

// The form's values and their rules, shared by the form (to show errors before sending) and the
// create/update mutations (which send only values shaped by toUnitRequest). The rules mirror the
// server's UnitRequest constraints; the server stays the authority and its errors are shown too.
export interface UnitFormValues {
  communeCode: string;
  kind: UnitKind | '';
  code: string;
  name: string;
  contactPerson: string;
  phone: string;
  email: string;
  activeFrom: string;
  activeTo: string;
  targets: number[];
}

export type UnitFormField = keyof UnitFormValues;

export const unitFormFields = [
  'communeCode',
  'kind',
  'code',
  'name',
  'contactPerson',
  'phone',
  'email',
  'activeFrom',
  'activeTo',
  'targets',
] as const satisfies readonly UnitFormField[];

export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9-]{1,19}$/;
export const PHONE_PATTERN = /^(\+84|0)[0-9]{9,10}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const NAME_MAX = 200;
export const CONTACT_PERSON_MAX = 120;
export const EMAIL_MAX = 254;

export function emptyUnitForm(communeCode: string, today: string): UnitFormValues {
  return {
    communeCode,
    kind: '',
    code: '',
    name: '',
    contactPerson: '',
    phone: '',
    email: '',
    activeFrom: today,
    activeTo: '',
    targets: [1],
  };
}

export function unitToFormValues(unit: Unit): UnitFormValues {
  return {
    communeCode: unit.communeCode,
    kind: unit.kind,
    code: unit.code,
    name: unit.name,
    contactPerson: unit.contactPerson ?? '',
    phone: unit.phone ?? '',
    email: unit.email ?? '',
    activeFrom: unit.activeFrom,
    activeTo: unit.activeTo ?? '',
    targets: [...unit.targets].sort((a, b) => a - b),
  };
}

export function validateUnitForm(values: UnitFormValues, t: Dictionary): FieldErrors<UnitFormField> {
  const errors: FieldErrors<UnitFormField> = {};
  const v = t.validation;
  const code = values.code.trim().toUpperCase();
  const name = values.name.trim();
  const phone = values.phone.trim().replace(/[\s.]/g, '');
  const email = values.email.trim();

  if (!values.communeCode) errors.communeCode = v.required;
  if (!values.kind) errors.kind = v.required;
  if (!code) errors.code = v.required;
  else if (!UNIT_CODE_PATTERN.test(code)) errors.code = v.unitCode;
  if (!name) errors.name = v.required;
  else if (name.length > NAME_MAX) errors.name = v.maxLength(NAME_MAX);
  if (values.contactPerson.trim().length > CONTACT_PERSON_MAX) errors.contactPerson = v.maxLength(CONTACT_PERSON_MAX);
  if (phone && !PHONE_PATTERN.test(phone)) errors.phone = v.phone;
  if (email && !EMAIL_PATTERN.test(email)) errors.email = v.email;
  else if (email.length > EMAIL_MAX) errors.email = v.maxLength(EMAIL_MAX);
  if (!values.activeFrom) errors.activeFrom = v.required;
  else if (!isIsoDate(values.activeFrom)) errors.activeFrom = v.date;
  if (values.activeTo) {
    if (!isIsoDate(values.activeTo)) errors.activeTo = v.date;
    else if (values.activeFrom && values.activeTo < values.activeFrom) errors.activeTo = v.activeToBeforeFrom;
  }
  return errors;
}

const orNull = (value: string) => (value.trim() ? value.trim() : null);

/** The request body for valid form values; `version` only when changing an existing unit. */
export function toUnitRequest(values: UnitFormValues, version?: number): UnitRequest {
  if (!values.kind) throw new Error('toUnitRequest needs validated values (kind is missing)');
  return {
    communeCode: values.communeCode,
    kind: values.kind,
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    contactPerson: orNull(values.contactPerson),
    phone: orNull(values.phone.replace(/[\s.]/g, '')),
    email: orNull(values.email),
    activeFrom: values.activeFrom,
    activeTo: orNull(values.activeTo),
    targets: [...values.targets].sort((a, b) => a - b),
    ...(version === undefined ? {} : { version }),
  };
}
