import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { communes, coordinator, healthStation, page, provinceUser, unit, unitPageSessionHandlers, viewer } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const PAGE_SIZE = 20;

function unitsPage(pageIndex: number, total = 45) {
  const count = Math.min(PAGE_SIZE, total - pageIndex * PAGE_SIZE);
  const items = Array.from({ length: count }, (_, i) => {
    const n = pageIndex * PAGE_SIZE + i + 1;
    return unit({ id: n, code: `DV${String(n).padStart(2, '0')}`, name: `Đơn vị số ${n}` });
  });
  return page(items, pageIndex, PAGE_SIZE, total);
}

describe('units list', () => {
  it('shows the units of the page with their total, and fetches the next page from the pager', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': (req) => ({ body: unitsPage(Number(req.query.get('page'))) }),
    });
    const { user } = renderApp('/units');

    expect(await screen.findByRole('link', { name: 'Đơn vị số 1' })).toBeInTheDocument();
    const table = screen.getByRole('table');
    // header row + 20 units
    expect(within(table).getAllByRole('row')).toHaveLength(PAGE_SIZE + 1);
    expect(screen.getByText('Tổng số: 45')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '2' }));

    expect(await screen.findByRole('link', { name: 'Đơn vị số 21' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Đơn vị số 1' })).not.toBeInTheDocument();
    const listCalls = api.calls('GET /api/v1/units');
    expect(listCalls.map((r) => r.query.get('page'))).toEqual(['0', '1']);
    expect(listCalls[0]?.query.get('size')).toBe('20');
    expect(listCalls[0]?.query.get('sort')).toBe('name');
  });

  it('sends the bearer token and the UI language with every call', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': { body: page([healthStation], 0, PAGE_SIZE, 1) },
    });
    renderApp('/units');
    await screen.findByRole('link', { name: healthStation.name });

    const call = api.calls('GET /api/v1/units')[0];
    expect(call?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(call?.headers.get('Accept-Language')).toBe('vi');
  });

  it('shows kind labels in Vietnamese and dates as dd/MM/yyyy', async () => {
    mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': { body: page([{ ...healthStation, activeFrom: '2026-03-08' }], 0, PAGE_SIZE, 1) },
    });
    renderApp('/units');
    const row = (await screen.findByRole('link', { name: healthStation.name })).closest('tr') as HTMLElement;
    expect(within(row).getByText('Trạm Y tế xã')).toBeInTheDocument();
    expect(within(row).getByText('08/03/2026')).toBeInTheDocument();
    expect(within(row).getByText('Đang hoạt động')).toBeInTheDocument();
  });

  it('searches only once the user stops typing', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': (req) => ({
        body: req.query.get('q') ? page([healthStation], 0, PAGE_SIZE, 1) : unitsPage(0),
      }),
    });
    renderApp('/units');
    await screen.findByRole('link', { name: 'Đơn vị số 1' });

    // Keystrokes with no pause between them, as a quick typist's.
    const typist = userEvent.setup({ delay: null });
    await typist.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'tram y te');

    expect(await screen.findByRole('link', { name: healthStation.name })).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Đơn vị số 1' })).not.toBeInTheDocument());
    const searched = api
      .calls('GET /api/v1/units')
      .map((r) => r.query.get('q'))
      .filter((q) => q !== null);
    // The whole term, not one request per keystroke.
    expect(searched).toEqual(['tram y te']);
  });

  it('shows an empty state when nothing matches', async () => {
    mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': { body: page([], 0, PAGE_SIZE, 0) },
    });
    renderApp('/units');
    expect(await screen.findByText('Không có đơn vị nào phù hợp.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the server error and retries on request', async () => {
    let fail = true;
    mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': () =>
        fail
          ? { status: 500, body: { type: 'urn:binhdang:problem:internal', title: 'Lỗi hệ thống', status: 500, detail: 'Lỗi máy chủ, vui lòng thử lại sau.' } }
          : { body: page([healthStation], 0, PAGE_SIZE, 1) },
    });
    const { user } = renderApp('/units');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Lỗi máy chủ, vui lòng thử lại sau.')).toBeInTheDocument();

    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    expect(await screen.findByRole('link', { name: healthStation.name })).toBeInTheDocument();
  });

  it('offers creating a unit to a coordinator', async () => {
    mockApi({
      'GET /api/v1/me': { body: coordinator },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': { body: page([healthStation], 0, PAGE_SIZE, 1) },
    });
    renderApp('/units');
    await screen.findByRole('link', { name: healthStation.name });
    expect(screen.getByRole('link', { name: 'Tạo mới' })).toHaveAttribute('href', '/units/new');
  });

  it('is read-only for a viewer: no create button, no edit or delete on a unit', async () => {
    mockApi({
      'GET /api/v1/me': { body: viewer },
      'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
      'GET /api/v1/units': { body: page([healthStation], 0, PAGE_SIZE, 1) },
      'GET /api/v1/units/4': { body: healthStation },
      ...unitPageSessionHandlers(4),
    });
    const { user } = renderApp('/units');
    await screen.findByRole('link', { name: healthStation.name });
    expect(screen.queryByRole('link', { name: 'Tạo mới' })).not.toBeInTheDocument();
    expect(screen.getByText('Bạn chỉ có quyền xem dữ liệu này.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: healthStation.name }));
    expect(await screen.findByRole('heading', { name: healthStation.name })).toBeInTheDocument();
    expect(screen.getByText('Vàng Thị Mai')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xóa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ngừng hoạt động' })).not.toBeInTheDocument();
  });

  it('lets a province user filter by commune and shows each unit’s commune', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: provinceUser },
      'GET /api/v1/communes': { body: page(communes, 0, 100, 2) },
      'GET /api/v1/units': { body: page([healthStation], 0, PAGE_SIZE, 1) },
    });
    const { user } = renderApp('/units');
    await screen.findByRole('link', { name: healthStation.name });
    expect(screen.getByRole('columnheader', { name: 'Xã' })).toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Xã' }));
    await user.click(await screen.findByRole('option', { name: 'Xã Sin Suối Hồ' }));

    await waitFor(() =>
      expect(api.calls('GET /api/v1/units').some((r) => r.query.get('communeCode') === '03394')).toBe(true),
    );
  });
});
