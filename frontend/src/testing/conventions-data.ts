import type { Schemas } from '@/lib/api';

import { page, programmeHandlers } from './data';

type Me = Schemas['MeView'];
type Convention = Schemas['ConventionView'];
type Review = Schemas['ConventionReviewView'];

// Village conventions of Bình Lư (fictional texts) and their gender-equality reviews (target 5).
export function conventionReview(overrides: Partial<Review> & Pick<Review, 'id'>): Review {
  return {
    conventionId: 11,
    reviewedOn: '2026-09-01',
    reviewers: 'Tổ rà soát của UBND xã: Phòng VH-XH, Hội LHPN, Trưởng bản',
    noDiscrimination: true,
    clauses: [],
    recordedBy: 'dieuphoi.binhlu',
    recordedAt: '2026-09-01T03:00:00Z',
    ...overrides,
  };
}

/** The earlier review of Nà Đon's convention: two provisions to amend. */
export const naDonFirstReview = conventionReview({
  id: 7,
  reviewedOn: '2026-03-10',
  recordedAt: '2026-03-10T03:00:00Z',
  noDiscrimination: false,
  clauses: [
    {
      text: 'Điều 12: Đất vườn của gia đình chỉ chia cho con trai.',
      category: 'INHERITANCE_SONS_ONLY',
      recommendation: 'Sửa thành: con trai, con gái được chia như nhau.',
      followUp: null,
    },
    {
      text: 'Điều 20: Chỉ chủ hộ là nam được dự họp bản.',
      category: 'WOMEN_EXCLUDED_FROM_MEETINGS',
      recommendation: 'Sửa thành: mọi người từ đủ 18 tuổi được dự họp bản.',
      followUp: 'Bản đã sửa tại cuộc họp ngày 15/08/2026.',
    },
  ],
});

/** The latest review of Nà Đon's convention: nothing discriminatory left. */
export const naDonLatestReview = conventionReview({ id: 8 });

export function convention(overrides: Partial<Convention> & Pick<Convention, 'id'>): Convention {
  return {
    villageId: 1,
    villageCode: '03390-01',
    villageName: 'Bản Nà Đon',
    communeCode: '03390',
    title: 'Hương ước bản Nà Đon',
    decisionNumber: '45/QĐ-UBND',
    decisionDate: '2019-06-12',
    status: 'IN_FORCE',
    latestReview: null,
    standing: 'NOT_REVIEWED',
    version: 0,
    ...overrides,
  };
}

export const naDonConvention = convention({ id: 11, latestReview: naDonLatestReview, standing: 'NO_DISCRIMINATION', version: 3 });

export const hop1Convention = convention({
  id: 12,
  villageId: 2,
  villageCode: '03390-02',
  villageName: 'Bản Hợp 1',
  title: 'Quy ước bản Hợp 1',
  decisionNumber: null,
  decisionDate: null,
  status: 'BEING_AMENDED',
  latestReview: { ...naDonFirstReview, id: 9, conventionId: 12 },
  standing: 'DISCRIMINATION_FOUND',
});

export const annulledConvention = convention({
  id: 13,
  villageId: 2,
  villageCode: '03390-02',
  villageName: 'Bản Hợp 1',
  title: 'Hương ước cũ bản Hợp 1',
  decisionNumber: '12/QĐ-UBND',
  decisionDate: '2010-03-01',
  status: 'ANNULLED',
});

export const conventions = [naDonConvention, hop1Convention, annulledConvention];

/** What the conventions pages ask of the API, for a user. */
export function conventionHandlers(me: Me) {
  return {
    ...programmeHandlers(me),
    'GET /api/v1/conventions': { body: page(conventions, 0, 20, conventions.length) },
    'GET /api/v1/conventions/11': { body: naDonConvention },
    'GET /api/v1/conventions/12': { body: hop1Convention },
    'GET /api/v1/conventions/13': { body: annulledConvention },
    'GET /api/v1/conventions/11/reviews': { body: page([naDonLatestReview, naDonFirstReview], 0, 10, 2) },
    'GET /api/v1/conventions/13/reviews': { body: page([], 0, 10, 0) },
    'GET /api/v1/conventions/11/reviews/7': { body: naDonFirstReview },
    'GET /api/v1/conventions/11/reviews/8': { body: naDonLatestReview },
    // The change history a coordinator sees on the convention page.
    'GET /api/v1/audit': { body: page([], 0, 10, 0) },
  };
}
