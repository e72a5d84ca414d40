import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import {
  annulledConvention,
  conventionHandlers,
  conventions,
  naDonConvention,
  naDonFirstReview,
} from '@/testing/conventions-data';
import { communes, coordinator, page, plan, plansHandler, provinceUser, reporter, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { formatDate, todayIso } from '@/utils/dates';

type User = ReturnType<typeof renderApp>['user'];

/** Puts a text in a field at once (typing long texts letter by letter is slow and proves nothing more). */
async function fill(user: User, field: HTMLElement, text: string) {
  await user.click(field);
  await user.paste(text);
}

async function choose(user: User, field: HTMLElement, option: string) {
  await user.click(field);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The error message an input points to with aria-describedby. */
function describedError(input: HTMLElement, message: string) {
  expect(input).toHaveAttribute('aria-invalid', 'true');
  const shown = screen.getAllByText(message).find((node) => input.getAttribute('aria-describedby')?.split(' ').includes(node.id));
  expect(shown).toBeDefined();
}

describe('village conventions', () => {
  it('lists each village’s convention with its decision, status and the standing its latest review gives it', async () => {
    const api = mockApi(conventionHandlers(coordinator));
    renderApp('/conventions');

    const table = await screen.findByRole('table', { name: 'Danh sách hương ước, quy ước' });
    const naDon = within(table).getByRole('row', { name: /Hương ước bản Nà Đon/ });
    expect(naDon).toHaveTextContent('Bản Nà Đon');
    expect(naDon).toHaveTextContent('45/QĐ-UBND');
    expect(naDon).toHaveTextContent('12/06/2019');
    expect(naDon).toHaveTextContent('Đang có hiệu lực');
    expect(naDon).toHaveTextContent('Không có nội dung phân biệt đối xử về giới');
    expect(naDon).toHaveTextContent('Rà soát ngày 01/09/2026');
    expect(within(naDon).getByRole('link', { name: 'Hương ước bản Nà Đon' })).toHaveAttribute('href', '/conventions/11');

    const hop1 = within(table).getByRole('row', { name: /Quy ước bản Hợp 1/ });
    expect(hop1).toHaveTextContent('Chưa ghi quyết định');
    expect(hop1).toHaveTextContent('Đang sửa đổi, bổ sung');
    expect(hop1).toHaveTextContent('Còn nội dung cần sửa');
    expect(hop1).toHaveTextContent('Rà soát ngày 10/03/2026');

    const annulled = within(table).getByRole('row', { name: /Hương ước cũ bản Hợp 1/ });
    expect(annulled).toHaveTextContent('Đã bãi bỏ');
    expect(annulled).toHaveTextContent('Chưa rà soát');
    expect(annulled).not.toHaveTextContent('Rà soát ngày');

    expect(screen.getByRole('link', { name: 'Ghi hương ước, quy ước' })).toHaveAttribute('href', '/conventions/new');
    expect(api.calls('GET /api/v1/conventions')[0]?.query.get('size')).toBe('20');
  });

  it('states target 5 by the plan’s last year, and by the end of the programme without a plan', async () => {
    mockApi({ ...conventionHandlers(coordinator), ...plansHandler([plan({ periodStart: 2027, periodEnd: 2031 })]) });
    const { unmount } = renderApp('/conventions');
    expect(await screen.findByText(/^Mục tiêu 5: đến năm 2031, 100% hương ước/)).toBeInTheDocument();
    unmount();

    mockApi({ ...conventionHandlers(coordinator), ...plansHandler([]) });
    renderApp('/conventions');
    expect(await screen.findByText(/^Mục tiêu 5: đến cuối giai đoạn của Chương trình, 100% hương ước/)).toBeInTheDocument();
  });

  it('filters by village and status through the address bar, as the API takes them, and pages', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'GET /api/v1/conventions': (request) => ({
        body: page(conventions.slice(1, 2), Number(request.query.get('page') ?? 0), 20, 25),
      }),
    });
    const { user, router } = renderApp('/conventions?village=2&status=BEING_AMENDED&page=2');

    await screen.findByRole('table', { name: 'Danh sách hương ước, quy ước' });
    const first = api.calls('GET /api/v1/conventions')[0];
    expect(first?.query.get('villageId')).toBe('2');
    expect(first?.query.get('status')).toBe('BEING_AMENDED');
    expect(first?.query.get('page')).toBe('1');
    const filters = screen.getByRole('group', { name: 'Bộ lọc' });
    await waitFor(() => expect(within(filters).getByRole('combobox', { name: 'Bản' })).toHaveValue('Bản Hợp 1'));
    expect(within(filters).getByRole('combobox', { name: 'Hiệu lực' })).toHaveValue('Đang sửa đổi, bổ sung');

    await choose(user, within(filters).getByRole('combobox', { name: 'Hiệu lực' }), 'Đã bãi bỏ');
    await waitFor(() => expect(api.calls('GET /api/v1/conventions').at(-1)?.query.get('status')).toBe('ANNULLED'));
    const params = new URLSearchParams(router.state.location.search);
    expect(params.get('status')).toBe('ANNULLED');
    expect(params.get('village')).toBe('2');
    expect(params.get('page')).toBeNull(); // a new filter starts at the first page
    expect(api.calls('GET /api/v1/conventions').at(-1)?.query.get('page')).toBe('0');

    // What the latest review found is a filter of its own (the API decides by the latest review, not this page).
    await choose(user, within(filters).getByRole('combobox', { name: 'Kết quả rà soát mới nhất' }), 'Chưa rà soát');
    await waitFor(() => expect(api.calls('GET /api/v1/conventions').at(-1)?.query.get('standing')).toBe('NOT_REVIEWED'));
    expect(new URLSearchParams(router.state.location.search).get('standing')).toBe('NOT_REVIEWED');

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    const last = api.calls('GET /api/v1/conventions').at(-1);
    expect(last?.query.has('status')).toBe(false);
    expect(last?.query.has('standing')).toBe(false);
    expect(last?.query.has('villageId')).toBe(false);
  });

  it('shows a province user every commune’s conventions with their commune, filterable by commune, read-only', async () => {
    const api = mockApi(conventionHandlers(provinceUser));
    const { user } = renderApp('/conventions');
    const table = await screen.findByRole('table', { name: 'Danh sách hương ước, quy ước' });
    expect(within(table).getByRole('columnheader', { name: 'Xã' })).toBeInTheDocument();
    await waitFor(() =>
      expect(within(table).getByRole('row', { name: /Hương ước bản Nà Đon/ })).toHaveTextContent(communes[0]!.name),
    );
    expect(screen.queryByRole('link', { name: 'Ghi hương ước, quy ước' })).not.toBeInTheDocument();

    await choose(user, within(screen.getByRole('group', { name: 'Bộ lọc' })).getByRole('combobox', { name: 'Xã' }), 'Xã Bình Lư');
    await waitFor(() => expect(api.calls('GET /api/v1/conventions').at(-1)?.query.get('communeCode')).toBe('03390'));
    expect(api.calls('GET /api/v1/villages').at(-1)?.query.get('communeCode')).toBe('03390');
  });

  it.each([
    ['viewer', viewer],
    ['unit reporter', reporter],
  ])('offers a %s no way to record, change or review a convention', async (_, me) => {
    const api = mockApi(conventionHandlers(me));
    const { router } = renderApp('/conventions');
    await screen.findByRole('table', { name: 'Danh sách hương ước, quy ước' });
    expect(screen.queryByRole('link', { name: 'Ghi hương ước, quy ước' })).not.toBeInTheDocument();

    await act(() => router.navigate('/conventions/11'));
    expect(await screen.findByRole('heading', { name: 'Hương ước bản Nà Đon' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Các lần rà soát, mới nhất trước' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ghi kết quả rà soát' })).not.toBeInTheDocument();

    await act(() => router.navigate('/conventions/11/reviews/new'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    await act(() => router.navigate('/conventions/new'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/conventions')).toHaveLength(0);
  });

  it('records a convention of a commune village and opens it with a confirmation', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'POST /api/v1/conventions': (request) => ({
        status: 201,
        body: { ...naDonConvention, id: 21, villageId: 2, villageName: 'Bản Hợp 1', ...(request.body as object), version: 0 },
      }),
      'GET /api/v1/conventions/21': { body: { ...naDonConvention, id: 21, title: 'Quy ước bản Hợp 1 (2026)' } },
      'GET /api/v1/conventions/21/reviews': { body: page([], 0, 10, 0) },
    });
    const { user, router } = renderApp('/conventions/new');
    const form = await screen.findByRole('form', { name: 'Ghi hương ước, quy ước' });
    await choose(user, within(form).getByRole('combobox', { name: /^Bản/ }), 'Bản Hợp 1');
    await user.type(within(form).getByRole('textbox', { name: /^Tên hương ước, quy ước/ }), 'Quy ước bản Hợp 1 (2026)');
    await user.type(within(form).getByRole('textbox', { name: 'Số quyết định công nhận' }), ' 27/QĐ-UBND ');
    fireEvent.change(within(form).getByLabelText('Ngày quyết định công nhận'), { target: { value: '2026-05-04' } });
    await user.click(within(form).getByRole('radio', { name: 'Đang sửa đổi, bổ sung' }));
    await user.click(within(form).getByRole('button', { name: 'Tạo mới' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/conventions/21'));
    expect(await screen.findByText('Đã ghi hương ước, quy ước.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/conventions')[0]?.body).toEqual({
      villageId: 2,
      title: 'Quy ước bản Hợp 1 (2026)',
      decisionNumber: '27/QĐ-UBND',
      decisionDate: '2026-05-04',
      status: 'BEING_AMENDED',
    });
  });

  it('checks the obvious before sending, then shows the server’s field error beside the village', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'POST /api/v1/conventions': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'villageId', message: 'Bản 2 không thuộc xã của bạn' },
        ]),
    });
    const { user } = renderApp('/conventions/new');
    const form = await screen.findByRole('form', { name: 'Ghi hương ước, quy ước' });
    fireEvent.change(within(form).getByLabelText('Ngày quyết định công nhận'), { target: { value: '2999-01-01' } });
    await user.click(within(form).getByRole('button', { name: 'Tạo mới' }));

    describedError(within(form).getByRole('textbox', { name: /^Tên hương ước, quy ước/ }), 'Bắt buộc nhập');
    describedError(within(form).getByRole('combobox', { name: /^Bản/ }), 'Bắt buộc nhập');
    describedError(within(form).getByLabelText('Ngày quyết định công nhận'), 'Ngày quyết định không được sau hôm nay');
    expect(screen.getByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/conventions')).toHaveLength(0);

    await choose(user, within(form).getByRole('combobox', { name: /^Bản/ }), 'Bản Hợp 1');
    await user.type(within(form).getByRole('textbox', { name: /^Tên hương ước, quy ước/ }), 'Quy ước bản Hợp 1');
    fireEvent.change(within(form).getByLabelText('Ngày quyết định công nhận'), { target: { value: '' } });
    await user.click(within(form).getByRole('button', { name: 'Tạo mới' }));

    const village = within(form).getByRole('combobox', { name: /^Bản/ });
    await waitFor(() => describedError(village, 'Bản 2 không thuộc xã của bạn'));
    expect(api.calls('POST /api/v1/conventions')[0]?.body).toEqual({
      villageId: 2,
      title: 'Quy ước bản Hợp 1',
      decisionNumber: null,
      decisionDate: null,
      status: 'IN_FORCE',
    });
  });

  it('sends the version read when editing, and on a stale version explains it and reloads the latest', async () => {
    let savedElsewhere = false;
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'GET /api/v1/conventions/11': () => ({
        body: savedElsewhere
          ? { ...naDonConvention, title: 'Hương ước bản Nà Đon (sửa đổi 2026)', version: 4 }
          : naDonConvention,
      }),
      'PUT /api/v1/conventions/11': () => {
        savedElsewhere = true;
        return problem(409, 'stale-version', 'Hương ước đã được người khác sửa.');
      },
    });
    const { user } = renderApp('/conventions/11/edit');
    const form = await screen.findByRole('form', { name: 'Sửa hương ước, quy ước' });
    const title = within(form).getByRole('textbox', { name: /^Tên hương ước, quy ước/ });
    expect(title).toHaveValue('Hương ước bản Nà Đon');
    await waitFor(() => expect(within(form).getByRole('combobox', { name: /^Bản/ })).toHaveValue('Bản Nà Đon'));
    await user.click(within(form).getByRole('radio', { name: 'Đang sửa đổi, bổ sung' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dữ liệu đã bị người khác thay đổi')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/conventions/11')[0]?.body).toEqual({
      villageId: 1,
      title: 'Hương ước bản Nà Đon',
      decisionNumber: '45/QĐ-UBND',
      decisionDate: '2019-06-12',
      status: 'BEING_AMENDED',
      version: 3,
    });

    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Tên hương ước, quy ước/ })).toHaveValue('Hương ước bản Nà Đon (sửa đổi 2026)'),
    );
    expect(screen.queryByText('Dữ liệu đã bị người khác thay đổi')).not.toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Đang có hiệu lực' })).toBeChecked();
  });

  it('shows a convention’s standing and its reviews newest first, each linking to its page', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'GET /api/v1/conventions/11/reviews': (request) => ({
        body: page(request.query.get('page') === '1' ? [] : [{ ...naDonFirstReview, id: 8, reviewedOn: '2026-09-01' }, naDonFirstReview], Number(request.query.get('page')), 10, 12),
      }),
    });
    const { user, router } = renderApp('/conventions/11');

    expect(await screen.findByRole('heading', { name: 'Hương ước bản Nà Đon' })).toBeInTheDocument();
    expect(screen.getByText('Không có nội dung phân biệt đối xử về giới')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rà soát ngày 01/09/2026' })).toHaveAttribute('href', '/conventions/11/reviews/8');
    expect(screen.getByRole('link', { name: 'Ghi kết quả rà soát' })).toHaveAttribute('href', '/conventions/11/reviews/new');
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/conventions/11/edit');

    const reviews = await screen.findByRole('table', { name: 'Các lần rà soát, mới nhất trước' });
    const rows = within(reviews).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(['01/09/2026', '10/03/2026']);
    expect(within(rows[1]!).getByRole('link')).toHaveAttribute('href', '/conventions/11/reviews/7');
    expect(rows[1]).toHaveTextContent('Còn nội dung cần sửa');
    expect(rows[1]).toHaveTextContent('Thừa kế, chia tài sản chỉ cho con trai');
    expect(rows[1]).toHaveTextContent('Không cho phụ nữ dự họp, tham gia việc chung của bản');

    await user.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(api.calls('GET /api/v1/conventions/11/reviews').at(-1)?.query.get('page')).toBe('1'));
    expect(new URLSearchParams(router.state.location.search).get('page')).toBe('2');
  });

  it('does not offer to review an annulled convention', async () => {
    const api = mockApi(conventionHandlers(coordinator));
    const { router } = renderApp('/conventions/13');
    expect(await screen.findByRole('heading', { name: annulledConvention.title })).toBeInTheDocument();
    expect(screen.getByText('Hương ước, quy ước đã bãi bỏ nên không rà soát nữa.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ghi kết quả rà soát' })).not.toBeInTheDocument();
    expect(await screen.findByText('Hương ước, quy ước này chưa được rà soát lần nào.')).toBeInTheDocument();

    await act(() => router.navigate('/conventions/13/reviews/new'));
    expect(await screen.findByText('Hương ước, quy ước đã bãi bỏ nên không rà soát nữa.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(api.calls('POST /api/v1/conventions/13/reviews')).toHaveLength(0);
  });

  it('records a review with flagged clauses and shows the server’s error beside the right clause’s field', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'POST /api/v1/conventions/11/reviews': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'clauses[1].text', message: 'Điều khoản này đã có trong lần rà soát trước' },
        ]),
    });
    const { user } = renderApp('/conventions/11/reviews/new');
    const form = await screen.findByRole('form', { name: 'Ghi kết quả rà soát về bình đẳng giới' });
    expect(within(form).getByLabelText(/^Ngày rà soát/)).toHaveValue(formatDate(todayIso()));
    await fill(user, within(form).getByRole('textbox', { name: /^Người, tổ rà soát/ }), 'Tổ rà soát: Phòng VH-XH, Hội LHPN');
    expect(within(form).queryByRole('group', { name: 'Điều khoản 1' })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('radio', { name: /^Có nội dung phân biệt đối xử về giới/ }));
    const first = await within(form).findByRole('group', { name: 'Điều khoản 1' });
    await fill(user, within(first).getByRole('textbox', { name: /^Nội dung điều khoản/ }), 'Điều 12: Đất vườn chỉ chia cho con trai.');
    await choose(user, within(first).getByRole('combobox', { name: /^Loại phân biệt đối xử/ }), 'Thừa kế, chia tài sản chỉ cho con trai');
    await fill(user, within(first).getByRole('textbox', { name: /^Kiến nghị/ }), 'Con trai, con gái được chia như nhau.');

    await user.click(within(form).getByRole('button', { name: 'Thêm điều khoản' }));
    const second = within(form).getByRole('group', { name: 'Điều khoản 2' });
    await fill(user, within(second).getByRole('textbox', { name: /^Nội dung điều khoản/ }), 'Điều 18: Phạt vợ gấp đôi chồng.');
    await choose(user, within(second).getByRole('combobox', { name: /^Loại phân biệt đối xử/ }), 'Chế tài, xử phạt khác nhau giữa nam và nữ');
    await fill(user, within(second).getByRole('textbox', { name: /^Kiến nghị/ }), 'Cùng một mức phạt cho nam và nữ.');
    await fill(user, within(second).getByRole('textbox', { name: /^Kết quả theo dõi, xử lý/ }), 'Đã đưa ra họp bản.');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    const secondText = within(second).getByRole('textbox', { name: /^Nội dung điều khoản/ });
    await waitFor(() => describedError(secondText, 'Điều khoản này đã có trong lần rà soát trước'));
    expect(within(first).getByRole('textbox', { name: /^Nội dung điều khoản/ })).not.toHaveAttribute('aria-invalid', 'true');
    expect(secondText).toHaveValue('Điều 18: Phạt vợ gấp đôi chồng.');
    expect(api.calls('POST /api/v1/conventions/11/reviews')[0]?.body).toEqual({
      reviewedOn: todayIso(),
      reviewers: 'Tổ rà soát: Phòng VH-XH, Hội LHPN',
      noDiscrimination: false,
      clauses: [
        {
          text: 'Điều 12: Đất vườn chỉ chia cho con trai.',
          category: 'INHERITANCE_SONS_ONLY',
          recommendation: 'Con trai, con gái được chia như nhau.',
          followUp: null,
        },
        {
          text: 'Điều 18: Phạt vợ gấp đôi chồng.',
          category: 'UNEQUAL_SANCTIONS',
          recommendation: 'Cùng một mức phạt cho nam và nữ.',
          followUp: 'Đã đưa ra họp bản.',
        },
      ],
    });
  });

  it('asks for clauses only with “discrimination found”, and records “no discrimination” without any', async () => {
    const api = mockApi({
      ...conventionHandlers(coordinator),
      'POST /api/v1/conventions/11/reviews': (request) => ({ status: 201, body: { id: 30, conventionId: 11, ...(request.body as object), recordedBy: 'dieuphoi.binhlu', recordedAt: '2026-11-29T03:00:00Z' } }),
    });
    const { user, router } = renderApp('/conventions/11/reviews/new');
    const form = await screen.findByRole('form', { name: 'Ghi kết quả rà soát về bình đẳng giới' });

    // Nothing chosen: the conclusion and the reviewers are asked for.
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByText('Chọn kết luận của lần rà soát')).toBeInTheDocument();
    describedError(within(form).getByRole('textbox', { name: /^Người, tổ rà soát/ }), 'Bắt buộc nhập');

    // Discrimination found: every clause needs its text, kind and recommendation…
    await user.click(within(form).getByRole('radio', { name: /^Có nội dung phân biệt đối xử về giới/ }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    const clause = within(form).getByRole('group', { name: 'Điều khoản 1' });
    describedError(within(clause).getByRole('textbox', { name: /^Nội dung điều khoản/ }), 'Bắt buộc nhập');
    describedError(within(clause).getByRole('combobox', { name: /^Loại phân biệt đối xử/ }), 'Bắt buộc nhập');
    describedError(within(clause).getByRole('textbox', { name: /^Kiến nghị/ }), 'Bắt buộc nhập');
    expect(within(clause).getByRole('textbox', { name: /^Kết quả theo dõi, xử lý/ })).not.toHaveAttribute('aria-invalid', 'true');

    // …and there must be at least one.
    await user.click(within(clause).getByRole('button', { name: 'Bỏ điều khoản 1' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(within(form).getByText('Có phân biệt đối xử thì nêu ít nhất một điều khoản')).toBeInTheDocument();

    // A clause typed, then "no discrimination": the clause will not be sent, and the form says so.
    await user.click(within(form).getByRole('button', { name: 'Thêm điều khoản' }));
    await user.type(within(form).getByRole('textbox', { name: /^Nội dung điều khoản/ }), 'Điều 5: Con gái không được thừa kế.');
    await user.click(within(form).getByRole('radio', { name: 'Không có nội dung phân biệt đối xử về giới' }));
    expect(within(form).queryByRole('group', { name: 'Điều khoản 1' })).not.toBeInTheDocument();
    expect(within(form).getByText(/1 điều khoản đã nhập sẽ không được lưu/)).toBeInTheDocument();
    await user.type(within(form).getByRole('textbox', { name: /^Người, tổ rà soát/ }), 'Tổ rà soát của UBND xã');
    expect(api.calls('POST /api/v1/conventions/11/reviews')).toHaveLength(0);
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/conventions/11'));
    expect(await screen.findByText('Đã ghi kết quả rà soát.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/conventions/11/reviews')).toHaveLength(1);
    expect(api.calls('POST /api/v1/conventions/11/reviews')[0]?.body).toEqual({
      reviewedOn: todayIso(),
      reviewers: 'Tổ rà soát của UBND xã',
      noDiscrimination: true,
      clauses: [],
    });
  });

  it('shows a review read-only: each flagged clause with its kind, recommendation and follow-up', async () => {
    const api = mockApi(conventionHandlers(viewer));
    const { router } = renderApp('/conventions/11/reviews/7');

    expect(await screen.findByRole('heading', { name: 'Rà soát ngày 10/03/2026' })).toBeInTheDocument();
    expect(await screen.findByText('Đã có lần rà soát mới hơn (ngày 01/09/2026); kết quả của hương ước theo lần đó.')).toBeInTheDocument();
    expect(screen.getByText('Còn nội dung cần sửa')).toBeInTheDocument();
    expect(screen.getByText(String(naDonFirstReview.reviewers))).toBeInTheDocument();

    const clauses = screen.getAllByTestId('flagged-clause');
    expect(clauses).toHaveLength(2);
    expect(clauses[0]).toHaveAccessibleName('Điều khoản 1');
    expect(clauses[0]).toHaveTextContent('Thừa kế, chia tài sản chỉ cho con trai');
    expect(clauses[0]).toHaveTextContent('Điều 12: Đất vườn của gia đình chỉ chia cho con trai.');
    expect(clauses[0]).toHaveTextContent('Sửa thành: con trai, con gái được chia như nhau.');
    expect(within(clauses[0]!).getByText('Chưa có')).toBeInTheDocument();
    expect(clauses[1]).toHaveTextContent('Không cho phụ nữ dự họp, tham gia việc chung của bản');
    expect(clauses[1]).toHaveTextContent('Bản đã sửa tại cuộc họp ngày 15/08/2026.');
    expect(screen.getByRole('link', { name: 'Hương ước bản Nà Đon · Bản Nà Đon' })).toHaveAttribute('href', '/conventions/11');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();

    await act(() => router.navigate('/conventions/11/reviews/8'));
    expect(await screen.findByText('Lần rà soát mới nhất: kết luận này là kết quả của hương ước, quy ước')).toBeInTheDocument();
    expect(screen.getByText('Không có điều khoản nào bị nêu.')).toBeInTheDocument();
    expect(api.calls('GET /api/v1/conventions/11/reviews/8')).toHaveLength(1);
  });
});
