import type { Schemas } from '@/lib/api';

import { page } from './data';

type MediaProduct = Schemas['MediaProductView'];
type MediaChecklist = Schemas['MediaChecklistView'];

// The gender checklist as the database seeds it (version 1), and a later version that adds a
// criterion and raises the threshold.
export const checklistV1: MediaChecklist = {
  id: 1,
  version: 1,
  title: 'Bộ tiêu chí giới cho sản phẩm truyền thông cấp xã (phiên bản 1)',
  threshold: 4,
  criteria: [
    { code: 'BALANCED_SOURCES', textVi: 'Có cả phụ nữ và nam giới là nguồn tin, người phát biểu', textEn: 'Women and men both appear as sources and speakers' },
    { code: 'NO_STEREOTYPES', textVi: 'Không khắc họa phụ nữ, nam giới theo khuôn mẫu giới', textEn: 'No stereotyped portrayal of women or men' },
    { code: 'NEUTRAL_LANGUAGE', textVi: 'Ngôn ngữ trung tính về giới, không miệt thị', textEn: 'Gender-neutral, non-demeaning language' },
    { code: 'WOMEN_LEADERSHIP', textVi: 'Phụ nữ được thể hiện trong vai trò lãnh đạo, kinh tế', textEn: 'Women shown in leadership and economic roles' },
    { code: 'GBV_ETHICS', textVi: 'Tin về bạo lực giới không đổ lỗi, không để lộ danh tính nạn nhân', textEn: 'GBV reported without blaming or identifying victims' },
  ],
  createdBy: 'system',
  createdAt: '2026-01-01T00:00:00Z',
};

export const checklistV2: MediaChecklist = {
  id: 2,
  version: 2,
  title: 'Bộ tiêu chí giới cho sản phẩm truyền thông cấp xã (phiên bản 2)',
  threshold: 5,
  criteria: [
    ...checklistV1.criteria,
    { code: 'ETHNIC_LANGUAGE', textVi: 'Có bản tiếng dân tộc (Thái, Mông, Dao)', textEn: 'Available in an ethnic language (Thái, Mông, Dao)' },
  ],
  createdBy: 'dieuphoi.binhlu',
  createdAt: '2026-09-01T02:00:00Z',
};

export function mediaProduct(overrides: Partial<MediaProduct> & Pick<MediaProduct, 'id'>): MediaProduct {
  return {
    unitId: 6,
    unitCode: 'TTDVTH',
    unitName: 'Trung tâm Dịch vụ tổng hợp',
    communeCode: '03390',
    kind: 'VIDEO',
    title: 'Phụ nữ bản Nà Đon làm chủ vườn chè',
    publishedOn: '2026-03-06',
    checklistVersion: null,
    answers: null,
    criteriaMet: null,
    criteriaCount: null,
    threshold: null,
    passed: null,
    assessedBy: null,
    assessedAt: null,
    version: 0,
    ...overrides,
  };
}

/** Version 1's answers: the first `met` criteria met, the rest not. */
export function answersV1(met: number): Record<string, boolean> {
  return Object.fromEntries(checklistV1.criteria.map((c, i) => [c.code, i < met]));
}

export const assessedProduct = mediaProduct({
  id: 40,
  checklistVersion: 1,
  answers: answersV1(4),
  criteriaMet: 4,
  criteriaCount: 5,
  threshold: 4,
  passed: true,
  assessedBy: 'dieuphoi.binhlu',
  assessedAt: '2026-03-10T03:00:00Z',
  version: 1,
});

/** The checklist's endpoints, with `current` the newest of the versions given (newest first). */
export function checklistHandlers(versions: MediaChecklist[]) {
  return {
    'GET /api/v1/media-checklists': (request: { query: URLSearchParams }) => {
      const size = Number(request.query.get('size') ?? '20');
      const index = Number(request.query.get('page') ?? '0');
      return { body: page(versions.slice(index * size, index * size + size), index, size, versions.length) };
    },
    ...Object.fromEntries(versions.map((v) => [`GET /api/v1/media-checklists/${v.version}`, { body: v }])),
  };
}
