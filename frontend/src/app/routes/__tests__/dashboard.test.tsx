import { screen, waitFor, within } from '@testing-library/react';

import { communes, coordinator, page, plan, plansHandler, programmeHandlers, provinceUser } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { todayIso } from '@/utils/dates';

const indicator = (target: number, overrides: Record<string, unknown>) => ({
  target,
  titleVi: `Tiêu đề mục tiêu ${target}`,
  titleEn: `Target ${target} title`,
  formulaVi: `Cách tính của mục tiêu ${target}`,
  formulaEn: `Formula of target ${target}`,
  value: null,
  numerator: null,
  denominator: null,
  unit: '%',
  targetValue: null,
  status: 'NO_DATA',
  details: [],
  ...overrides,
});

const dashboard = {
  year: 2026,
  area: { code: '03390', name: 'Xã Bình Lư', level: 'COMMUNE' },
  indicators: [
    indicator(1, {
      formulaVi: 'Số đơn vị có ≥ 2 buổi pháp luật, chính sách về BĐG / số đơn vị đang hoạt động',
      value: 78.57,
      numerator: 11,
      denominator: 14,
      targetValue: 100,
      status: 'AT_RISK',
    }),
    indicator(2, {
      value: 100,
      numerator: 14,
      denominator: 14,
      targetValue: 100,
      status: 'MET',
      details: [{ key: 'onTime', labelVi: 'Nộp đúng hạn (trước 15/11)', labelEn: 'Filed on time (before 15/11)', value: 85.71, note: '12/14' }],
    }),
    indicator(3, {
      unit: 'điểm %',
      value: 6.5,
      targetValue: 5,
      status: 'ON_TRACK',
      details: [
        { key: 'WOMEN', labelVi: 'Phụ nữ', labelEn: 'Women', value: 8, note: null },
        { key: 'YOUTH', labelVi: 'Thanh niên', labelEn: 'Youth', value: null, note: 'không so sánh được' },
      ],
    }),
    indicator(4, { status: 'NOT_STARTED' }),
    indicator(5, {
      value: 50,
      numerator: 3,
      denominator: 6,
      targetValue: 60,
      status: 'NOT_MET',
      details: [{ key: 'notReviewed', labelVi: 'Chưa rà soát', labelEn: 'Not reviewed', value: 1, note: '1/6' }],
    }),
  ],
  trend: [
    { year: 2025, target: 1, value: 50, targetValue: null, status: 'NO_DATA' },
    { year: 2026, target: 1, value: 78.57, targetValue: 100, status: 'AT_RISK' },
  ],
  units: [
    { unitId: 7, code: 'TYT', name: 'Trạm Y tế xã Bình Lư', sessions: 3, lawPolicySessions: 2, required: 2, met: true },
    { unitId: 9, code: 'HCCB', name: 'Hội Cựu chiến binh xã', sessions: 1, lawPolicySessions: 1, required: 2, met: false },
  ],
  participants: {
    male: 120,
    female: 180,
    total: 300,
    byAudienceGroup: [
      { groupId: 4, code: 'WOMEN', labelVi: 'Phụ nữ', labelEn: 'Women', sessions: 5, participants: 140 },
      { groupId: 5, code: 'YOUTH', labelVi: 'Thanh niên', labelEn: 'Youth', sessions: 2, participants: 60 },
    ],
  },
  warnings: [
    {
      kind: 'LAW_SESSIONS',
      target: 1,
      subjectType: 'UNIT',
      subjectId: 9,
      subjectName: 'Hội Cựu chiến binh xã',
      messageVi: 'Mới có 1/2 buổi pháp luật, chính sách về BĐG (hạn theo dõi 01/09)',
      messageEn: 'Only 1 of 2 law and policy sessions',
    },
    {
      kind: 'TARGET_AT_RISK',
      target: 1,
      subjectType: 'TARGET',
      subjectId: null,
      subjectName: 'Mục tiêu 1',
      messageVi: 'Mục tiêu 1 có nguy cơ không đạt chỉ tiêu năm',
      messageEn: 'Target 1 is at risk',
    },
  ],
};

const records = {
  items: [
    { kind: 'UNIT', id: 9, code: 'HCCB', name: 'Hội Cựu chiến binh xã', counted: false, detailVi: '1/2 buổi pháp luật, chính sách', detailEn: '1/2 law and policy sessions', value: 1 },
  ],
  page: 0,
  size: 20,
  totalItems: 1,
  totalPages: 1,
};

function handlers(me = coordinator) {
  return {
    ...programmeHandlers(me),
    'GET /api/v1/dashboard': { body: dashboard },
    'GET /api/v1/indicators/1/records': { body: records },
  };
}

describe('dashboard', () => {
  it('says when a province user sees participants withheld for small cells, never as 0', async () => {
    const withheld = {
      ...dashboard,
      participants: {
        male: null,
        female: null,
        total: 7,
        suppressed: true,
        byAudienceGroup: [{ groupId: 4, code: 'WOMEN', labelVi: 'Phụ nữ', labelEn: 'Women', sessions: 1, participants: null, suppressed: true }],
      },
    };
    mockApi({ ...handlers(provinceUser), 'GET /api/v1/communes': { body: page(communes, 0, 100, 2) }, 'GET /api/v1/dashboard': { body: withheld } });
    renderApp('/?year=2026&commune=03394');
    expect(await screen.findByText(/Số nam, nữ được ẩn vì có ô dưới 5 người/)).toBeInTheDocument();
    const groups = screen.getByRole('table', { name: 'Theo nhóm đối tượng' });
    expect(within(groups).getByRole('row', { name: /Phụ nữ/ })).toHaveTextContent('ẩn (dưới 5 người)');
  });

  it('names the commune of each unit and warning when they come from several communes (a province user)', async () => {
    const province = {
      ...dashboard,
      area: { code: '12', name: 'Tỉnh Lai Châu', level: 'PROVINCE' },
      units: [
        { ...dashboard.units[0], communeCode: '03390', communeName: 'Xã Bình Lư' },
        { unitId: 21, code: 'TYT', name: 'Trạm Y tế xã Sin Suối Hồ', communeCode: '03394', communeName: 'Xã Sin Suối Hồ', sessions: 0, lawPolicySessions: 0, required: 2, met: false },
      ],
      warnings: [
        { ...dashboard.warnings[0], subjectId: 21, subjectName: 'Trạm Y tế xã Sin Suối Hồ', communeCode: '03394', communeName: 'Xã Sin Suối Hồ' },
        { ...dashboard.warnings[0], subjectId: 7, subjectName: 'Hội Cựu chiến binh xã', communeCode: '03390', communeName: 'Xã Bình Lư' },
      ],
    };
    mockApi({ ...handlers(provinceUser), 'GET /api/v1/communes': { body: page(communes, 0, 100, 2) }, 'GET /api/v1/dashboard': { body: province } });
    renderApp('/?year=2026');
    const units = await screen.findByRole('table', { name: /đơn vị/i });
    expect(within(units).getByRole('columnheader', { name: 'Xã/phường' })).toBeInTheDocument();
    const sinSuoiHo = within(units).getByRole('row', { name: /Trạm Y tế xã Sin Suối Hồ/ });
    expect(within(sinSuoiHo).getByText('Xã Sin Suối Hồ')).toBeInTheDocument();
    expect(screen.getByText('(Xã Sin Suối Hồ)')).toBeInTheDocument();
    expect(screen.getByText('(Xã Bình Lư)')).toBeInTheDocument();
  });

  it('shows the five targets with value, target, status, fraction and formula, asking once for the year', async () => {
    const api = mockApi(handlers());
    renderApp('/?year=2026');

    const cards = await screen.findAllByTestId('indicator-card');
    expect(cards).toHaveLength(5);
    const first = within(cards[0]!);
    expect(first.getByText('Mục tiêu 1')).toBeInTheDocument();
    expect(first.getByTestId('indicator-value')).toHaveTextContent('78,57 %');
    expect(first.getByText('Chỉ tiêu năm: 100 %')).toBeInTheDocument();
    expect(first.getByText('Có nguy cơ')).toBeInTheDocument();
    expect(cards[0]).toHaveTextContent('Tử số / mẫu số: 11/14');
    expect(cards[0]).toHaveTextContent('Cách tính: Số đơn vị có ≥ 2 buổi pháp luật, chính sách về BĐG / số đơn vị đang hoạt động');
    expect(first.getByRole('link', { name: 'Xem bản ghi của Mục tiêu 1' })).toHaveAttribute('href', '/targets/1?year=2026&counted=false');

    expect(within(cards[1]!).getByText('Đạt')).toBeInTheDocument();
    expect(cards[1]).toHaveTextContent('Nộp đúng hạn (trước 15/11): 85,71 % (12/14)');
    expect(within(cards[2]!).getByText('Đúng tiến độ')).toBeInTheDocument();
    expect(cards[2]).toHaveTextContent('Thanh niên: không so sánh được');
    expect(within(cards[3]!).getByText('Chưa đến kỳ')).toBeInTheDocument();
    expect(within(cards[3]!).getByTestId('indicator-value')).toHaveTextContent('—');
    expect(within(cards[4]!).getByText('Không đạt')).toBeInTheDocument();
    expect(cards[4]).toHaveTextContent('Chưa rà soát: 1 (1/6)');

    const calls = api.calls('GET /api/v1/dashboard');
    expect(calls).toHaveLength(1);
    expect(calls[0]?.query.get('year')).toBe('2026');
    expect(calls[0]?.query.has('communeCode')).toBe(false);
  });

  it('offers every chart as a table with the same numbers, and links to the records', async () => {
    mockApi(handlers());
    renderApp('/?year=2026');
    await screen.findAllByTestId('indicator-card');

    expect(screen.getByRole('img', { name: /Biểu đồ xu hướng Mục tiêu 1, 2025–2030/ })).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: 'Bảng số liệu xu hướng' });
    const row = within(trend).getByRole('row', { name: /Mục tiêu 1/ });
    expect(within(row).getByRole('link', { name: '78,57 %' })).toHaveAttribute('href', '/targets/1?year=2026&counted=false');
    expect(within(row).getByRole('link', { name: '50 %' })).toHaveAttribute('href', '/targets/1?year=2025&counted=false');

    expect(screen.getByRole('img', { name: 'Biểu đồ người tham gia theo giới tính: nam 120, nữ 180' })).toBeInTheDocument();
    const bySex = screen.getByRole('table', { name: 'Theo giới tính' });
    expect(within(bySex).getByRole('row', { name: 'Nữ 180' })).toBeInTheDocument();
    const byGroup = screen.getByRole('table', { name: 'Theo nhóm đối tượng' });
    expect(within(byGroup).getByRole('link', { name: 'Phụ nữ' })).toHaveAttribute('href', '/sessions?year=2026&audience=4');
    expect(screen.getByRole('img', { name: 'Biểu đồ người tham gia theo nhóm đối tượng' })).toBeInTheDocument();
  });

  it('lists target 1 unit by unit, sortable by name, and the warnings grouped by kind', async () => {
    const { user } = (mockApi(handlers()), renderApp('/?year=2026'));
    const units = await screen.findByRole('table', { name: 'Số buổi truyền thông của từng đơn vị' });
    const names = () => within(units).getAllByRole('link').map((a) => a.textContent);
    expect(names()).toEqual(['Hội Cựu chiến binh xã', 'Trạm Y tế xã Bình Lư']);
    const hccb = within(units).getByRole('row', { name: /Hội Cựu chiến binh xã/ });
    expect(hccb).toHaveTextContent('1/2');
    expect(within(hccb).getByText('Chưa đạt')).toBeInTheDocument();
    await user.click(within(units).getByRole('button', { name: 'Sắp xếp theo tên đơn vị' }));
    expect(names()).toEqual(['Trạm Y tế xã Bình Lư', 'Hội Cựu chiến binh xã']);

    const groups = screen.getAllByTestId('warning-group');
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveTextContent('Đơn vị chưa đủ 2 buổi pháp luật, chính sách (1)');
    expect(groups[0]).toHaveTextContent('Hội Cựu chiến binh xã: Mới có 1/2 buổi pháp luật, chính sách về BĐG (hạn theo dõi 01/09)');
    expect(within(groups[0]!).getByRole('link', { name: 'Hội Cựu chiến binh xã' })).toHaveAttribute('href', '/units/9');
    expect(groups[1]).toHaveTextContent('Mục tiêu có nguy cơ không đạt (1)');
  });

  it('lets a province user choose one commune or the whole province', async () => {
    const api = mockApi({ ...handlers(provinceUser), 'GET /api/v1/communes': { body: page(communes, 0, 100, 2) } });
    const { user } = renderApp('/?year=2026');
    await screen.findAllByTestId('indicator-card');

    await user.click(screen.getByRole('combobox', { name: 'Địa bàn' }));
    await user.click(await screen.findByRole('option', { name: 'Xã Bình Lư' }));
    await waitFor(() => expect(api.calls('GET /api/v1/dashboard').at(-1)?.query.get('communeCode')).toBe('03390'));
    expect(api.calls('GET /api/v1/dashboard')[0]?.query.has('communeCode')).toBe(false);
  });

  it('shows the records behind target 1, not counted first, and switches to all of them', async () => {
    const api = mockApi(handlers());
    const { user } = renderApp('/?year=2026');
    const cards = await screen.findAllByTestId('indicator-card');
    await user.click(within(cards[0]!).getByRole('link', { name: 'Xem bản ghi của Mục tiêu 1' }));

    expect(await screen.findByRole('heading', { name: 'Bản ghi của Mục tiêu 1' })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Bản ghi sau con số của mục tiêu' });
    const row = within(table).getByRole('row', { name: /HCCB/ });
    expect(within(row).getByRole('link', { name: 'Hội Cựu chiến binh xã' })).toHaveAttribute('href', '/units/9');
    expect(row).toHaveTextContent('1/2 buổi pháp luật, chính sách');
    expect(within(row).getByText('Chưa được tính')).toBeInTheDocument();
    const [first] = api.calls('GET /api/v1/indicators/1/records');
    expect(first?.query.get('counted')).toBe('false');
    expect(first?.query.get('year')).toBe('2026');

    await user.click(screen.getByRole('radio', { name: 'Tất cả' }));
    await waitFor(() => expect(api.calls('GET /api/v1/indicators/1/records').at(-1)?.query.has('counted')).toBe(false));
  });

  it('opens another target on all its records', async () => {
    const api = mockApi({ ...handlers(), 'GET /api/v1/indicators/5/records': { body: { ...records, items: [], totalItems: 0, totalPages: 0 } } });
    renderApp('/targets/5?year=2027');
    expect(await screen.findByText('Không có bản ghi nào phù hợp.')).toBeInTheDocument();
    const [call] = api.calls('GET /api/v1/indicators/5/records');
    expect(call?.query.has('counted')).toBe(false);
    expect(call?.query.get('year')).toBe('2027');
  });

  it('shows the server’s problem when the dashboard cannot be loaded', async () => {
    mockApi({ ...handlers(), 'GET /api/v1/dashboard': { status: 403, body: { type: 'urn:binhdang:problem:forbidden', title: 'Forbidden', status: 403, detail: 'Không có quyền xem xã này' } } });
    renderApp('/?year=2026');
    expect(await screen.findByRole('alert')).toHaveTextContent('Không có quyền xem xã này');
  });
});

describe('dashboard years come from the plan', () => {
  const yearChoices = async (user: ReturnType<typeof renderApp>['user']) => {
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    const choices = (await screen.findAllByRole('option')).map((o) => o.textContent);
    await user.keyboard('{Escape}');
    return choices;
  };

  it('offers a 2027–2031 plan’s baseline year 2026 to 2031, and names that trend', async () => {
    const api = mockApi({ ...handlers(), ...plansHandler([plan({ periodStart: 2027, periodEnd: 2031 })]) });
    const { user } = renderApp('/?year=2031');
    await screen.findAllByTestId('indicator-card');

    expect(await yearChoices(user)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
    expect(screen.getByRole('heading', { name: 'Xu hướng 2026–2031' })).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /Biểu đồ xu hướng Mục tiêu 1, 2026–2031:/ })).toBeInTheDocument();
    const trend = screen.getByRole('table', { name: 'Bảng số liệu xu hướng' });
    expect(within(trend).getAllByRole('columnheader').slice(1).map((th) => th.textContent)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031']);
    expect(screen.getByText('Chương trình Truyền thông về bình đẳng giới 2027–2031')).toBeInTheDocument();
    // The year asked is one of the plan's: the dashboard is asked for it, once, and for no other year.
    expect(api.calls('GET /api/v1/dashboard').map((c) => c.query.get('year'))).toEqual(['2031']);
  });

  it('takes a year outside the plan back inside it, without asking for the wrong one first', async () => {
    // A plan that starts in five years: this year and the year asked lie before it, so its baseline year is shown.
    const start = Number(todayIso().slice(0, 4)) + 5;
    const api = mockApi({ ...handlers(), ...plansHandler([plan({ periodStart: start, periodEnd: start + 4 })]) });
    renderApp(`/?year=${start - 3}`);
    await screen.findAllByTestId('indicator-card');
    expect(api.calls('GET /api/v1/dashboard').map((c) => c.query.get('year'))).toEqual([String(start - 1)]);
    expect(screen.getByRole('combobox', { name: 'Năm' })).toHaveValue(String(start - 1));
  });

  it('spans every commune’s plan for a province user, and one commune’s once it is chosen', async () => {
    const api = mockApi({
      ...handlers(provinceUser),
      'GET /api/v1/communes': { body: page(communes, 0, 100, 2) },
      'GET /api/v1/plans': (request) => {
        const all = [plan(), plan({ id: 2, communeCode: '03394', communeName: 'Xã Sin Suối Hồ', periodStart: 2027, periodEnd: 2032 })];
        const communeCode = request.query.get('communeCode');
        const plans = communeCode ? all.filter((p) => p.communeCode === communeCode) : all;
        return { body: page(plans, 0, 100, plans.length) };
      },
    });
    const { user } = renderApp('/?year=2028');
    await screen.findAllByTestId('indicator-card');
    expect(await yearChoices(user)).toEqual(['2025', '2026', '2027', '2028', '2029', '2030', '2031', '2032']);

    await user.click(screen.getByRole('combobox', { name: 'Địa bàn' }));
    await user.click(await screen.findByRole('option', { name: 'Xã Sin Suối Hồ' }));
    await waitFor(() => expect(api.calls('GET /api/v1/dashboard').at(-1)?.query.get('communeCode')).toBe('03394'));
    expect(api.calls('GET /api/v1/plans').at(-1)?.query.get('communeCode')).toBe('03394');
    await screen.findAllByTestId('indicator-card');
    expect(await yearChoices(user)).toEqual(['2026', '2027', '2028', '2029', '2030', '2031', '2032']);
  });

  it('without any plan shows years around today and names no period', async () => {
    mockApi({ ...handlers(), ...plansHandler([]) });
    const { user } = renderApp('/');
    await screen.findAllByTestId('indicator-card');
    const thisYear = Number(todayIso().slice(0, 4));
    expect(await yearChoices(user)).toEqual([-3, -2, -1, 0, 1, 2].map((d) => String(thisYear + d)));
    expect(screen.getByRole('heading', { name: 'Xu hướng' })).toBeInTheDocument();
    expect(screen.getByText('Chương trình Truyền thông về bình đẳng giới')).toBeInTheDocument();
  });
});
