import { screen, waitFor, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';

import { coordinator, programmeHandlers, provinceUser } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const cell = (target: number, value: number | null, status: string) => ({ target, value, unit: '%', targetValue: 80, status });

const row = (code: string, name: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name,
  closedOn: null,
  enabled: true,
  indicators: [1, 2, 3, 4, 5].map((n) => cell(n, 50, 'AT_RISK')),
  units: 8,
  sessions: 20,
  lawPolicySessions: 10,
  participants: { total: 400, male: 180, female: 220, suppressed: false },
  actionMonthPlans: { filed: 6, onTime: 5, units: 8 },
  ...overrides,
});

const comparison = {
  year: 2026,
  asOf: '2026-12-04',
  province: { code: '12', name: 'Tỉnh Lai Châu', level: 'PROVINCE' },
  provinceIndicators: [1, 2, 3, 4, 5].map((n) => ({
    target: n, titleVi: `Tiêu đề ${n}`, titleEn: `Title ${n}`, formulaVi: '', formulaEn: '', value: 60, numerator: 6,
    denominator: 10, unit: '%', targetValue: 80, status: 'AT_RISK', details: [],
  })),
  enabledCommunes: 3,
  communes: [
    row('03549', 'Xã Phong Thổ', { indicators: [1, 2, 3, 4, 5].map((n) => cell(n, 100, 'MET')), sessions: 40 }),
    row('03390', 'Xã Bình Lư', { indicators: [cell(1, 78.57, 'AT_RISK'), ...[2, 3, 4, 5].map((n) => cell(n, 60, 'AT_RISK'))] }),
    row('03640', 'Xã Khoen On', {
      indicators: [1, 2, 3, 4, 5].map((n) => cell(n, null, 'NO_DATA')),
      units: 0, sessions: 0, participants: { total: 3, male: null, female: null, suppressed: true },
      actionMonthPlans: { filed: 0, onTime: 0, units: 0 },
    }),
    row('03583', 'Xã Khổng Lào', { enabled: false, indicators: [], sessions: 0 }),
  ],
};

function handlers(me = provinceUser) {
  return { ...programmeHandlers(me), 'GET /api/v1/comparison': { body: comparison } };
}

const names = () => within(screen.getByRole('table', { name: 'So sánh các xã năm 2026' })).getAllByRole('rowheader').map((h) => h.querySelector('a')?.textContent);

describe('the province comparison', () => {
  it('is in the navigation of province users only', async () => {
    mockApi(handlers());
    renderApp('/');
    expect(await screen.findByRole('link', { name: 'So sánh các xã' })).toHaveAttribute('href', '/comparison');
  });

  it('is not offered to commune staff', async () => {
    mockApi(handlers(coordinator));
    renderApp('/');
    await screen.findByRole('link', { name: 'Tổng quan' });
    expect(screen.queryByRole('link', { name: 'So sánh các xã' })).toBeNull();
  });

  it('lists every commune with its five targets, enabled state and withheld small cells, each linking to its dashboard', async () => {
    const api = mockApi(handlers());
    renderApp('/comparison?year=2026');
    const table = await screen.findByRole('table', { name: 'So sánh các xã năm 2026' });
    expect(api.calls('GET /api/v1/comparison')[0]?.query.get('year')).toBe('2026');
    expect(screen.getByText('3/4 xã, phường đang tham gia chương trình')).toBeInTheDocument();
    expect(names()).toEqual(['Xã Bình Lư', 'Xã Khoen On', 'Xã Khổng Lào', 'Xã Phong Thổ']);
    const binhLu = within(table).getByRole('link', { name: 'Mở bảng điều khiển của Xã Bình Lư' });
    expect(binhLu).toHaveAttribute('href', '/?commune=03390&year=2026');
    const khoenOn = within(table).getByRole('rowheader', { name: /Khoen On/ }).closest('tr')!;
    expect(within(khoenOn as HTMLElement).getByText('Nam, nữ: ẩn (ô dưới 5 người)')).toBeInTheDocument();
    const khongLao = within(table).getByRole('rowheader', { name: /Khổng Lào/ }).closest('tr')!;
    expect(within(khongLao as HTMLElement).getByText('Chưa tham gia')).toBeInTheDocument();
    expect(within(table).getAllByText('78,57 %')).toHaveLength(1);
  });

  it('sorts by a target column and filters by status, in the address bar', async () => {
    mockApi(handlers());
    const { user, router } = renderApp('/comparison?year=2026');
    await screen.findByRole('table', { name: 'So sánh các xã năm 2026' });
    await user.click(screen.getByRole('button', { name: /^MT1/ }));
    expect(names()).toEqual(['Xã Khoen On', 'Xã Khổng Lào', 'Xã Bình Lư', 'Xã Phong Thổ']);
    await user.click(screen.getByRole('button', { name: /^MT1/ }));
    expect(names()).toEqual(['Xã Phong Thổ', 'Xã Bình Lư', 'Xã Khoen On', 'Xã Khổng Lào']);
    await waitFor(() => expect(router.state.location.search).toContain('sort=-t1'));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Đạt' }));
    await waitFor(() => expect(names()).toEqual(['Xã Phong Thổ']));
    await user.click(screen.getByRole('combobox', { name: 'Trạng thái' }));
    await user.click(await screen.findByRole('option', { name: 'Chưa tham gia' }));
    await waitFor(() => expect(names()).toEqual(['Xã Khổng Lào']));
  });

  it('draws the map only when asked, from the official boundaries, each commune a keyboard link', async () => {
    const boundaries = readFileSync('public/maps/12.json', 'utf8');
    const api = mockApi({ ...handlers(), 'GET /maps/12.json': () => new Response(boundaries, { headers: { 'Content-Type': 'application/json' } }) });
    const { user, router } = renderApp('/comparison?year=2026');
    await screen.findByRole('table', { name: 'So sánh các xã năm 2026' });
    expect(api.calls('GET /maps/12.json')).toHaveLength(0);
    await user.click(screen.getByText('Bản đồ'));
    const map = await screen.findByRole('group', { name: /Bản đồ theo MT1/ });
    expect(api.calls('GET /maps/12.json')).toHaveLength(1);
    const phongTho = within(map).getByRole('link', { name: 'Xã Phong Thổ: 100 %, Đạt' });
    expect(phongTho).toHaveAttribute('href', '/?commune=03549&year=2026');
    expect(within(map).getByRole('link', { name: 'Xã Khổng Lào: —, Chưa tham gia' })).toBeInTheDocument();
    // Only communes of the comparison are drawn; all four are in the boundaries of Lai Châu.
    expect(within(map).getAllByRole('link')).toHaveLength(4);
    // Reached with the keyboard, the commune is announced; activated, it opens its dashboard.
    phongTho.focus();
    expect(await screen.findByText('Xã Phong Thổ: 100 %, Đạt', { selector: 'p' })).toBeInTheDocument();
    await user.click(phongTho);
    await waitFor(() => expect(router.state.location.search).toBe('?commune=03549&year=2026'));
  });
});
