import { screen, within } from '@testing-library/react';

import { loadDictionary } from '@/lib/i18n';
import { resetLanguageFromStorage } from '@/lib/i18n/language';
import { conventionHandlers, naDonConvention, naDonFirstReview, naDonLatestReview } from '@/testing/conventions-data';
import { coordinator, page, programmeHandlers, viewer } from '@/testing/data';
import { assessedProduct, checklistHandlers, checklistV1 } from '@/testing/media-data';
import { mockApi } from '@/testing/mock-api';
import { meanScoreRound, surveyResult } from '@/testing/surveys-data';
import { renderApp } from '@/testing/test-utils';

type Me = typeof coordinator;
type Change = { field: string; before: unknown; after: unknown };
type Action = 'CREATED' | 'UPDATED';

// The history of the records of targets 2–5 as GET /api/v1/audit returns it (AuditEntryView):
// each change holds the field of the record's view, before → after, as the server's snapshot wrote it.
function entry(entityType: string, entityId: number, id: number, action: Action, changedBy: string, changedAt: string, changes: Change[]) {
  return { id, entityType, entityId, action, changedBy, changedAt, changes };
}
const created = (field: string, after: unknown): Change => ({ field, before: null, after });
const changed = (field: string, before: unknown, after: unknown): Change => ({ field, before, after });

/** A review inside a convention's snapshot: the server writes its dates as ISO text. */
const reviewSnapshot = (review: typeof naDonFirstReview) => ({ ...review, recordedAt: '2026-03-10T10:00:00+07:00' });

const conventionHistory = [
  entry('CONVENTION', 11, 23, 'UPDATED', 'dieuphoi.binhlu', '2026-09-01T03:05:00Z', [
    changed('latestReview', reviewSnapshot(naDonFirstReview), reviewSnapshot(naDonLatestReview)),
    changed('standing', 'DISCRIMINATION_FOUND', 'NO_DISCRIMINATION'),
  ]),
  entry('CONVENTION', 11, 22, 'UPDATED', 'dieuphoi.binhlu', '2026-05-04T02:00:00Z', [
    changed('decisionNumber', null, '45/QĐ-UBND'),
    changed('decisionDate', null, '2019-06-12'),
    changed('status', 'IN_FORCE', 'BEING_AMENDED'),
  ]),
  entry('CONVENTION', 11, 21, 'CREATED', 'dieuphoi.binhlu', '2026-03-02T01:00:00Z', [
    created('villageId', 1),
    created('villageCode', '03390-01'),
    created('villageName', 'Bản Nà Đon'),
    created('communeCode', '03390'),
    created('title', 'Hương ước bản Nà Đon'),
    created('conventionStatus', 'IN_FORCE'),
    created('standing', 'NOT_REVIEWED'),
  ]),
];

const surveyHistory = [
  entry('SURVEY_ROUND', 5, 32, 'UPDATED', 'dieuphoi.binhlu', '2026-06-12T08:30:00Z', [
    changed('measure', 'THRESHOLD', 'MEAN_SCORE'),
    changed('threshold', 7, null),
    changed('scaleMax', 10, 5),
    changed('results', [surveyResult('ETHNIC', 'M', 30, 12), surveyResult('ETHNIC', 'F', 10, 6)], [
      surveyResult('ETHNIC', 'M', 30, null, 3.2),
      surveyResult('ETHNIC', 'F', 10, null, 4),
    ]),
  ]),
  entry('SURVEY_ROUND', 5, 31, 'CREATED', 'dieuphoi.binhlu', '2026-06-11T02:00:00Z', [
    created('communeCode', '03390'),
    created('name', 'Khảo sát giữa kỳ 2026'),
    created('conductedOn', '2026-06-10'),
    created('year', 2026),
    created('method', 'Phiếu hỏi 10 câu đúng/sai, phỏng vấn trực tiếp bằng KoboToolbox'),
    created('baseline', false),
    created('measure', 'THRESHOLD'),
    created('threshold', 7),
    created('scaleMax', 10),
    created('results', []),
  ]),
];

// The server keeps a product's answers sorted by criterion code.
const answers = { BALANCED_SOURCES: true, GBV_ETHICS: false, NEUTRAL_LANGUAGE: true, NO_STEREOTYPES: true, WOMEN_LEADERSHIP: true };
const mediaHistory = [
  entry('MEDIA_PRODUCT', 40, 43, 'UPDATED', 'dieuphoi.binhlu', '2026-03-10T03:00:00Z', [
    changed('checklistVersion', null, 1),
    changed('answers', null, answers),
    changed('criteriaMet', null, 4),
    changed('criteriaCount', null, 5),
    changed('threshold', null, 4),
    changed('passed', null, true),
    changed('assessedBy', null, 'dieuphoi.binhlu'),
    changed('assessedAt', null, '2026-03-10T10:00:00+07:00'),
  ]),
  entry('MEDIA_PRODUCT', 40, 42, 'UPDATED', 'baocao.ttdvth', '2026-03-07T01:00:00Z', [
    changed('kind', 'NEWS', 'VIDEO'),
    changed('publishedOn', '2026-03-05', '2026-03-06'),
  ]),
  entry('MEDIA_PRODUCT', 40, 41, 'CREATED', 'baocao.ttdvth', '2026-03-06T09:00:00Z', [
    created('unitId', 6),
    created('unitCode', 'TTDVTH'),
    created('unitName', 'Trung tâm Dịch vụ tổng hợp'),
    created('communeCode', '03390'),
    created('kind', 'NEWS'),
    created('title', 'Phụ nữ bản Nà Đon làm chủ vườn chè'),
    created('publishedOn', '2026-03-05'),
  ]),
];

const plan = {
  id: 12,
  unitId: 4,
  unitCode: 'TYT',
  unitName: 'Trạm Y tế xã Bình Lư',
  communeCode: '03390',
  year: 2026,
  documentNumber: '25/KH-TYT',
  documentDate: '2026-10-28',
  summary: 'Treo băng rôn, phát thanh song ngữ Việt – Thái.',
  filedOn: '2026-11-02',
  receivedOn: '2026-11-02',
  onTime: true,
  attachment: { fileName: 'ke-hoach-thang-hanh-dong-2026.pdf', contentType: 'application/pdf', sizeBytes: 184320, sha256: 'ab'.repeat(32) },
  version: 1,
};
const planHistory = [
  entry('ACTION_MONTH_PLAN', 12, 52, 'UPDATED', 'baocao.tramyte', '2026-11-03T02:00:00Z', [
    changed('documentNumber', '24/KH-TYT', '25/KH-TYT'),
    changed('attachment', null, plan.attachment),
  ]),
  entry('ACTION_MONTH_PLAN', 12, 51, 'CREATED', 'baocao.tramyte', '2026-11-02T02:00:00Z', [
    created('unitId', 4),
    created('unitCode', 'TYT'),
    created('unitName', 'Trạm Y tế xã Bình Lư'),
    created('communeCode', '03390'),
    created('year', 2026),
    created('documentNumber', '24/KH-TYT'),
    created('documentDate', '2026-10-28'),
    created('summary', plan.summary),
    created('filedOn', '2026-11-02'),
    created('onTime', true),
  ]),
];

const conventionPage = (me: Me) => conventionHandlers(me);
const surveyPage = (me: Me) => ({ ...programmeHandlers(me), 'GET /api/v1/survey-rounds/5': { body: meanScoreRound } });
const mediaPage = (me: Me) => ({
  ...programmeHandlers(me),
  ...checklistHandlers([checklistV1]),
  'GET /api/v1/media-products/40': { body: { ...assessedProduct, answers } },
});
const planPage = (me: Me) => ({ ...programmeHandlers(me), 'GET /api/v1/action-month-plans/12': { body: plan } });

const audit = (entries: unknown[]) => ({ 'GET /api/v1/audit': { body: page(entries, 0, 10, entries.length) } });

/** The history's entries, newest first, once they are on screen. */
async function historyEntries(name = 'Lịch sử thay đổi') {
  const section = await screen.findByRole('region', { name });
  return { section, entries: await within(section).findAllByTestId('history-entry') };
}

/** The row of an entry's table for one field: its label, the value before, the value after. */
function row(entryElement: HTMLElement, label: string) {
  const cells = within(within(entryElement).getByRole('cell', { name: label }).closest('tr') as HTMLElement).getAllByRole('cell');
  return { before: cells[1]!, after: cells[2]! };
}

/** The labels of an entry's rows, in order. */
function labels(entryElement: HTMLElement) {
  return within(entryElement)
    .getAllByRole('row')
    .slice(1)
    .map((tr) => within(tr).getAllByRole('cell')[0]!.textContent);
}

/** The lines of a list value (survey results, assessment answers). */
function lines(cell: HTMLElement) {
  return within(cell)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
}

describe('history of the records of targets 2–5', () => {
  it('reads a convention’s history: legal status and standing by their names, dates dd/MM/yyyy, the latest review as date — conclusion', async () => {
    const api = mockApi({ ...conventionPage(coordinator), ...audit(conventionHistory) });
    renderApp('/conventions/11');
    expect(await screen.findByRole('heading', { name: naDonConvention.title })).toBeInTheDocument();

    const { section, entries } = await historyEntries();
    const [review, amended, creation] = entries as [HTMLElement, HTMLElement, HTMLElement];

    expect(within(review).getByText('Cập nhật')).toBeInTheDocument();
    expect(within(review).getByText('01/09/2026 10:05')).toBeInTheDocument();
    const latest = row(review, 'Lần rà soát mới nhất');
    expect(latest.before).toHaveTextContent(/^10\/03\/2026 — Có nội dung phân biệt đối xử về giới \(Số điều khoản cần sửa: 2\)$/);
    expect(latest.after).toHaveTextContent(/^01\/09\/2026 — Không có nội dung phân biệt đối xử về giới$/);
    const standing = row(review, 'Kết quả rà soát về giới');
    expect(standing.before).toHaveTextContent(/^Còn nội dung cần sửa$/);
    expect(standing.after).toHaveTextContent(/^Không có nội dung phân biệt đối xử về giới$/);

    const status = row(amended, 'Trạng thái hiệu lực');
    expect(status.before).toHaveTextContent(/^Đang có hiệu lực$/);
    expect(status.after).toHaveTextContent(/^Đang sửa đổi, bổ sung$/);
    expect(row(amended, 'Số quyết định công nhận').before).toHaveTextContent(/^—$/);
    expect(row(amended, 'Số quyết định công nhận').after).toHaveTextContent(/^45\/QĐ-UBND$/);
    expect(row(amended, 'Ngày quyết định công nhận').after).toHaveTextContent(/^12\/06\/2019$/);

    // The village by its name; its id, code and the commune's code stay out of the way.
    expect(within(creation).getByText('Tạo mới')).toBeInTheDocument();
    expect(labels(creation)).toEqual(['Bản', 'Tiêu đề', 'Trạng thái hiệu lực', 'Kết quả rà soát về giới']);
    expect(row(creation, 'Bản').after).toHaveTextContent(/^Bản Nà Đon$/);
    expect(row(creation, 'Kết quả rà soát về giới').after).toHaveTextContent(/^Chưa rà soát$/);

    // No raw codes, field names or JSON anywhere in the history.
    for (const raw of ['IN_FORCE', 'BEING_AMENDED', 'DISCRIMINATION_FOUND', 'latestReview', 'conventionStatus', '03390', '{', 'reviewers']) {
      expect(section).not.toHaveTextContent(raw);
    }
    expect(Object.fromEntries(api.calls('GET /api/v1/audit')[0]?.query ?? [])).toMatchObject({ entityType: 'CONVENTION', entityId: '11' });
  });

  it('reads a survey round’s history: the measure by its name, decimals the Vietnamese way, results one line per group and sex', async () => {
    const api = mockApi({ ...surveyPage(coordinator), ...audit(surveyHistory) });
    renderApp('/surveys/5');
    expect(await screen.findByRole('heading', { name: meanScoreRound.name })).toBeInTheDocument();

    const { section, entries } = await historyEntries();
    const [update, creation] = entries as [HTMLElement, HTMLElement];

    expect(labels(update)).toEqual(['Cách đo nhận thức', 'Ngưỡng đạt', 'Điểm tối đa của thang', 'Kết quả theo nhóm đối tượng và giới tính']);
    expect(row(update, 'Cách đo nhận thức').before).toHaveTextContent(/^Theo ngưỡng điểm$/);
    expect(row(update, 'Cách đo nhận thức').after).toHaveTextContent(/^Theo điểm trung bình$/);
    expect(row(update, 'Ngưỡng đạt').before).toHaveTextContent(/^7$/);
    expect(row(update, 'Ngưỡng đạt').after).toHaveTextContent(/^—$/);
    const results = row(update, 'Kết quả theo nhóm đối tượng và giới tính');
    expect(lines(results.before)).toEqual([
      'Đồng bào dân tộc thiểu số – Nam · Số người trả lời: 30 · Số người đạt ngưỡng: 12',
      'Đồng bào dân tộc thiểu số – Nữ · Số người trả lời: 10 · Số người đạt ngưỡng: 6',
    ]);
    expect(lines(results.after)).toEqual([
      'Đồng bào dân tộc thiểu số – Nam · Số người trả lời: 30 · Điểm trung bình: 3,2',
      'Đồng bào dân tộc thiểu số – Nữ · Số người trả lời: 10 · Điểm trung bình: 4',
    ]);

    // A new round: its date dd/MM/yyyy, yes/no in words; its year (shown on the page) and an
    // empty result list (nothing → nothing) are left out.
    expect(labels(creation)).toEqual([
      'Tên',
      'Ngày khảo sát',
      'Phương pháp khảo sát',
      'Đợt khảo sát nền',
      'Cách đo nhận thức',
      'Ngưỡng đạt',
      'Điểm tối đa của thang',
    ]);
    expect(row(creation, 'Ngày khảo sát').after).toHaveTextContent(/^10\/06\/2026$/);
    expect(row(creation, 'Đợt khảo sát nền').after).toHaveTextContent(/^Không$/);

    for (const raw of ['THRESHOLD', 'MEAN_SCORE', 'ETHNIC', 'groupId', '{', '2026-06-10']) {
      expect(section).not.toHaveTextContent(raw);
    }
    expect(Object.fromEntries(api.calls('GET /api/v1/audit')[0]?.query ?? [])).toMatchObject({ entityType: 'SURVEY_ROUND', entityId: '5' });
  });

  it('reads a media product’s history: its kind by name, the assessment’s answers criterion by criterion, its result in words', async () => {
    const api = mockApi({ ...mediaPage(coordinator), ...audit(mediaHistory) });
    renderApp('/media-products/40');
    expect(await screen.findByRole('heading', { name: assessedProduct.title })).toBeInTheDocument();

    const { section, entries } = await historyEntries();
    const [assessment, edit, creation] = entries as [HTMLElement, HTMLElement, HTMLElement];

    expect(within(assessment).getByText('10/03/2026 10:00', { selector: 'p' })).toBeInTheDocument();
    expect(row(assessment, 'Bộ tiêu chí đã dùng').after).toHaveTextContent(/^Phiên bản 1$/);
    const answered = row(assessment, 'Kết quả từng tiêu chí');
    expect(answered.before).toHaveTextContent(/^—$/);
    expect(lines(answered.after)).toEqual([
      'BALANCED_SOURCES: Đạt',
      'GBV_ETHICS: Không đạt',
      'NEUTRAL_LANGUAGE: Đạt',
      'NO_STEREOTYPES: Đạt',
      'WOMEN_LEADERSHIP: Đạt',
    ]);
    expect(row(assessment, 'Số tiêu chí đạt').after).toHaveTextContent(/^4$/);
    expect(row(assessment, 'Số tiêu chí của bộ tiêu chí').after).toHaveTextContent(/^5$/);
    expect(row(assessment, 'Ngưỡng đạt').after).toHaveTextContent(/^4$/);
    expect(row(assessment, 'Kết luận đánh giá').after).toHaveTextContent(/^Đạt$/);
    expect(row(assessment, 'Người đánh giá').after).toHaveTextContent(/^dieuphoi\.binhlu$/);
    expect(row(assessment, 'Thời điểm đánh giá').after).toHaveTextContent(/^10\/03\/2026 10:00$/);

    expect(row(edit, 'Loại').before).toHaveTextContent(/^Tin, bài trên trang thông tin điện tử$/);
    expect(row(edit, 'Loại').after).toHaveTextContent(/^Video, phóng sự$/);
    expect(row(edit, 'Ngày phát hành').before).toHaveTextContent(/^05\/03\/2026$/);
    expect(row(edit, 'Ngày phát hành').after).toHaveTextContent(/^06\/03\/2026$/);

    // The unit by its name: its id, code and the commune's code are bookkeeping.
    expect(labels(creation)).toEqual(['Đơn vị', 'Loại', 'Tiêu đề', 'Ngày phát hành']);
    expect(row(creation, 'Đơn vị').after).toHaveTextContent(/^Trung tâm Dịch vụ tổng hợp$/);

    for (const raw of ['NEWS', 'VIDEO', 'TTDVTH', 'true', '{']) {
      expect(section).not.toHaveTextContent(raw);
    }
    expect(Object.fromEntries(api.calls('GET /api/v1/audit')[0]?.query ?? [])).toMatchObject({ entityType: 'MEDIA_PRODUCT', entityId: '40' });
  });

  it('reads an Action Month plan’s history: on time in words, the signed document by its file name', async () => {
    const api = mockApi({ ...planPage(coordinator), ...audit(planHistory) });
    renderApp('/action-month-plans/12');

    const { entries } = await historyEntries();
    const [update, creation] = entries as [HTMLElement, HTMLElement];
    expect(row(update, 'Số văn bản').before).toHaveTextContent(/^24\/KH-TYT$/);
    expect(row(update, 'Văn bản kế hoạch đã ký').after).toHaveTextContent(/^ke-hoach-thang-hanh-dong-2026\.pdf$/);
    expect(labels(creation)).toEqual(['Đơn vị', 'Số văn bản', 'Ngày ký văn bản', 'Tóm tắt các hoạt động dự kiến', 'Ngày nộp', 'Nộp đúng hạn (trước 15/11)']);
    expect(row(creation, 'Nộp đúng hạn (trước 15/11)').after).toHaveTextContent(/^Có$/);
    expect(row(creation, 'Ngày nộp').after).toHaveTextContent(/^02\/11\/2026$/);
    expect(Object.fromEntries(api.calls('GET /api/v1/audit')[0]?.query ?? [])).toMatchObject({ entityType: 'ACTION_MONTH_PLAN', entityId: '12' });
  });

  it('reads the history in English when the interface is in English', async () => {
    window.localStorage.setItem('binhdang.language', 'en');
    resetLanguageFromStorage();
    await loadDictionary('en');
    mockApi({ ...conventionPage(coordinator), ...audit(conventionHistory) });
    renderApp('/conventions/11');

    const { entries } = await historyEntries('History of changes');
    const [review, amended] = entries as [HTMLElement, HTMLElement];
    expect(row(amended, 'Legal status').before).toHaveTextContent(/^In force$/);
    expect(row(amended, 'Legal status').after).toHaveTextContent(/^Being amended$/);
    expect(row(review, 'Latest review').before).toHaveTextContent(
      /^10\/03\/2026 — Gender-discriminatory provisions found \(Provisions to amend: 2\)$/,
    );
    expect(row(review, 'Review finding on gender').after).toHaveTextContent(/^No gender-discriminatory provision$/);
  });

  it.each([
    ['convention', '/conventions/11', conventionPage, naDonConvention.title],
    ['survey round', '/surveys/5', surveyPage, meanScoreRound.name],
    ['media product', '/media-products/40', mediaPage, assessedProduct.title],
  ] as const)('shows a viewer no history of a %s and never asks for it', async (_, route, handlers, heading) => {
    const api = mockApi({ ...handlers(viewer), ...audit(conventionHistory) });
    renderApp(route);
    expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Lịch sử thay đổi' })).not.toBeInTheDocument();
    expect(api.calls('GET /api/v1/audit')).toHaveLength(0);
  });
});
