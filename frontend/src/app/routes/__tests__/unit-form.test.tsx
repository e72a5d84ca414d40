import { fireEvent, screen, waitFor, within } from '@testing-library/react';

import { todayIso } from '@/utils/dates';
import { communes, coordinator, healthStation, page, unitPageSessionHandlers } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const baseHandlers = {
  'GET /api/v1/me': { body: coordinator },
  'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
  ...unitPageSessionHandlers(4),
};

async function fillValidUnit(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('combobox', { name: /^Loại đơn vị/ }));
  await user.click(await screen.findByRole('option', { name: 'Trạm Y tế xã' }));
  await user.type(screen.getByRole('textbox', { name: /^Mã đơn vị/ }), 'tyt-2');
  await user.type(screen.getByRole('textbox', { name: /^Tên đơn vị/ }), 'Trạm Y tế cơ sở 2');
}

describe('unit form', () => {
  it('shows the server’s field error beside the field when the API answers 400 problem+json', async () => {
    const api = mockApi({
      ...baseHandlers,
      'POST /api/v1/units': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'code', message: 'Mã đơn vị TYT-2 đã có trong xã Bình Lư' },
        ]),
    });
    const { user } = renderApp('/units/new');
    await screen.findByRole('heading', { name: 'Tạo đơn vị' });
    await fillValidUnit(user);
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    const codeInput = screen.getByRole('textbox', { name: /^Mã đơn vị/ });
    const message = await screen.findByText('Mã đơn vị TYT-2 đã có trong xã Bình Lư');
    expect(codeInput).toHaveAttribute('aria-invalid', 'true');
    // "Beside the field": the message is the input's error description, not a banner elsewhere.
    expect(codeInput.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
    expect(screen.getByRole('textbox', { name: /^Tên đơn vị/ })).not.toHaveAttribute('aria-invalid', 'true');

    const [post] = api.calls('POST /api/v1/units');
    expect(post?.body).toEqual({
      communeCode: '03390',
      kind: 'HEALTH_STATION',
      code: 'TYT-2',
      name: 'Trạm Y tế cơ sở 2',
      contactPerson: null,
      phone: null,
      email: null,
      activeFrom: todayIso(),
      activeTo: null,
      targets: [1],
    });
  });

  it('checks the rules before sending and sends nothing while fields are wrong', async () => {
    const api = mockApi({ ...baseHandlers });
    const { user } = renderApp('/units/new');
    await screen.findByRole('heading', { name: 'Tạo đơn vị' });

    await user.type(screen.getByRole('textbox', { name: /^Mã đơn vị/ }), '-x');
    await user.type(screen.getByRole('textbox', { name: /^Điện thoại/ }), '12345');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(await screen.findByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Tên đơn vị/ })).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(screen.getByRole('textbox', { name: /^Mã đơn vị/ })).toHaveAccessibleDescription(
      expect.stringContaining('Mã gồm 2–20 ký tự'),
    );
    expect(screen.getByRole('textbox', { name: /^Điện thoại/ })).toHaveAccessibleDescription(
      'Số điện thoại bắt đầu bằng 0 hoặc +84, sau đó 9–10 chữ số',
    );
    expect(api.calls('POST /api/v1/units')).toHaveLength(0);
  });

  it('creates a unit and opens it with a confirmation', async () => {
    const created = { ...healthStation, id: 77, code: 'TYT-2', name: 'Trạm Y tế cơ sở 2' };
    mockApi({
      ...baseHandlers,
      'POST /api/v1/units': { status: 201, body: created },
      'GET /api/v1/units/77': { body: created },
    });
    const { user, router } = renderApp('/units/new');
    await screen.findByRole('heading', { name: 'Tạo đơn vị' });
    await fillValidUnit(user);
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(await screen.findByText('Đã tạo đơn vị.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Trạm Y tế cơ sở 2' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/units/77');
  });

  it('explains a stale version and reloads the latest one on request', async () => {
    let version = 0;
    mockApi({
      ...baseHandlers,
      'GET /api/v1/units/4': () => ({
        body: version === 0 ? healthStation : { ...healthStation, name: 'Trạm Y tế xã Bình Lư (đã đổi tên)', version: 1 },
      }),
      'PUT /api/v1/units/4': () => {
        version = 1; // someone else saved first
        return problem(409, 'stale-version', 'Đơn vị đã được người khác sửa.');
      },
    });
    const { user } = renderApp('/units/4/edit');
    const name = await screen.findByRole('textbox', { name: /^Tên đơn vị/ });
    expect(name).toHaveValue(healthStation.name);
    await user.clear(name);
    await user.type(name, 'Tên mới của tôi');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Dữ liệu đã bị người khác thay đổi')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Tên đơn vị/ })).toHaveValue('Trạm Y tế xã Bình Lư (đã đổi tên)'),
    );
    expect(screen.queryByText('Dữ liệu đã bị người khác thay đổi')).not.toBeInTheDocument();
  });

  it('sends the version read when saving changes', async () => {
    const api = mockApi({
      ...baseHandlers,
      'GET /api/v1/units/4': { body: { ...healthStation, version: 3 } },
      'PUT /api/v1/units/4': (req) => ({ body: { ...healthStation, ...(req.body as object), version: 4 } }),
    });
    const { user } = renderApp('/units/4/edit');
    const phone = await screen.findByRole('textbox', { name: /^Điện thoại/ });
    await user.clear(phone);
    await user.type(phone, '0987 654 321');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đã lưu thay đổi.')).toBeInTheDocument();
    const [put] = api.calls('PUT /api/v1/units/4');
    expect(put?.body).toMatchObject({ version: 3, phone: '0987654321', code: 'TYT', targets: [1, 4] });
  });

  it('shows the server’s reason when a unit in use cannot be deleted', async () => {
    mockApi({
      ...baseHandlers,
      'GET /api/v1/units/4': { body: healthStation },
      'DELETE /api/v1/units/4': () =>
        problem(409, 'in-use', 'Không thể xóa: đơn vị đã có 3 buổi truyền thông. Hãy chuyển sang ngừng hoạt động.'),
    });
    const { user } = renderApp('/units/4');
    await screen.findByRole('heading', { name: healthStation.name });
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa đơn vị' });
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));

    expect(
      await within(dialog).findByText('Không thể xóa: đơn vị đã có 3 buổi truyền thông. Hãy chuyển sang ngừng hoạt động.'),
    ).toBeInTheDocument();
  });

  it('deactivates a unit from the chosen date', async () => {
    const api = mockApi({
      ...baseHandlers,
      'GET /api/v1/units/4': { body: healthStation },
      'POST /api/v1/units/4/deactivate': (req) => ({
        body: { ...healthStation, activeTo: (req.body as { activeTo: string }).activeTo, active: false, version: 1 },
      }),
    });
    const { user } = renderApp('/units/4');
    await screen.findByRole('heading', { name: healthStation.name });
    await user.click(screen.getByRole('button', { name: 'Ngừng hoạt động' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ngừng hoạt động đơn vị' });
    fireEvent.change(within(dialog).getByLabelText('Ngày ngừng hoạt động'), { target: { value: '2026-12-31' } });
    await user.click(within(dialog).getByRole('button', { name: 'Ngừng hoạt động' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls('POST /api/v1/units/4/deactivate')[0]?.body).toEqual({ activeTo: '2026-12-31', version: 0 });
    expect(screen.getByText('31/12/2026')).toBeInTheDocument();
    expect(screen.getByText('Ngừng hoạt động', { selector: '.mantine-Badge-label' })).toBeInTheDocument();
  });
});
