import type { Dictionary } from '@/lib/i18n';

import type { Me } from './me';

export type Role = keyof Dictionary['roles'];

// Most powerful first: the header shows the first role a user holds.
const roleOrder: Role[] = ['commune-admin', 'coordinator', 'unit-reporter', 'viewer', 'province'];

export function knownRoles(me: Pick<Me, 'roles'>): Role[] {
  return roleOrder.filter((role) => me.roles.includes(role));
}

export function primaryRole(me: Pick<Me, 'roles'>): Role | null {
  return knownRoles(me)[0] ?? null;
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
