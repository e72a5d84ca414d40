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
  unitId: null,
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

/** The province's programme administrator (Sở Nội vụ): owns the shared lists and the media checklist. */
export const provinceAdmin: Me = {
  ...provinceUser,
  username: 'quantri.laichau',
  displayName: 'Quản trị chương trình Lai Châu',
  roles: ['province-admin'],
};

export const communes: Area[] = [
  { id: 2, code: '03390', name: 'Xã Bình Lư', level: 'COMMUNE', parentCode: '12', validTo: null, version: 0 },
  { id: 3, code: '03394', name: 'Xã Sin Suối Hồ', level: 'COMMUNE', parentCode: '12', validTo: null, version: 0 },
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

type ReferenceItem = Schemas['ReferenceItemView'];
type Campaign = Schemas['CampaignView'];
type Session = Schemas['SessionView'];

export const reporter: Me = {
  ...viewer,
  username: 'baocao.tramyte',
  displayName: 'Báo cáo Trạm Y tế Bình Lư – minh họa',
  roles: ['unit-reporter'],
  unitCode: 'TYT',
  unitId: 4,
  unitName: 'Trạm Y tế xã Bình Lư',
};

export const communeAdmin: Me = {
  ...coordinator,
  username: 'quantri.binhlu',
  displayName: 'Quản trị Bình Lư – minh họa',
  roles: ['commune-admin'],
};

export const cultureOffice = unit({ id: 1, code: 'VHXH', name: 'Phòng Văn hóa – Xã hội', kind: 'CULTURE_SOCIAL_OFFICE' });

function item(
  id: number,
  kind: ReferenceItem['kind'],
  code: string,
  labelVi: string,
  labelEn: string,
  extra: Partial<ReferenceItem> = {},
): ReferenceItem {
  return { id, kind, code, labelVi, labelEn, lawPolicy: false, needsReach: false, communeCode: null, active: true, sortOrder: id, version: 0, ...extra };
}

export const referenceItems: Record<ReferenceItem['kind'], ReferenceItem[]> = {
  TOPIC: [
    item(1, 'TOPIC', 'LAW_POLICY', 'Pháp luật, chính sách về bình đẳng giới', 'Gender-equality law and policy', { lawPolicy: true }),
    item(2, 'TOPIC', 'GBV', 'Phòng, chống bạo lực trên cơ sở giới', 'Preventing gender-based violence'),
  ],
  FORMAT: [
    item(10, 'FORMAT', 'MEETING', 'Hội nghị, họp', 'Conference, meeting'),
    item(11, 'FORMAT', 'LOUDSPEAKER', 'Phát thanh trên loa truyền thanh', 'Loudspeaker broadcast', { needsReach: true }),
  ],
  AUDIENCE_GROUP: [
    item(20, 'AUDIENCE_GROUP', 'ETHNIC', 'Đồng bào dân tộc thiểu số', 'Ethnic-minority people'),
    item(21, 'AUDIENCE_GROUP', 'YOUTH', 'Thanh niên', 'Youth'),
  ],
  LANGUAGE: [item(30, 'LANGUAGE', 'VI', 'Tiếng Việt', 'Vietnamese'), item(31, 'LANGUAGE', 'THAI', 'Tiếng Thái', 'Thái')],
  FUNDING_SOURCE: [
    item(40, 'FUNDING_SOURCE', 'STATE', 'Ngân sách nhà nước', 'State budget'),
    item(41, 'FUNDING_SOURCE', 'OWN_HAMLET', 'Quỹ của bản', 'Village fund', { communeCode: '03390' }),
  ],
};

export const actionMonth: Campaign = {
  id: 3,
  communeCode: '03390',
  name: 'Tháng hành động vì bình đẳng giới 2026',
  theme: 'Chung tay vì bình đẳng giới',
  occasion: 'ACTION_MONTH',
  startDate: '2026-11-15',
  endDate: '2026-12-15',
  year: 2026,
  leadUnitId: 1,
  leadUnitName: 'Phòng Văn hóa – Xã hội',
  participatingUnits: [{ id: 4, code: 'TYT', name: 'Trạm Y tế xã Bình Lư' }],
  taskGroups: [1, 6],
  description: null,
  status: 'RUNNING',
  version: 0,
};

const ref = (i: ReferenceItem) => ({ id: i.id, code: i.code, labelVi: i.labelVi, labelEn: i.labelEn });

export function session(overrides: Partial<Session> & Pick<Session, 'id'>): Session {
  return {
    communeCode: '03390',
    unitId: 4,
    unitCode: 'TYT',
    unitName: 'Trạm Y tế xã Bình Lư',
    heldOn: '2026-11-20',
    durationMinutes: 90,
    campaignId: 3,
    campaignName: actionMonth.name,
    taskGroups: [1],
    topics: [ref(referenceItems.TOPIC[0]!)],
    format: ref(referenceItems.FORMAT[0]!),
    villageId: 1,
    villageName: 'Bản Nà Đon',
    venue: 'Nhà văn hóa bản',
    languages: [ref(referenceItems.LANGUAGE[0]!), ref(referenceItems.LANGUAGE[1]!)],
    audienceGroups: [ref(referenceItems.AUDIENCE_GROUP[0]!)],
    participantsMale: 18,
    participantsFemale: 27,
    participantsTotal: 45,
    ethnicMinorityParticipants: 40,
    reach: null,
    costVnd: 1500000,
    fundingSource: ref(referenceItems.FUNDING_SOURCE[0]!),
    notes: null,
    attachments: [],
    recordedBy: 'baocao.tramyte',
    recordedAt: '2026-11-20T02:30:00Z',
    updatedBy: 'baocao.tramyte',
    updatedAt: '2026-11-20T02:30:00Z',
    version: 0,
    ...overrides,
  };
}

export const noTotals = {
  sessions: 0,
  participantsMale: 0,
  participantsFemale: 0,
  participantsTotal: 0,
  ethnicMinorityParticipants: 0,
  units: 0,
};

/** What a unit's page asks of the sessions API, for a unit with nothing recorded yet. */
export function unitPageSessionHandlers(unitId: number) {
  return {
    [`GET /api/v1/units/${unitId}/session-summary`]: {
      body: { unitId, year: 2026, sessions: 0, lawPolicySessions: 0, required: 2, missing: 2, participantsMale: 0, participantsFemale: 0 },
    },
    'GET /api/v1/sessions': { body: { ...page([], 0, 10, 0), totals: noTotals } },
  };
}

type Plan = Schemas['PlanView'];

/** Bình Lư's plan for the programme's period (2026–2030): the period every page's years come from. */
export function plan(overrides: Partial<Plan> = {}): Plan {
  const periodStart = overrides.periodStart ?? 2026;
  const periodEnd = overrides.periodEnd ?? 2030;
  return {
    id: 1,
    communeCode: '03390',
    communeName: 'Xã Bình Lư',
    title: `Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn ${periodStart}–${periodEnd}`,
    documentNumber: '45/KH-UBND',
    issuedOn: null,
    issuedText: `tháng 4 năm ${periodStart}`,
    signerName: 'Lò Văn Minh (minh họa)',
    signerTitle: 'Phó Chủ tịch',
    periodStart,
    periodEnd,
    startDate: `${periodStart}-01-01`,
    implementsPlan: 'Kế hoạch của Ủy ban nhân dân tỉnh Lai Châu',
    taskGroups: [],
    targets: [],
    version: 0,
    ...overrides,
  };
}

/** GET /api/v1/plans answering the given plans (Bình Lư's 2026–2030 one by default). */
export function plansHandler(plans: Plan[] = [plan()]) {
  return { 'GET /api/v1/plans': { body: page(plans, 0, 100, plans.length) } };
}

/** The handlers every session, campaign or unit page needs: the user, lists and options. */
export function programmeHandlers(me: Me) {
  return {
    'GET /api/v1/me': { body: me },
    ...plansHandler(),
    'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
    'GET /api/v1/units': { body: page([cultureOffice, healthStation], 0, 100, 2) },
    'GET /api/v1/villages': { body: page([village(1, '03390-01', 'Bản Nà Đon'), village(2, '03390-02', 'Bản Hợp 1')], 0, 100, 2) },
    'GET /api/v1/campaigns': { body: page([actionMonth], 0, 100, 1) },
    'GET /api/v1/reference-items': (request: { query: URLSearchParams }) => {
      const items = referenceItems[request.query.get('kind') as ReferenceItem['kind']] ?? [];
      return { body: page(items, 0, 100, items.length) };
    },
  };
}
