import type { Page, Schemas } from '@/lib/api';

export type Person = Schemas['PersonView'];
export type PersonPage = Page<Person>;
export type PersonRequest = Schemas['PersonRequest'];
export type PersonChange = Schemas['PersonChange'];
export type Invitation = Schemas['InvitationView'];

/** Roles placed on a province (no commune): people/PeoplePolicy.PROVINCE_ROLES. */
export const provinceRoles: readonly string[] = ['province-admin', 'province'];

/** The one role bound to a unit of the commune. */
export const UNIT_REPORTER = 'unit-reporter';
export const COMMUNE_ADMIN = 'commune-admin';
