import { screen, waitFor, within } from '@testing-library/react';

import { coordinator, page, programmeHandlers } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const rows = [
  { unitId: 7, unitCode: 'TYT', unitName: 'Trạm Y tế xã Bình Lư', filed: true, onTime: true, planId: 12, filedOn: '2026-11-02' },
  { unitId: 8, unitCode: 'THCS-BL', unitName: 'Trường Trung học cơ sở Bình Lư', filed: true, onTime: false, planId: 13, filedOn: '2026-11-20' },
  { unitId: 9, unitCode: 'HCCB', unitName: 'Hội Cựu chiến binh xã', filed: false, onTime: null, planId: null, filedOn: null },
];

describe('Action Month plans', () => {
  it('shows who filed the year’s plan, on time or late, and who has not; filters the missing ones', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/action-month-plans/status': (request) => {
        const filed = request.query.get('filed');
        const items = filed === null ? rows : rows.filter((r) => String(r.filed) === filed);
        return { body: page(items, 0, 20, items.length) };
      },
    });
    const { user } = renderApp('/action-month-plans?year=2026');

    const table = await screen.findByRole('table', { name: 'Tình trạng nộp kế hoạch Tháng hành động năm 2026' });
    const tyt = within(table).getByRole('row', { name: /TYT/ });
    expect(tyt).toHaveTextContent('Đã nộp');
    expect(tyt).toHaveTextContent('02/11/2026');
    expect(tyt).toHaveTextContent('Đúng hạn');
    expect(within(table).getByRole('row', { name: /THCS-BL/ })).toHaveTextContent('Muộn');
    expect(within(table).getByRole('row', { name: /HCCB/ })).toHaveTextContent('Chưa nộp');
    expect(api.calls('GET /api/v1/action-month-plans/status')[0]?.query.get('year')).toBe('2026');

    await user.click(screen.getByRole('radio', { name: 'Chưa nộp' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(api.calls('GET /api/v1/action-month-plans/status').at(-1)?.query.get('filed')).toBe('false');
    expect(screen.getByRole('link', { name: 'Hội Cựu chiến binh xã' })).toHaveAttribute('href', '/units/9');
  });
});
