import { screen, waitFor, within } from '@testing-library/react';

import type { Schemas } from '@/lib/api';
import { page, provinceAdmin } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

type Area = Schemas['AreaView'];
type Me = Schemas['MeView'];

const nationalAdmin: Me = {
  ...provinceAdmin,
  username: 'quantri.quocgia',
  displayName: 'Quản trị quốc gia – minh họa',
  roles: ['national-admin'],
  provinceCode: null,
  provinceName: null,
};

const commune = (id: number, code: string, name: string, parentCode: string, validTo: string | null = null): Area => ({
  id,
  code,
  name,
  level: 'COMMUNE',
  parentCode,
  validTo,
  version: 0,
});

const hanoi = [commune(10, '00004', 'Phường Ba Đình', '01'), commune(11, '00008', 'Phường Ngọc Hà', '01')];
const laiChau = [commune(2, '03390', 'Xã Bình Lư', '12'), commune(4, '03397', 'Xã Nậm Tăm', '12', '2025-07-01')];

describe('the country’s communes (national admin)', () => {
  it('pages the country’s communes, narrows them to a province, and marks the closed ones', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: nationalAdmin },
      'GET /api/v1/plans': () => problem(403, 'forbidden', 'Không có quyền.'),
      'GET /api/v1/communes': (request) => {
        const province = request.query.get('provinceCode');
        const index = Number(request.query.get('page') ?? '0');
        if (province === '12') return { body: page(laiChau, 0, 100, 2) };
        return { body: page(index === 0 ? hanoi : laiChau, index, 100, 3321) };
      },
    });
    const { user } = renderApp('/communes');
    expect(await screen.findByRole('heading', { name: 'Xã, phường cả nước' })).toBeInTheDocument();
    const table = await screen.findByTestId('country-communes');
    expect(within(table).getByText('Phường Ba Đình')).toBeInTheDocument();
    expect(screen.getByText('Tổng số: 3321')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(within(screen.getByTestId('country-communes')).getByText('Xã Bình Lư')).toBeInTheDocument());
    expect(api.calls('GET /api/v1/communes').at(-1)?.query.get('page')).toBe('1');

    await user.type(screen.getByRole('textbox', { name: /^Mã tỉnh/ }), '12');
    await waitFor(() => expect(api.calls('GET /api/v1/communes').at(-1)?.query.get('provinceCode')).toBe('12'));
    expect(api.calls('GET /api/v1/communes').at(-1)?.query.get('page')).toBe('0');
    const row = (await screen.findByText('Xã Nậm Tăm')).closest('tr')!;
    expect(within(row).getByText('Đã giải thể / sáp nhập từ 01/07/2025')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: /^Tìm kiếm/ }), 'binh lu');
    await waitFor(() => expect(screen.queryByText('Xã Nậm Tăm')).not.toBeInTheDocument());
    expect(screen.getByText('Xã Bình Lư')).toBeInTheDocument();
  });

  it('explains a malformed province code and does not ask for it', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: nationalAdmin },
      'GET /api/v1/communes': { body: page(hanoi, 0, 100, 2) },
    });
    const { user } = renderApp('/communes');
    await screen.findByTestId('country-communes');
    await user.type(screen.getByRole('textbox', { name: /^Mã tỉnh/ }), '1');
    expect(screen.getByRole('textbox', { name: /^Mã tỉnh/ })).toHaveAccessibleDescription(expect.stringContaining('Mã tỉnh gồm 2 chữ số'));
    expect(api.calls('GET /api/v1/communes').every((r) => !r.query.get('provinceCode'))).toBe(true);
  });
});
