import type { Schemas } from '@/lib/api';

type Me = Schemas['MeView'];
type Unit = Schemas['UnitView'];
type Village = Schemas['VillageView'];
type Area = Schemas['AreaView'];

// Demo people and places of Bình Lư (fictional names, as in the realm's demo users).
export const coordinator: Me = {
  username: 'dieuphoi.binhlu',
  displayName: 'Lò Thị Điều Phối',
  roles: ['coordinator'],
  provinceCode: '12',
  provinceName: 'Lai Châu',
  communeCode: '03390',
  communeName: 'Xã Bình Lư',
  unitCode: null,
  unitName: null,
  canManageUnits: true,
  canManageVillages: true,
};

export const viewer: Me = {
  ...coordinator,
  username: 'xem.binhlu',
  displayName: 'Tẩn Văn Xem',
  roles: ['viewer'],
  canManageUnits: false,
  canManageVillages: false,
};

export const provinceUser: Me = {
  ...viewer,
  username: 'sonoivu.laichau',
  displayName: 'Giàng A Tỉnh',
  roles: ['province'],
  communeCode: null,
  communeName: null,
};

export const communes: Area[] = [
  { id: 2, code: '03390', name: 'Xã Bình Lư', level: 'COMMUNE', parentCode: '12', version: 0 },
  { id: 3, code: '03395', name: 'Xã Tam Đường (minh họa)', level: 'COMMUNE', parentCode: '12', version: 0 },
];

export function unit(overrides: Partial<Unit> & Pick<Unit, 'id' | 'code' | 'name'>): Unit {
  return {
    communeCode: '03390',
    communeName: 'Xã Bình Lư',
    kind: 'OTHER',
    contactPerson: null,
    phone: null,
    email: null,
    activeFrom: '2026-01-01',
    activeTo: null,
    active: true,
    targets: [1],
    version: 0,
    ...overrides,
  };
}

export const healthStation = unit({
  id: 4,
  code: 'TYT',
  name: 'Trạm Y tế xã Bình Lư',
  kind: 'HEALTH_STATION',
  contactPerson: 'Vàng Thị Mai',
  phone: '0912345678',
  targets: [1, 4],
});

export function page<T>(items: T[], pageIndex: number, size: number, totalItems: number) {
  return { items, page: pageIndex, size, totalItems, totalPages: Math.ceil(totalItems / size) };
}

export function village(id: number, code: string, name: string): Village {
  return { id, code, name, communeCode: '03390', communeName: 'Xã Bình Lư', version: 0 };
}
