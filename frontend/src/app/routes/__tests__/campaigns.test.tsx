import { act, screen, waitFor, within } from '@testing-library/react';

import { actionMonth, coordinator, page, programmeHandlers, session, viewer } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const womensDay = {
  ...actionMonth,
  id: 8,
  name: 'Truyền thông nhân Ngày Quốc tế Phụ nữ 08/3/2027',
  occasion: 'WOMENS_DAY' as const,
  startDate: '2027-03-01',
  endDate: '2027-03-08',
  year: 2027,
  status: 'PLANNED' as const,
};

function proposals(confirmedWomensDay: boolean) {
  const base = { year: 2027, theme: 'Bình đẳng giới vì sự phát triển', taskGroups: [1, 6] };
  return [
    { ...base, occasion: 'WOMENS_DAY', name: womensDay.name, startDate: '2027-03-01', endDate: '2027-03-08', confirmed: confirmedWomensDay, campaignId: confirmedWomensDay ? 8 : null },
    { ...base, occasion: 'HAPPINESS_DAY', name: 'Ngày Quốc tế Hạnh phúc 20/3/2027', startDate: '2027-03-15', endDate: '2027-03-20', confirmed: false, campaignId: null },
    { ...base, occasion: 'FAMILY_DAY', name: 'Ngày Gia đình Việt Nam 28/6/2027', startDate: '2027-06-20', endDate: '2027-06-28', confirmed: false, campaignId: null },
    { ...base, occasion: 'ACTION_MONTH', name: 'Tháng hành động vì bình đẳng giới 2027', startDate: '2027-11-15', endDate: '2027-12-15', confirmed: false, campaignId: null },
  ];
}

describe('campaigns', () => {
  it('shows a campaign across the days it runs in the month view, asking for the weeks shown', async () => {
    const api = mockApi(programmeHandlers(coordinator));
    renderApp('/campaigns?month=2026-11');

    const calendar = await screen.findByRole('region', { name: 'Lịch chiến dịch tháng 11/2026' });
    const bars = await within(calendar).findAllByRole('link', { name: actionMonth.name });
    // Sunday 15 November ends one week row; three more run to Sunday 6 December, the last day shown.
    expect(bars).toHaveLength(4);
    expect(bars[0]).toHaveAttribute('href', '/campaigns/3');
    expect(screen.getByRole('heading', { name: 'Tháng 11/2026' })).toBeInTheDocument();
    const [call] = api.calls('GET /api/v1/campaigns');
    expect(call?.query.get('from')).toBe('2026-10-26');
    expect(call?.query.get('to')).toBe('2026-12-06');
    // Listed under the calendar too, with its dates.
    const listed = screen.getByRole('table', { name: 'Chiến dịch trong thời gian đang xem' });
    expect(within(listed).getByText('15/11/2026 – 15/12/2026')).toBeInTheDocument();
  });

  it('moves to the next month and shows the year view', async () => {
    const api = mockApi(programmeHandlers(coordinator));
    const { user } = renderApp('/campaigns?month=2026-11');
    await screen.findByRole('region', { name: 'Lịch chiến dịch tháng 11/2026' });

    await user.click(screen.getByRole('button', { name: 'Tháng sau' }));
    expect(await screen.findByRole('region', { name: 'Lịch chiến dịch tháng 12/2026' })).toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Năm' }));
    const year = await screen.findByRole('region', { name: 'Lịch chiến dịch năm 2026' });
    expect(within(year).getAllByRole('link', { name: actionMonth.name })).toHaveLength(2); // November and December
    const last = api.calls('GET /api/v1/campaigns').at(-1);
    expect([last?.query.get('from'), last?.query.get('to')]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('confirms a yearly proposal and shows it confirmed after the refresh', async () => {
    let confirmed = false;
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/campaigns/proposals': () => ({ body: proposals(confirmed) }),
      'POST /api/v1/campaigns/proposals/confirm': () => {
        const status = confirmed ? 200 : 201;
        confirmed = true;
        return { status, body: womensDay };
      },
    });
    const { user } = renderApp('/campaigns/proposals?year=2027');

    const cards = await screen.findAllByTestId('proposal');
    expect(cards).toHaveLength(4);
    const card = cards[0]!;
    expect(within(card).getByText('Chưa xác nhận')).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: `Xác nhận: ${womensDay.name}` }));

    expect(await screen.findByText(`Đã xác nhận chiến dịch “${womensDay.name}”.`)).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getAllByTestId('proposal')[0]!).getByText('Đã xác nhận')).toBeInTheDocument());
    const refreshed = screen.getAllByTestId('proposal')[0]!;
    expect(within(refreshed).queryByRole('button', { name: /Xác nhận/ })).not.toBeInTheDocument();
    expect(within(refreshed).getByRole('link', { name: 'Xem chiến dịch' })).toHaveAttribute('href', '/campaigns/8');
    expect(api.calls('POST /api/v1/campaigns/proposals/confirm')[0]?.body).toEqual({ year: 2027, occasion: 'WOMENS_DAY' });
    expect(api.calls('GET /api/v1/campaigns/proposals').length).toBeGreaterThanOrEqual(2);
    expect(api.calls('GET /api/v1/campaigns/proposals')[0]?.query.get('year')).toBe('2027');
  });

  it('offers a viewer neither the proposals (the coordinators’ worklist) nor creating campaigns', async () => {
    const api = mockApi(programmeHandlers(viewer));
    const { router } = renderApp('/campaigns?month=2026-11');
    await screen.findByRole('region', { name: 'Lịch chiến dịch tháng 11/2026' });
    expect(screen.queryByRole('link', { name: 'Đề xuất hằng năm' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tạo chiến dịch' })).not.toBeInTheDocument();

    await act(() => router.navigate('/campaigns/proposals?year=2027'));
    expect(await screen.findByText('Bạn không có quyền thực hiện thao tác này.')).toBeInTheDocument();
    expect(api.calls('GET /api/v1/campaigns/proposals')).toHaveLength(0);
  });

  it('shows a campaign with its sessions and their totals', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/campaigns/3': { body: actionMonth },
      'GET /api/v1/sessions': {
        body: {
          ...page([session({ id: 5 })], 0, 10, 1),
          totals: { sessions: 1, participantsMale: 18, participantsFemale: 27, participantsTotal: 45, ethnicMinorityParticipants: 40, units: 1 },
        },
      },
      'GET /api/v1/audit': { body: page([], 0, 10, 0) },
    });
    renderApp('/campaigns/3');

    expect(await screen.findByRole('heading', { name: actionMonth.name })).toBeInTheDocument();
    expect(screen.getByText('Tháng hành động vì bình đẳng giới (15/11–15/12)')).toBeInTheDocument();
    expect(screen.getByText('Đang diễn ra')).toBeInTheDocument();
    const totals = await screen.findByRole('group', { name: 'Các buổi truyền thông của chiến dịch' });
    expect(within(totals).getByText('Tổng người tham dự').nextSibling).toHaveTextContent('45');
    expect(within(totals).getByText('Số đơn vị').nextSibling).toHaveTextContent('1');
    expect(screen.getByRole('link', { name: '20/11/2026' })).toHaveAttribute('href', '/sessions/5');
    expect(api.calls('GET /api/v1/sessions')[0]?.query.get('campaignId')).toBe('3');
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/campaigns/3/edit');
  });

  it('creates a campaign from the form', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'POST /api/v1/campaigns': (request) => ({ status: 201, body: { ...actionMonth, id: 12, ...(request.body as object) } }),
      'GET /api/v1/campaigns/12': { body: { ...actionMonth, id: 12 } },
      'GET /api/v1/sessions': { body: { ...page([], 0, 10, 0), totals: { sessions: 0, participantsMale: 0, participantsFemale: 0, participantsTotal: 0, ethnicMinorityParticipants: 0, units: 0 } } },
      'GET /api/v1/audit': { body: page([], 0, 10, 0) },
    });
    const { user, router } = renderApp('/campaigns/new');
    await user.type(await screen.findByRole('textbox', { name: /^Tên chiến dịch/ }), 'Ngày hội bình đẳng giới bản Nà Đon');
    await user.click(screen.getByRole('combobox', { name: /^Dịp/ }));
    await user.click(await screen.findByRole('option', { name: 'Dịp khác' }));
    await user.click(screen.getByRole('checkbox', { name: '6. Giáo dục BĐG trong gia đình, nhà trường, cộng đồng' }));
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns/12'));
    expect(api.calls('POST /api/v1/campaigns')[0]?.body).toMatchObject({
      communeCode: '03390',
      name: 'Ngày hội bình đẳng giới bản Nà Đon',
      occasion: 'OTHER',
      taskGroups: [6],
      participatingUnitIds: [],
      leadUnitId: null,
    });
  });
});
