import type { Page, paths, Schemas } from '@/lib/api';

export type Unit = Schemas['UnitView'];
export type UnitRequest = Schemas['UnitRequest'];
export type UnitKind = Schemas['UnitKind'];
export type UnitPage = Page<Unit>;
export type DeactivationRequest = Schemas['DeactivationRequest'];
export type UnitSort = NonNullable<NonNullable<paths['/api/v1/units']['get']['parameters']['query']>['sort']>;

// The order of the kinds in selects: the plan's order, "other" last.
export const unitKinds = [
  'CULTURE_SOCIAL_OFFICE',
  'ECONOMIC_OFFICE',
  'GENERAL_SERVICES_CENTRE',
  'SCHOOL',
  'HEALTH_STATION',
  'COUNCIL_COMMITTEE_OFFICE',
  'FRONT_MASS_ORGANISATION',
  'ENTERPRISE',
  'OTHER',
] as const satisfies readonly UnitKind[];

export const targetNumbers = [1, 2, 3, 4, 5] as const;
