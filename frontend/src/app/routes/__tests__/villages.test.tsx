import { screen, within } from '@testing-library/react';

import { communes, coordinator, page, village, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const villages = [village(1, '03390-01', 'Bản Nà Đon'), village(2, '03390-02', 'Bản Hợp 1')];

const handlers = {
  'GET /api/v1/me': { body: coordinator },
  'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
  'GET /api/v1/villages': { body: page(villages, 0, 20, 2) },
};

describe('villages', () => {
  it('lists the commune’s villages sorted by name', async () => {
    const api = mockApi(handlers);
    renderApp('/villages');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Bản Nà Đon')).toBeInTheDocument();
    expect(within(table).getByText('03390-02')).toBeInTheDocument();
    expect(api.calls('GET /api/v1/villages')[0]?.query.get('sort')).toBe('name');
  });

  it('pre-fills the commune code and rejects a code of another commune before sending', async () => {
    const api = mockApi(handlers);
    const { user } = renderApp('/villages/new');
    const code = await screen.findByRole('textbox', { name: /^Mã bản/ });
    expect(code).toHaveValue('03390-');
    await user.clear(code);
    await user.type(code, '03394-01');
    await user.type(screen.getByRole('textbox', { name: /^Tên bản/ }), 'Bản Mới');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(code).toHaveAccessibleDescription(expect.stringContaining('Mã bản phải có dạng 03390-01'));
    expect(api.calls('POST /api/v1/villages')).toHaveLength(0);
  });

  it('shows a duplicate code reported by the server beside the code', async () => {
    mockApi({
      ...handlers,
      'POST /api/v1/villages': () => problem(409, 'conflict', 'Mã bản 03390-01 đã tồn tại.'),
    });
    const { user } = renderApp('/villages/new');
    const code = await screen.findByRole('textbox', { name: /^Mã bản/ });
    await user.type(code, '01');
    await user.type(screen.getByRole('textbox', { name: /^Tên bản/ }), 'Bản Nà Đon 2');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(await screen.findByText('Mã bản 03390-01 đã tồn tại.')).toBeInTheDocument();
    expect(code).toHaveAttribute('aria-invalid', 'true');
  });

  it('creates a village and returns to the list', async () => {
    const api = mockApi({
      ...handlers,
      'POST /api/v1/villages': (req) => ({ status: 201, body: { ...village(9, '03390-09', 'Bản Mới'), ...(req.body as object) } }),
    });
    const { user, router } = renderApp('/villages/new');
    const code = await screen.findByRole('textbox', { name: /^Mã bản/ });
    await user.type(code, '09');
    await user.type(screen.getByRole('textbox', { name: /^Tên bản/ }), '  Bản Mới ');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(await screen.findByText('Đã tạo bản.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/villages');
    expect(api.calls('POST /api/v1/villages')[0]?.body).toEqual({ communeCode: '03390', code: '03390-09', name: 'Bản Mới' });
  });

  it('is read-only for a viewer', async () => {
    mockApi({ ...handlers, 'GET /api/v1/me': { body: viewer } });
    renderApp('/villages');
    const table = await screen.findByRole('table');
    expect(within(table).getByText('Bản Nà Đon')).toBeInTheDocument();
    expect(within(table).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tạo mới' })).not.toBeInTheDocument();
  });
});
