import { act, screen, waitFor, within } from '@testing-library/react';

import { coordinator, page, programmeHandlers, provinceAdmin, reporter, viewer } from '@/testing/data';
import {
  answersV1,
  assessedProduct,
  checklistHandlers,
  checklistV1,
  checklistV2,
  mediaProduct,
} from '@/testing/media-data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { formatDate, todayIso } from '@/utils/dates';

type User = ReturnType<typeof renderApp>['user'];

const waiting = mediaProduct({ id: 41, kind: 'BROADCAST', title: 'Chương trình phát thanh về Tháng hành động', publishedOn: '2026-11-20' });
const noHistory = { 'GET /api/v1/audit': { body: page([], 0, 10, 0) } };

async function choose(user: User, label: RegExp, option: string) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

const criterionBox = (index: number) => screen.getByRole('checkbox', { name: checklistV1.criteria[index]!.textVi });

describe('media products', () => {
  it('lists products by date, unit and kind with the result against their version’s threshold; filters live in the address and reach the API', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV2, checklistV1]),
      'GET /api/v1/media-products': { body: page([waiting, assessedProduct], 0, 20, 45) },
    });
    const { user, router } = renderApp('/media-products?year=2026&kind=VIDEO');

    const table = await screen.findByRole('table', { name: 'Danh sách sản phẩm truyền thông' });
    const passedRow = within(table).getByRole('row', { name: /Phụ nữ bản Nà Đon/ });
    expect(passedRow).toHaveTextContent('06/03/2026');
    expect(passedRow).toHaveTextContent('Trung tâm Dịch vụ tổng hợp');
    expect(passedRow).toHaveTextContent('Video, phóng sự');
    expect(within(passedRow).getByText('Đạt')).toBeInTheDocument();
    expect(await within(passedRow).findByText('4/5 tiêu chí đạt, ngưỡng 4 · PB 1')).toBeInTheDocument();
    expect(within(passedRow).getByRole('link', { name: assessedProduct.title })).toHaveAttribute('href', '/media-products/40');
    const waitingRow = within(table).getByRole('row', { name: /Chương trình phát thanh/ });
    expect(waitingRow).toHaveTextContent('20/11/2026');
    expect(waitingRow).toHaveTextContent('Chương trình phát thanh (loa truyền thanh)');
    expect(waitingRow).toHaveTextContent('Chưa đánh giá');
    // The threshold of the version the product was assessed with comes with the product: no extra request per version.
    expect(api.calls('GET /api/v1/media-checklists/1')).toHaveLength(0);

    const first = api.calls('GET /api/v1/media-products')[0]!.query;
    expect([first.get('year'), first.get('kind'), first.get('page'), first.get('size')]).toEqual(['2026', 'VIDEO', '0', '20']);
    expect(first.get('assessed')).toBeNull();

    await choose(user, /^Đánh giá/, 'Chưa đánh giá');
    await waitFor(() => expect(api.calls('GET /api/v1/media-products').at(-1)?.query.get('assessed')).toBe('false'));
    expect(router.state.location.search).toContain('assessed=false');
    expect(api.calls('GET /api/v1/media-products').at(-1)?.query.get('kind')).toBe('VIDEO');
    // "Chưa đạt" asks for the assessed products that did not pass, in place of the assessed filter.
    await choose(user, /^Đánh giá/, 'Chưa đạt');
    await waitFor(() => expect(api.calls('GET /api/v1/media-products').at(-1)?.query.get('passed')).toBe('false'));
    expect(api.calls('GET /api/v1/media-products').at(-1)?.query.get('assessed')).toBeNull();
    expect(router.state.location.search).toContain('passed=false');
    expect(router.state.location.search).not.toContain('assessed=');

    await user.click(screen.getByRole('button', { name: '3' }));
    await waitFor(() => expect(api.calls('GET /api/v1/media-products').at(-1)?.query.get('page')).toBe('2'));
    expect(router.state.location.search).toContain('page=3');
    expect(screen.getByText('Tổng số: 45')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ghi sản phẩm truyền thông' })).toHaveAttribute('href', '/media-products/new');
  });

  it('shows this year’s products by default and says so when nothing matches', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV1]),
      'GET /api/v1/media-products': { body: page([], 0, 20, 0) },
    });
    renderApp('/media-products');
    expect(await screen.findByText('Không có sản phẩm truyền thông nào khớp bộ lọc.')).toBeInTheDocument();
    const year = Number(todayIso().slice(0, 4));
    expect(api.calls('GET /api/v1/media-products')[0]?.query.get('year')).toBe(String(Math.min(2030, Math.max(2026, year))));
  });

  it('gives a viewer the products, their assessment and the checklist, but no way to record, change, assess or publish', async () => {
    const api = mockApi({
      ...programmeHandlers(viewer),
      ...checklistHandlers([checklistV1]),
      'GET /api/v1/media-products': { body: page([assessedProduct], 0, 20, 1) },
      'GET /api/v1/media-products/40': { body: assessedProduct },
      ...noHistory,
    });
    const { router } = renderApp('/media-products');
    await screen.findByRole('table', { name: 'Danh sách sản phẩm truyền thông' });
    expect(screen.queryByRole('link', { name: 'Ghi sản phẩm truyền thông' })).not.toBeInTheDocument();

    await act(() => router.navigate('/media-products/40'));
    expect(await screen.findByRole('table', { name: 'Kết quả từng tiêu chí' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu kết quả đánh giá' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(api.calls('GET /api/v1/audit')).toHaveLength(0);

    await act(() => router.navigate('/media-products/new'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();

    await act(() => router.navigate('/media-checklists'));
    expect(await screen.findByRole('table', { name: 'Các tiêu chí của phiên bản 1' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ban hành phiên bản mới' })).not.toBeInTheDocument();
  });

  it('starts a unit reporter on today and their own unit, which they cannot change, and records the product', async () => {
    const api = mockApi({
      ...programmeHandlers(reporter),
      ...checklistHandlers([checklistV1]),
      'POST /api/v1/media-products': (request) => ({ status: 201, body: mediaProduct({ id: 77, unitId: 4, unitName: 'Trạm Y tế xã Bình Lư', ...(request.body as object) }) }),
      'GET /api/v1/media-products/77': { body: mediaProduct({ id: 77, unitId: 4, unitName: 'Trạm Y tế xã Bình Lư', kind: 'SOCIAL_POST', title: 'Nam giới cùng chia sẻ việc nhà' }) },
    });
    const { user, router } = renderApp('/media-products/new');
    await screen.findByRole('form', { name: 'Ghi sản phẩm truyền thông' });

    const unit = screen.getByRole('textbox', { name: /^Đơn vị/ });
    expect(unit).toHaveValue('Trạm Y tế xã Bình Lư');
    expect(unit).toHaveAttribute('readonly');
    expect(screen.getByText('Bạn ghi nhận cho đơn vị của mình.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Ngày phát hành/)).toHaveValue(formatDate(todayIso()));

    await choose(user, /^Loại sản phẩm/, 'Bài đăng mạng xã hội');
    await user.type(screen.getByRole('textbox', { name: /^Tiêu đề/ }), '  Nam giới cùng chia sẻ việc nhà ');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/media-products/77'));
    expect(api.calls('POST /api/v1/media-products')[0]?.body).toEqual({
      unitId: 4,
      kind: 'SOCIAL_POST',
      title: 'Nam giới cùng chia sẻ việc nhà',
      publishedOn: todayIso(),
    });
    expect(await screen.findByText('Đã ghi sản phẩm truyền thông.')).toBeInTheDocument();
    // A reporter records, but the assessment belongs to the commune.
    expect(await screen.findByText('Sản phẩm chưa được đánh giá theo bộ tiêu chí giới.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu kết quả đánh giá' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/media-products/77/edit');
  });

  it('checks the obvious before sending, then shows the server’s field error beside its field', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'POST /api/v1/media-products': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'publishedOn', message: 'Ngày không được sau hôm nay (29/11/2026)' },
        ]),
    });
    const { user } = renderApp('/media-products/new');
    await screen.findByRole('form', { name: 'Ghi sản phẩm truyền thông' });

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByRole('combobox', { name: /^Đơn vị/ })).toHaveAccessibleDescription(expect.stringContaining('Bắt buộc nhập'));
    expect(screen.getByRole('textbox', { name: /^Tiêu đề/ })).toHaveAccessibleDescription(expect.stringContaining('Bắt buộc nhập'));
    expect(screen.getByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/media-products')).toHaveLength(0);

    await choose(user, /^Đơn vị/, 'Phòng Văn hóa – Xã hội');
    await choose(user, /^Loại sản phẩm/, 'Tờ rơi, pa-nô, áp phích');
    await user.type(screen.getByRole('textbox', { name: /^Tiêu đề/ }), 'Tờ rơi phòng, chống bạo lực gia đình');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const message = await screen.findByText('Ngày không được sau hôm nay (29/11/2026)');
    const date = screen.getByLabelText(/^Ngày phát hành/);
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.getByRole('textbox', { name: /^Tiêu đề/ })).toHaveValue('Tờ rơi phòng, chống bạo lực gia đình');
    expect(api.calls('POST /api/v1/media-products')[0]?.body).toMatchObject({ unitId: 1, kind: 'LEAFLET' });
  });

  it('sends the version read when changing a product; a stale version says so and reloads the newer one', async () => {
    let reads = 0;
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/media-products/40': () => {
        reads += 1;
        return { body: reads === 1 ? assessedProduct : { ...assessedProduct, title: 'Tiêu đề do người khác sửa', version: 2 } };
      },
      'PUT /api/v1/media-products/40': () => problem(409, 'stale-version', 'Bản ghi đã được người khác cập nhật.'),
    });
    const { user } = renderApp('/media-products/40/edit');
    const title = await screen.findByRole('textbox', { name: /^Tiêu đề/ });
    expect(title).toHaveValue(assessedProduct.title);
    await user.clear(title);
    await user.type(title, 'Phụ nữ Nà Đon làm chủ kinh tế');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Dữ liệu đã bị người khác thay đổi');
    expect(alert).toHaveTextContent('Sản phẩm này vừa được cập nhật ở nơi khác.');
    expect(api.calls('PUT /api/v1/media-products/40')[0]?.body).toEqual({
      unitId: 6,
      kind: 'VIDEO',
      title: 'Phụ nữ Nà Đon làm chủ kinh tế',
      publishedOn: '2026-03-06',
      version: 1,
    });

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Tiêu đề/ })).toHaveValue('Tiêu đề do người khác sửa'));
    expect(screen.queryByText('Dữ liệu đã bị người khác thay đổi')).not.toBeInTheDocument();
  });

  it('lets a unit reporter change their own unit’s products only', async () => {
    const own = mediaProduct({ id: 50, unitId: 4, unitName: 'Trạm Y tế xã Bình Lư' });
    const api = mockApi({
      ...programmeHandlers(reporter),
      ...checklistHandlers([checklistV1]),
      'GET /api/v1/media-products/40': { body: assessedProduct },
      'GET /api/v1/media-products/50': { body: own },
    });
    const { router } = renderApp('/media-products/40');
    expect(await screen.findByRole('heading', { name: assessedProduct.title })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();

    await act(() => router.navigate('/media-products/40/edit'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lưu' })).not.toBeInTheDocument();

    await act(() => router.navigate('/media-products/50/edit'));
    expect(await screen.findByRole('form', { name: 'Sửa sản phẩm truyền thông' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Đơn vị/ })).toHaveAttribute('readonly');
    expect(api.calls('PUT /api/v1/media-products/40')).toHaveLength(0);
  });
});

describe('media product assessment', () => {
  it('shows which criteria were met, the score against the threshold of the version used, and that a newer version exists', async () => {
    mockApi({
      ...programmeHandlers(viewer),
      ...checklistHandlers([checklistV2, checklistV1]),
      'GET /api/v1/media-products/40': { body: { ...assessedProduct, answers: { ...answersV1(3), GBV_ETHICS: true } } },
    });
    renderApp('/media-products/40');

    const criteria = await screen.findByRole('table', { name: 'Kết quả từng tiêu chí' });
    const rows = within(criteria).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toHaveTextContent('Có cả phụ nữ và nam giới là nguồn tin, người phát biểu');
    expect(rows[0]).toHaveTextContent('Đạt');
    expect(rows[3]).toHaveTextContent('Phụ nữ được thể hiện trong vai trò lãnh đạo, kinh tế');
    expect(rows[3]).toHaveTextContent('Không đạt');
    expect(rows[4]).toHaveTextContent('Đạt');

    const row = (label: string) => screen.getByRole('rowheader', { name: label }).closest('tr') as HTMLElement;
    expect(row('Kết luận')).toHaveTextContent('Đạt');
    expect(row('Số tiêu chí đạt')).toHaveTextContent('4/5');
    expect(row('Ngưỡng đạt')).toHaveTextContent('4/5 tiêu chí');
    expect(row('Bộ tiêu chí')).toHaveTextContent('Phiên bản 1 — Bộ tiêu chí giới cho sản phẩm truyền thông cấp xã (phiên bản 1)');
    expect(row('Người đánh giá')).toHaveTextContent('dieuphoi.binhlu, 10/03/2026 10:00');
    expect(
      await screen.findByText(
        'Sản phẩm được đánh giá theo phiên bản 1; phiên bản hiện hành là 2. Kết quả vẫn tính theo phiên bản đã dùng để đánh giá.',
      ),
    ).toBeInTheDocument();
  });

  it('re-assesses from the previous answers and sends an answer for every criterion of the version', async () => {
    let product = assessedProduct;
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV1]),
      ...noHistory,
      'GET /api/v1/media-products/40': () => ({ body: product }),
      'POST /api/v1/media-products/40/assessment': (request) => {
        const answers = (request.body as { answers: Record<string, boolean> }).answers;
        const met = Object.values(answers).filter(Boolean).length;
        product = { ...product, answers, criteriaMet: met, passed: met >= 4, assessedBy: 'dieuphoi.binhlu', version: 2 };
        return { body: product };
      },
    });
    const { user } = renderApp('/media-products/40');

    const form = await screen.findByRole('form', { name: 'Đánh giá lại' });
    expect(within(form).getByText('Đánh giá lại sẽ thay kết quả trước; các câu trả lời trước đã được điền sẵn.')).toBeInTheDocument();
    expect(criterionBox(0)).toBeChecked();
    expect(criterionBox(3)).toBeChecked();
    expect(criterionBox(4)).not.toBeChecked();
    expect(within(form).getByText('4/5 tiêu chí đạt; cần ít nhất 4 tiêu chí để đạt.')).toBeInTheDocument();
    expect(within(form).getByText('Sản phẩm sẽ được ghi là Đạt.')).toBeInTheDocument();

    await user.click(criterionBox(3));
    expect(within(form).getByText('3/5 tiêu chí đạt; cần ít nhất 4 tiêu chí để đạt.')).toBeInTheDocument();
    expect(within(form).getByText('Sản phẩm sẽ được ghi là Chưa đạt.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Lưu kết quả đánh giá' }));

    expect(await screen.findByText('Đã lưu kết quả đánh giá.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/media-products/40/assessment')[0]?.body).toEqual({
      checklistVersion: 1,
      answers: { BALANCED_SOURCES: true, NO_STEREOTYPES: true, NEUTRAL_LANGUAGE: true, WOMEN_LEADERSHIP: false, GBV_ETHICS: false },
      version: 1,
    });
    const conclusion = screen.getByRole('rowheader', { name: 'Kết luận' }).closest('tr') as HTMLElement;
    expect(conclusion).toHaveTextContent('Chưa đạt');
    expect(screen.getByRole('rowheader', { name: 'Số tiêu chí đạt' }).closest('tr')).toHaveTextContent('3/5');
    // The form starts again from the answers now recorded.
    await waitFor(() => expect(criterionBox(3)).not.toBeChecked());
  });

  it('assesses a new product with the current version, and lets a re-assessment choose the current version over the one used before', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV2, checklistV1]),
      ...noHistory,
      'GET /api/v1/media-products/41': { body: waiting },
      'GET /api/v1/media-products/40': { body: assessedProduct },
      'POST /api/v1/media-products/41/assessment': { body: { ...waiting, checklistVersion: 2, criteriaMet: 5, passed: true, version: 1 } },
    });
    const { user, router } = renderApp('/media-products/41');

    const form = await screen.findByRole('form', { name: 'Đánh giá sản phẩm' });
    expect(within(form).getAllByRole('checkbox')).toHaveLength(6);
    expect(within(form).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
    for (const index of [0, 1, 2, 4]) await user.click(criterionBox(index));
    await user.click(screen.getByRole('checkbox', { name: 'Có bản tiếng dân tộc (Thái, Mông, Dao)' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu kết quả đánh giá' }));
    await waitFor(() => expect(api.calls('POST /api/v1/media-products/41/assessment')).toHaveLength(1));
    expect(api.calls('POST /api/v1/media-products/41/assessment')[0]?.body).toEqual({
      checklistVersion: 2,
      answers: {
        BALANCED_SOURCES: true,
        NO_STEREOTYPES: true,
        NEUTRAL_LANGUAGE: true,
        WOMEN_LEADERSHIP: false,
        GBV_ETHICS: true,
        ETHNIC_LANGUAGE: true,
      },
      version: 0,
    });

    await act(() => router.navigate('/media-products/40'));
    const again = await screen.findByRole('form', { name: 'Đánh giá lại' });
    expect(within(again).getByRole('radio', { name: 'Phiên bản đã dùng (1)' })).toBeChecked();
    expect(await within(again).findAllByRole('checkbox')).toHaveLength(5);
    expect(criterionBox(0)).toBeChecked();
    await user.click(within(again).getByRole('radio', { name: 'Phiên bản hiện hành (2)' }));
    expect(within(again).getAllByRole('checkbox')).toHaveLength(6);
    expect(within(again).getAllByRole('checkbox').filter((box) => (box as HTMLInputElement).checked)).toHaveLength(0);
    expect(
      within(again).getByText('Sản phẩm đã được đánh giá theo phiên bản 1; đánh giá theo phiên bản khác sẽ thay kết quả đó.'),
    ).toBeInTheDocument();
  });

  it('does not overwrite an assessment made meanwhile: it says so and reloads the latest one', async () => {
    let reads = 0;
    const newer = { ...assessedProduct, answers: answersV1(5), criteriaMet: 5, assessedBy: 'quantri.binhlu', version: 2 };
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV1]),
      ...noHistory,
      'GET /api/v1/media-products/40': () => {
        reads += 1;
        return { body: reads === 1 ? assessedProduct : newer };
      },
      // The server compares the version read (1) with the product's (2, assessed meanwhile) and refuses.
      'POST /api/v1/media-products/40/assessment': problem(409, 'stale-version', 'Bản ghi đã được người khác cập nhật.'),
    });
    const { user } = renderApp('/media-products/40');
    const form = await screen.findByRole('form', { name: 'Đánh giá lại' });
    await user.click(criterionBox(0));
    await user.click(within(form).getByRole('button', { name: 'Lưu kết quả đánh giá' }));

    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Sản phẩm đã bị người khác thay đổi');
    expect((api.calls('POST /api/v1/media-products/40/assessment')[0]?.body as { version: number }).version).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(criterionBox(4)).toBeChecked());
    expect(screen.getByRole('rowheader', { name: 'Người đánh giá' }).closest('tr')).toHaveTextContent('quantri.binhlu');
    expect(screen.queryByText('Sản phẩm đã bị người khác thay đổi')).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of the answers at the criteria', async () => {
    mockApi({
      ...programmeHandlers(coordinator),
      ...checklistHandlers([checklistV1]),
      ...noHistory,
      'GET /api/v1/media-products/41': { body: waiting },
      'POST /api/v1/media-products/41/assessment': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'answers', message: 'Chưa trả lời các tiêu chí: GBV_ETHICS' },
        ]),
    });
    const { user } = renderApp('/media-products/41');
    const form = await screen.findByRole('form', { name: 'Đánh giá sản phẩm' });
    await user.click(within(form).getByRole('button', { name: 'Lưu kết quả đánh giá' }));
    // The message is the description of the group of criteria, read out with it.
    await within(form).findByText('Chưa trả lời các tiêu chí: GBV_ETHICS');
    const criteria = within(form).getByRole('group', { name: 'Các tiêu chí của phiên bản 1' });
    expect(criteria).toHaveAccessibleDescription(expect.stringContaining('Chưa trả lời các tiêu chí: GBV_ETHICS'));
    expect(within(criteria).getAllByRole('checkbox')).toHaveLength(5);
  });
});

describe('media checklist', () => {
  it('shows the current version’s criteria and threshold, the versions, and an earlier version on request', async () => {
    const api = mockApi({ ...programmeHandlers(coordinator), ...checklistHandlers([checklistV2, checklistV1]) });
    const { user, router } = renderApp('/media-checklists');

    const current = await screen.findByRole('table', { name: 'Các tiêu chí của phiên bản 2' });
    expect(within(current).getAllByRole('row')).toHaveLength(7);
    expect(within(current).getByRole('row', { name: /ETHNIC_LANGUAGE/ })).toHaveTextContent('Available in an ethnic language');
    expect(screen.getByRole('heading', { name: 'Phiên bản hiện hành: 2' })).toBeInTheDocument();
    expect(screen.getByText('Sản phẩm đạt khi đáp ứng ít nhất 5/6 tiêu chí.')).toBeInTheDocument();
    expect(screen.getByText(/Sản phẩm đã đánh giá giữ nguyên phiên bản và kết quả đã dùng khi đánh giá/)).toBeInTheDocument();

    const versions = screen.getByRole('table', { name: 'Các phiên bản của bộ tiêu chí giới' });
    const v1 = within(versions).getByRole('row', { name: /phiên bản 1\)/ });
    expect(v1).toHaveTextContent('5');
    expect(v1).toHaveTextContent('4');
    expect(within(versions).getByRole('row', { name: /phiên bản 2\)/ })).toHaveTextContent('Hiện hành');
    expect(api.calls('GET /api/v1/media-checklists').some((call) => call.query.get('size') === '10')).toBe(true);

    await user.click(within(v1).getByRole('button', { name: 'Xem phiên bản 1' }));
    expect(await screen.findByRole('table', { name: 'Các tiêu chí của phiên bản 1' })).toBeInTheDocument();
    expect(screen.getByText('Sản phẩm đạt khi đáp ứng ít nhất 4/5 tiêu chí.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?version=1');
  });

  it('offers publishing a version to the province-admin only: the checklist applies to every commune', async () => {
    mockApi({ ...programmeHandlers(coordinator), ...checklistHandlers([checklistV2, checklistV1]) });
    renderApp('/media-checklists');
    expect(await screen.findByRole('table', { name: 'Các tiêu chí của phiên bản 2' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ban hành phiên bản mới' })).not.toBeInTheDocument();
  });

  it('publishes the next version from a copy of the current one, placing the server’s errors on the right criterion', { timeout: 30_000 }, async () => {
    let attempts = 0;
    const v3 = { ...checklistV2, id: 3, version: 3, title: 'Bộ tiêu chí giới (phiên bản 3)', createdAt: '2026-11-29T02:00:00Z' };
    const api = mockApi({
      ...programmeHandlers(provinceAdmin),
      ...checklistHandlers([checklistV2, checklistV1]),
      'POST /api/v1/media-checklists': (request) => {
        attempts += 1;
        if (attempts === 1) {
          return problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
            { field: 'criteria[6].code', message: 'Mã tiêu chí BALANCED_SOURCES bị trùng' },
          ]);
        }
        return { status: 201, body: { ...v3, ...(request.body as object) } };
      },
    });
    const { user } = renderApp('/media-checklists');
    await user.click(await screen.findByRole('button', { name: 'Ban hành phiên bản mới' }));
    const form = await screen.findByRole('form', { name: 'Ban hành phiên bản 3' });
    expect(within(form).getAllByRole('group', { name: /^Tiêu chí \d/ })).toHaveLength(6);
    expect(within(form).getByRole('textbox', { name: /^Ngưỡng đạt/ })).toHaveValue('5');

    await user.type(within(form).getByRole('textbox', { name: /^Tên phiên bản/ }), 'Bộ tiêu chí giới (phiên bản 3)');
    await user.click(within(form).getByRole('button', { name: 'Thêm tiêu chí' }));
    const seventh = within(form).getByRole('group', { name: 'Tiêu chí 7' });
    await user.type(within(seventh).getByRole('textbox', { name: /^Mã/ }), 'no victim blaming');
    expect(within(seventh).getByRole('textbox', { name: /^Mã/ })).toHaveValue('NO_VICTIM_BLAMING');
    await user.type(within(seventh).getByRole('textbox', { name: /tiếng Việt/ }), 'Không đổ lỗi cho nạn nhân');
    const threshold = within(form).getByRole('textbox', { name: /^Ngưỡng đạt/ });
    await user.clear(threshold);
    await user.type(threshold, '8');
    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));

    // Checked before sending: the English wording is missing and the threshold exceeds the criteria.
    expect(within(seventh).getByRole('textbox', { name: /tiếng Anh/ })).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(threshold).toHaveAccessibleDescription(expect.stringContaining('Nhập số nguyên từ 1 đến 7'));
    expect(api.calls('POST /api/v1/media-checklists')).toHaveLength(0);

    await user.type(within(seventh).getByRole('textbox', { name: /tiếng Anh/ }), 'No victim blaming');
    await user.clear(threshold);
    await user.type(threshold, '6');
    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));
    const codeError = await within(seventh).findByText('Mã tiêu chí BALANCED_SOURCES bị trùng');
    expect(within(seventh).getByRole('textbox', { name: /^Mã/ }).getAttribute('aria-describedby')?.split(' ')).toContain(codeError.id);

    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));
    expect(await screen.findByText('Đã ban hành phiên bản 3 của bộ tiêu chí.')).toBeInTheDocument();
    const body = api.calls('POST /api/v1/media-checklists')[1]?.body as { title: string; threshold: number; criteria: unknown[] };
    expect(body.title).toBe('Bộ tiêu chí giới (phiên bản 3)');
    expect(body.threshold).toBe(6);
    expect(body.criteria).toHaveLength(7);
    expect(body.criteria[0]).toEqual(checklistV2.criteria[0]);
    expect(body.criteria[6]).toEqual({ code: 'NO_VICTIM_BLAMING', textVi: 'Không đổ lỗi cho nạn nhân', textEn: 'No victim blaming' });
    expect(await screen.findByRole('heading', { name: 'Phiên bản hiện hành: 3' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ban hành phiên bản 3' })).not.toBeInTheDocument();
  });

  it('says another version was published meanwhile instead of publishing over it', async () => {
    mockApi({
      ...programmeHandlers(provinceAdmin),
      ...checklistHandlers([checklistV1]),
      'POST /api/v1/media-checklists': () => problem(409, 'conflict', 'Phiên bản 2 đã tồn tại.'),
    });
    const { user } = renderApp('/media-checklists');
    await user.click(await screen.findByRole('button', { name: 'Ban hành phiên bản mới' }));
    const form = await screen.findByRole('form', { name: 'Ban hành phiên bản 2' });
    await user.type(within(form).getByRole('textbox', { name: /^Tên phiên bản/ }), 'Phiên bản 2');
    await user.click(within(form).getByRole('button', { name: 'Ban hành' }));
    const alert = await within(form).findByRole('alert');
    expect(alert).toHaveTextContent('Đã có phiên bản mới hơn');
    expect(within(alert).getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
  });
});
