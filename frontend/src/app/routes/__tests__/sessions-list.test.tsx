import { screen, waitFor, within } from '@testing-library/react';

import { coordinator, page, programmeHandlers, reporter, session, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { todayIso } from '@/utils/dates';

const totals = {
  sessions: 126,
  participantsMale: 1830,
  participantsFemale: 2214,
  participantsTotal: 4044,
  ethnicMinorityParticipants: 3120,
  units: 14,
};

function sessionsPage(items = [session({ id: 5 }), session({ id: 6, heldOn: '2026-11-18', unitId: 1, unitName: 'Phòng Văn hóa – Xã hội' })]) {
  return { ...page(items, 0, 20, 126), totals };
}

describe('sessions list', () => {
  it('shows the totals of the whole filtered set above the sessions of the page', async () => {
    const api = mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/sessions': { body: sessionsPage() } });
    renderApp('/sessions');

    const figures = await screen.findByRole('group', { name: 'Tổng hợp theo bộ lọc' });
    expect(within(figures).getByText('Số buổi').nextSibling).toHaveTextContent('126');
    expect(within(figures).getByText('Nam').nextSibling).toHaveTextContent('1.830');
    expect(within(figures).getByText('Nữ').nextSibling).toHaveTextContent('2.214');
    expect(within(figures).getByText('Tổng người tham dự').nextSibling).toHaveTextContent('4.044');
    expect(within(figures).getByText('Người DTTS').nextSibling).toHaveTextContent('3.120');

    const table = screen.getByRole('table', { name: 'Buổi truyền thông' });
    expect(within(table).getByRole('link', { name: '20/11/2026' })).toHaveAttribute('href', '/sessions/5');
    expect(within(table).getByText('Phòng Văn hóa – Xã hội')).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 126')).toBeInTheDocument();
    // This year by default, newest first.
    const [first] = api.calls('GET /api/v1/sessions');
    expect(first?.query.get('year')).toBe(todayIso().slice(0, 4));
    expect(first?.query.get('sort')).toBe('-heldOn');
  });

  it('sends the chosen filters to the server and keeps them in the address bar', async () => {
    const api = mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/sessions': { body: sessionsPage() } });
    const { user, router } = renderApp('/sessions');
    await screen.findByRole('table', { name: 'Buổi truyền thông' });

    await user.click(screen.getByRole('combobox', { name: 'Đơn vị tổ chức' }));
    await user.click(await screen.findByRole('option', { name: 'Trạm Y tế xã Bình Lư' }));
    await user.click(screen.getByRole('combobox', { name: 'Hình thức' }));
    await user.click(await screen.findByRole('option', { name: 'Phát thanh trên loa truyền thanh' }));
    await user.click(screen.getByRole('combobox', { name: 'Nội dung' }));
    await user.click(await screen.findByRole('option', { name: 'Pháp luật, chính sách về bình đẳng giới' }));
    await user.click(screen.getByRole('combobox', { name: 'Bản' }));
    await user.click(await screen.findByRole('option', { name: 'Bản Nà Đon' }));
    await user.click(screen.getByRole('combobox', { name: 'Nhóm đối tượng' }));
    await user.click(await screen.findByRole('option', { name: 'Thanh niên' }));
    await user.click(screen.getByRole('combobox', { name: 'Chiến dịch' }));
    await user.click(await screen.findByRole('option', { name: 'Tháng hành động vì bình đẳng giới 2026' }));

    await waitFor(() => {
      const last = api.calls('GET /api/v1/sessions').at(-1);
      expect(Object.fromEntries(last?.query ?? [])).toMatchObject({
        unitId: '4',
        formatId: '11',
        topicId: '1',
        villageId: '1',
        audienceGroupId: '21',
        campaignId: '3',
        page: '0',
      });
    });
    expect(router.state.location.search).toContain('unit=4');
    expect(router.state.location.search).toContain('campaign=3');
  });

  it('filters by a period instead of a year', async () => {
    const api = mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/sessions': { body: sessionsPage() } });
    renderApp('/sessions?from=2026-03-01&to=2026-03-31');
    await screen.findByRole('table', { name: 'Buổi truyền thông' });
    const [call] = api.calls('GET /api/v1/sessions');
    expect(call?.query.get('from')).toBe('2026-03-01');
    expect(call?.query.get('to')).toBe('2026-03-31');
    expect(call?.query.has('year')).toBe(false);
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue('Mọi năm');
  });

  it('downloads the filtered sessions as CSV and XLSX with the bearer token, named after the year', async () => {
    const createObjectURL = vi.fn(() => 'blob:export');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/sessions': { body: sessionsPage() },
      'GET /api/v1/sessions/export': (request) =>
        new Response(request.query.get('format') === 'csv' ? '\ufeffNgày,Đơn vị\n' : 'PK', {
          status: 200,
          headers: { 'Content-Type': request.query.get('format') === 'csv' ? 'text/csv' : 'application/octet-stream' },
        }),
    });
    const { user } = renderApp('/sessions?year=2026&unit=4');
    await screen.findByRole('table', { name: 'Buổi truyền thông' });

    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    await waitFor(() => expect(saved).toEqual(['buoi-truyen-thong-2026.csv']));
    await user.click(screen.getByRole('button', { name: 'Tải Excel (XLSX)' }));
    await waitFor(() => expect(saved).toEqual(['buoi-truyen-thong-2026.csv', 'buoi-truyen-thong-2026.xlsx']));

    const [csv, xlsx] = api.calls('GET /api/v1/sessions/export');
    expect(Object.fromEntries(csv?.query ?? [])).toEqual({ format: 'csv', year: '2026', unitId: '4' });
    expect(xlsx?.query.get('format')).toBe('xlsx');
    expect(csv?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(createObjectURL).toHaveBeenCalledTimes(2);
  });

  it('shows why an export failed', async () => {
    mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/sessions': { body: sessionsPage() },
      'GET /api/v1/sessions/export': () => problem(503, 'internal', 'Máy chủ đang bận, vui lòng thử lại sau.'),
    });
    const { user } = renderApp('/sessions');
    await screen.findByRole('table', { name: 'Buổi truyền thông' });
    await user.click(screen.getByRole('button', { name: 'Tải CSV' }));
    expect(await screen.findByText('Máy chủ đang bận, vui lòng thử lại sau.')).toBeInTheDocument();
  });

  it('offers recording to a unit reporter but not to a viewer', async () => {
    mockApi({ ...programmeHandlers(reporter), 'GET /api/v1/sessions': { body: sessionsPage() } });
    const first = renderApp('/sessions');
    expect(await screen.findByRole('link', { name: 'Ghi buổi truyền thông' })).toHaveAttribute('href', '/sessions/new');
    first.unmount();

    mockApi({ ...programmeHandlers(viewer), 'GET /api/v1/sessions': { body: sessionsPage() } });
    renderApp('/sessions');
    await screen.findByRole('table', { name: 'Buổi truyền thông' });
    expect(screen.queryByRole('link', { name: 'Ghi buổi truyền thông' })).not.toBeInTheDocument();
  });
});
