import { screen, waitFor, within } from '@testing-library/react';

import type { Schemas } from '@/lib/api';
import { communeAdmin, communes, coordinator, cultureOffice, healthStation, page, plan, provinceAdmin, unit } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

type Person = Schemas['PersonView'];
type Me = Schemas['MeView'];

const nationalAdmin: Me = {
  ...provinceAdmin,
  username: 'quantri.quocgia',
  displayName: 'Quản trị quốc gia – minh họa',
  roles: ['national-admin'],
  provinceCode: null,
  provinceName: null,
};

function person(overrides: Partial<Person> & Pick<Person, 'id' | 'username' | 'role'>): Person {
  return {
    firstName: 'Lan',
    lastName: 'Nguyễn Thị',
    email: '',
    provinceCode: '12',
    communeCode: '03390',
    unitCode: '',
    enabled: true,
    mustChangePassword: false,
    ...overrides,
  };
}

const reporterPerson = person({ id: 'u-1', username: 'baocao.tramyte', role: 'unit-reporter', unitCode: 'TYT', firstName: 'Mai', lastName: 'Vàng Thị' });
const viewerPerson = person({ id: 'u-2', username: 'xem.binhlu', role: 'viewer', firstName: 'Xem', lastName: 'Tẩn Văn', mustChangePassword: true });
const closedUnit = unit({ id: 9, code: 'CU', name: 'Đơn vị đã đóng', active: false });

function communeAdminApi(extra: Record<string, unknown> = {}) {
  return mockApi({
    'GET /api/v1/me': { body: communeAdmin },
    'GET /api/v1/plans': { body: page([plan()], 0, 100, 1) },
    'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
    'GET /api/v1/units': { body: page([cultureOffice, healthStation, closedUnit], 0, 100, 3) },
    'GET /api/v1/people': { body: page([reporterPerson, viewerPerson], 0, 20, 2) },
    'GET /api/v1/people/grantable-roles': { body: { roles: ['coordinator', 'viewer', 'unit-reporter'] } },
    ...(extra as object),
  });
}

async function chooseOption(user: ReturnType<typeof renderApp>['user'], field: RegExp, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: field }));
  await user.click(await screen.findByRole('option', { name: option }));
}

describe('people', () => {
  it('shows the nav entries by role: people for the admins, communes for the province and national admins', async () => {
    const cases: [Me, string[], string[]][] = [
      [coordinator, [], ['Người dùng', 'Xã tham gia chương trình', 'Xã, phường cả nước']],
      [communeAdmin, ['Người dùng'], ['Xã tham gia chương trình', 'Xã, phường cả nước']],
      [provinceAdmin, ['Người dùng', 'Xã tham gia chương trình'], ['Xã, phường cả nước']],
      // The national administrator reads no commune's records: none of the programme's pages is offered.
      [nationalAdmin, ['Người dùng', 'Xã, phường cả nước'], ['Xã tham gia chương trình', 'Tổng quan', 'Đơn vị', 'Buổi truyền thông']],
    ];
    for (const [me, shown, hidden] of cases) {
      mockApi({ 'GET /api/v1/me': { body: me }, 'GET /api/v1/plans': { body: page([plan()], 0, 100, 1) } });
      const { unmount } = renderApp('/account');
      const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
      await within(nav).findByRole('link', { name: 'Tài khoản' });
      for (const label of shown) expect(within(nav).getByRole('link', { name: label })).toBeInTheDocument();
      for (const label of hidden) expect(within(nav).queryByRole('link', { name: label })).not.toBeInTheDocument();
      unmount();
    }
  });

  it('lists the people the commune admin manages, with their role, unit and status', async () => {
    communeAdminApi();
    renderApp('/people');
    expect(await screen.findByRole('heading', { name: 'Người dùng' })).toBeInTheDocument();
    const row = await screen.findByTestId('person-baocao.tramyte');
    expect(within(row).getByText('Đầu mối báo cáo của đơn vị')).toBeInTheDocument();
    expect(await within(row).findByText('Trạm Y tế xã Bình Lư')).toBeInTheDocument();
    expect(within(row).getByText('Vàng Thị Mai')).toBeInTheDocument();
    expect(within(screen.getByTestId('person-xem.binhlu')).getByText('Chưa đổi mật khẩu tạm')).toBeInTheDocument();
  });

  it('invites a unit reporter bound to an active unit and shows the temporary password once', async () => {
    const api = communeAdminApi({
      'POST /api/v1/people': {
        status: 201,
        body: {
          person: person({ id: 'u-9', username: 'baocao.tyt2', role: 'unit-reporter', unitCode: 'TYT', mustChangePassword: true }),
          temporaryPassword: 'Tam-7xq2-Lp9w',
          emailSent: false,
        },
      },
    });
    const { user, router } = renderApp('/people');
    await user.click(await screen.findByRole('link', { name: 'Mời người dùng' }));
    expect(await screen.findByRole('heading', { name: 'Mời người dùng' })).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /^Tên đăng nhập/ }), 'baocao.tyt2');
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên đệm/ }), 'Nguyễn Thị');
    await user.type(screen.getByRole('textbox', { name: /^Tên\s*\*?$/ }), 'Lan');
    await chooseOption(user, /^Vai trò/, 'Đầu mối báo cáo của đơn vị');
    // Only active units are offered.
    await user.click(await screen.findByRole('combobox', { name: /^Đơn vị/ }));
    expect(screen.queryByRole('option', { name: /Đơn vị đã đóng/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Trạm Y tế xã Bình Lư (TYT)' }));
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));

    const dialog = await screen.findByRole('dialog', { name: 'Mật khẩu tạm của người được mời' });
    expect(within(dialog).getByRole('textbox', { name: 'Mật khẩu tạm' })).toHaveValue('Tam-7xq2-Lp9w');
    expect(dialog).toHaveTextContent('Người đó phải đổi mật khẩu ở lần đăng nhập đầu tiên.');
    expect(within(dialog).getByRole('button', { name: 'Sao chép mật khẩu' })).toBeInTheDocument();
    const [post] = api.calls('POST /api/v1/people');
    expect(post?.body).toEqual({
      username: 'baocao.tyt2',
      lastName: 'Nguyễn Thị',
      firstName: 'Lan',
      role: 'unit-reporter',
      unitCode: 'TYT',
    });

    await user.click(within(dialog).getByRole('button', { name: 'Đã lưu mật khẩu, đóng' }));
    expect(await screen.findByText('Đã mời baocao.tyt2.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/people');
    // Once closed, the password is nowhere on screen.
    expect(screen.queryByText('Tam-7xq2-Lp9w')).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue('Tam-7xq2-Lp9w')).not.toBeInTheDocument();
  });

  it('copies the temporary password', async () => {
    const writeText = vi.fn(async () => undefined);
    communeAdminApi({
      'POST /api/v1/people': {
        status: 201,
        body: { person: person({ id: 'u-9', username: 'xem2', role: 'viewer' }), temporaryPassword: 'Tam-abc-123', emailSent: false },
      },
    });
    const { user } = renderApp('/people/invite?role=viewer');
    await user.type(await screen.findByRole('textbox', { name: /^Tên đăng nhập/ }), 'xem2');
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên đệm/ }), 'Lò');
    await user.type(screen.getByRole('textbox', { name: /^Tên\s*\*?$/ }), 'Xem');
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mật khẩu tạm của người được mời' });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(within(dialog).getByRole('button', { name: 'Sao chép mật khẩu' }));
    expect(writeText).toHaveBeenCalledWith('Tam-abc-123');
    expect(await within(dialog).findByRole('button', { name: 'Đã sao chép' })).toBeInTheDocument();
  });

  it('invites a commune admin for the commune the communes page preselected (province admin)', async () => {
    const sinSuoiHo = communes[1]!;
    const api = mockApi({
      'GET /api/v1/me': { body: provinceAdmin },
      'GET /api/v1/plans': { body: page([plan()], 0, 100, 1) },
      'GET /api/v1/communes': { body: page(communes, 0, 100, 2) },
      'GET /api/v1/people/grantable-roles': { body: { roles: ['province', 'commune-admin'] } },
      'POST /api/v1/people': {
        status: 201,
        body: {
          person: person({ id: 'u-5', username: 'quantri.sinsuoiho', role: 'commune-admin', communeCode: sinSuoiHo.code }),
          temporaryPassword: 'Tam-xyz-789',
          emailSent: false,
        },
      },
    });
    const { user } = renderApp(`/people/invite?role=commune-admin&commune=${sinSuoiHo.code}`);
    expect(await screen.findByRole('combobox', { name: /^Vai trò/ })).toHaveValue('Quản trị UBND xã');
    await waitFor(() => expect(screen.getByRole('combobox', { name: /^Xã/ })).toHaveValue('Xã Sin Suối Hồ (03394)'));
    await user.type(screen.getByRole('textbox', { name: /^Tên đăng nhập/ }), 'quantri.sinsuoiho');
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên đệm/ }), 'Giàng A');
    await user.type(screen.getByRole('textbox', { name: /^Tên\s*\*?$/ }), 'Sử');
    await user.type(screen.getByRole('textbox', { name: /^Thư điện tử/ }), 'su@example.org');
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));

    const dialog = await screen.findByRole('dialog', { name: 'Mật khẩu tạm của người được mời' });
    expect(within(dialog).getByTestId('temporary-password')).toHaveValue('Tam-xyz-789');
    expect(api.calls('POST /api/v1/people')[0]?.body).toEqual({
      username: 'quantri.sinsuoiho',
      lastName: 'Giàng A',
      firstName: 'Sử',
      email: 'su@example.org',
      role: 'commune-admin',
      communeCode: '03394',
    });
  });

  it('shows a duplicate username (409) beside the username, and a role above one’s own (403) beside the role', async () => {
    let answer = 0;
    const api = communeAdminApi({
      'POST /api/v1/people': () =>
        ++answer === 1
          ? problem(409, 'conflict', 'Tên đăng nhập baocao.tramyte đã có người dùng.')
          : problem(403, 'forbidden', 'Bạn không có quyền thực hiện thao tác này.', [
              { field: 'role', message: 'Bạn không được giao vai trò viewer; được giao: coordinator' },
            ]),
    });
    const { user } = renderApp('/people/invite?role=viewer');
    const username = await screen.findByRole('textbox', { name: /^Tên đăng nhập/ });
    await user.type(username, 'baocao.tramyte');
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên đệm/ }), 'Lò');
    await user.type(screen.getByRole('textbox', { name: /^Tên\s*\*?$/ }), 'Xem');
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));
    await waitFor(() => expect(username).toHaveAccessibleDescription(expect.stringContaining('Tên đăng nhập baocao.tramyte đã có người dùng.')));

    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Vai trò/ })).toHaveAccessibleDescription(
        'Bạn không được giao vai trò viewer; được giao: coordinator',
      ),
    );
    expect(api.calls('POST /api/v1/people')).toHaveLength(2);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('checks the username and the unit before sending', async () => {
    const api = communeAdminApi();
    const { user } = renderApp('/people/invite?role=unit-reporter');
    await user.type(await screen.findByRole('textbox', { name: /^Tên đăng nhập/ }), 'Bao Cao');
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));
    expect(await screen.findByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Tên đăng nhập/ })).toHaveAccessibleDescription(expect.stringContaining('Tên đăng nhập gồm 3–60 ký tự'));
    expect(screen.getByRole('combobox', { name: /^Đơn vị/ })).toHaveAccessibleDescription(expect.stringContaining('Bắt buộc nhập'));
    expect(api.calls('POST /api/v1/people')).toHaveLength(0);
  });

  it('changes a person’s role and unit', async () => {
    const api = communeAdminApi({
      'PUT /api/v1/people/u-2': (request: { body: unknown }) => ({ body: { ...viewerPerson, ...(request.body as object) } }),
    });
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Đổi vai trò: xem.binhlu' }));
    const dialog = await screen.findByRole('dialog', { name: 'Đổi vai trò, đơn vị của xem.binhlu' });
    await user.click(within(dialog).getByRole('combobox', { name: /^Vai trò/ }));
    await user.click(await screen.findByRole('option', { name: 'Đầu mối báo cáo của đơn vị' }));
    await user.click(within(dialog).getByRole('combobox', { name: /^Đơn vị/ }));
    await user.click(await screen.findByRole('option', { name: 'Phòng Văn hóa – Xã hội (VHXH)' }));
    await user.click(within(dialog).getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu vai trò của xem.binhlu.')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/people/u-2')[0]?.body).toEqual({ role: 'unit-reporter', unitCode: 'VHXH' });
  });

  it('disables an account only after confirming', async () => {
    const api = communeAdminApi({
      'PUT /api/v1/people/u-1/enabled': { body: { ...reporterPerson, enabled: false } },
    });
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Khóa: baocao.tramyte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khóa tài khoản baocao.tramyte?' });
    expect(api.calls('PUT /api/v1/people/u-1/enabled')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Khóa' }));

    expect(await screen.findByText('Đã khóa tài khoản baocao.tramyte.')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/people/u-1/enabled')[0]?.body).toEqual({ enabled: false });
  });

  it('shows the server’s refusal to disable in the confirmation', async () => {
    communeAdminApi({
      'PUT /api/v1/people/u-1/enabled': () => problem(403, 'forbidden', 'Bạn không quản lý người dùng này.'),
    });
    const { user } = renderApp('/people');
    await user.click(await screen.findByRole('button', { name: 'Khóa: baocao.tramyte' }));
    const dialog = await screen.findByRole('dialog', { name: 'Khóa tài khoản baocao.tramyte?' });
    await user.click(within(dialog).getByRole('button', { name: 'Khóa' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Bạn không quản lý người dùng này.');
  });

  it('lets a national admin invite a province admin of a named province', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: nationalAdmin },
      'GET /api/v1/plans': () => problem(403, 'forbidden', 'Không có quyền.'),
      'GET /api/v1/people/grantable-roles': { body: { roles: ['province-admin', 'province'] } },
      'POST /api/v1/people': {
        status: 201,
        body: {
          person: person({ id: 'u-7', username: 'quantri.dienbien', role: 'province-admin', provinceCode: '11', communeCode: '' }),
          temporaryPassword: 'Tam-db-11',
          emailSent: false,
        },
      },
    });
    const { user } = renderApp('/people/invite');
    await chooseOption(user, /^Vai trò/, 'Quản trị chương trình của tỉnh (Sở Nội vụ)');
    await user.type(screen.getByRole('textbox', { name: /^Mã tỉnh/ }), '11');
    await user.type(screen.getByRole('textbox', { name: /^Tên đăng nhập/ }), 'quantri.dienbien');
    await user.type(screen.getByRole('textbox', { name: /^Họ và tên đệm/ }), 'Lò Văn');
    await user.type(screen.getByRole('textbox', { name: /^Tên\s*\*?$/ }), 'Biên');
    await user.click(screen.getByRole('button', { name: 'Mời người dùng' }));
    await screen.findByRole('dialog', { name: 'Mật khẩu tạm của người được mời' });
    expect(api.calls('POST /api/v1/people')[0]?.body).toEqual({
      username: 'quantri.dienbien',
      lastName: 'Lò Văn',
      firstName: 'Biên',
      role: 'province-admin',
      provinceCode: '11',
    });
  });
});
