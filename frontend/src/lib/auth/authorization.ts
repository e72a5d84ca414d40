import type { Dictionary } from '@/lib/i18n';

import type { Me } from './me';

export type Role = keyof Dictionary['roles'];

// Most powerful first: the header shows the first role a user holds.
const roleOrder: Role[] = ['national-admin', 'province-admin', 'commune-admin', 'coordinator', 'unit-reporter', 'viewer', 'province'];

export function knownRoles(me: Pick<Me, 'roles'>): Role[] {
  return roleOrder.filter((role) => me.roles.includes(role));
}

export function primaryRole(me: Pick<Me, 'roles'>): Role | null {
  return knownRoles(me)[0] ?? null;
}

export function hasRole(me: Pick<Me, 'roles'>, role: Role): boolean {
  return me.roles.includes(role);
}

// What the UI offers follows the server's access rules; the server still decides every request.

/** Commune administrators and the coordinator (Phòng VH-XH) run the commune's programme. */
function runsCommune(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return Boolean(me.communeCode) && (hasRole(me, 'commune-admin') || hasRole(me, 'coordinator'));
}

export function canWriteCampaigns(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return runsCommune(me);
}

/** The plan's yearly targets are changed by the commune's runners. */
export function canEditPlanTargets(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return runsCommune(me);
}

/** Surveys, village conventions and media assessments belong to the commune's runners. */
export function canManageCommuneRecords(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return runsCommune(me);
}

/** Who records a unit's work (sessions, media products, Action Month plans): the commune's runners or a unit's reporter. */
export function canRecordForUnit(me: Pick<Me, 'roles' | 'communeCode' | 'unitId'>): boolean {
  return runsCommune(me) || (hasRole(me, 'unit-reporter') && me.unitId !== null);
}

/** A unit reporter changes only their own unit's records; the commune's runners change all of the commune's. */
export function canEditUnitRecord(
  me: Pick<Me, 'roles' | 'communeCode' | 'unitId'>,
  record: { communeCode: string; unitId: number },
): boolean {
  if (runsCommune(me)) return me.communeCode === record.communeCode;
  return hasRole(me, 'unit-reporter') && me.unitId !== null && me.unitId === record.unitId;
}

/** Only a unit reporter is tied to one unit: their sessions are always their unit's. */
export function isUnitReporter(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return hasRole(me, 'unit-reporter') && !runsCommune(me);
}

/**
 * The province's programme administrator owns what every commune shares: the media checklist and the shared
 * reference lists (the server refuses them to every commune role).
 */
export function isProvinceAdmin(me: Pick<Me, 'roles' | 'provinceCode'>): boolean {
  return Boolean(me.provinceCode) && hasRole(me, 'province-admin');
}

/** A new version of the media checklist applies to every commune: only the province-admin publishes one. */
export function canPublishChecklist(me: Pick<Me, 'roles' | 'provinceCode'>): boolean {
  return isProvinceAdmin(me);
}

/** Who adds list items: a commune admin (to the commune's own list) or the province-admin (to the shared list). */
export function canManageReferenceItems(me: Pick<Me, 'roles' | 'communeCode' | 'provinceCode'>): boolean {
  return isProvinceAdmin(me) || (Boolean(me.communeCode) && hasRole(me, 'commune-admin'));
}

/** Shared items are the province-admin's; a commune's own items are its commune admin's. */
export function canEditReferenceItem(
  me: Pick<Me, 'roles' | 'communeCode' | 'provinceCode'>,
  item: { communeCode: string | null },
): boolean {
  if (isProvinceAdmin(me)) return item.communeCode === null;
  return hasRole(me, 'commune-admin') && item.communeCode !== null && item.communeCode === me.communeCode;
}

/** The change history is for the commune's runners (the API refuses it to everyone else). */
export function canSeeHistory(me: Pick<Me, 'roles' | 'communeCode'>): boolean {
  return runsCommune(me);
}

/** The national administrator reads the country's communes and manages the province administrators. */
export function isNationalAdmin(me: Pick<Me, 'roles'>): boolean {
  return hasRole(me, 'national-admin');
}

/**
 * Who manages people (people/PeoplePolicy): the national administrator, a province's programme administrator,
 * a commune's admin. The roles each may grant come from the server (GET /people/grantable-roles).
 */
export function canManagePeople(me: Pick<Me, 'roles' | 'communeCode' | 'provinceCode'>): boolean {
  return isNationalAdmin(me) || isProvinceAdmin(me) || (Boolean(me.communeCode) && hasRole(me, 'commune-admin'));
}

/** "Xã Bình Lư, Lai Châu" / "Trạm Y tế · Xã Bình Lư" / "Toàn tỉnh Lai Châu". */
export function scopeLabel(me: Me, t: Dictionary): string {
  const parts: string[] = [];
  if (me.unitName) parts.push(me.unitName);
  if (me.communeName) parts.push(me.communeName);
  if (me.provinceName) {
    parts.push(me.communeName || me.unitName ? me.provinceName : t.me.scopeProvince(me.provinceName));
  }
  return parts.join(' · ');
}

/** Province users (Sở Nội vụ staff, read-only or admin) see the province's comparison of its communes. */
export function readsProvince(me: Pick<Me, 'roles' | 'provinceCode' | 'communeCode'>): boolean {
  return Boolean(me.provinceCode) && !me.communeCode && (hasRole(me, 'province') || hasRole(me, 'province-admin'));
}
