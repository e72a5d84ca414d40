import { screen, waitFor, within } from '@testing-library/react';

import { fakeSession } from '@/testing/setup-tests';
import { communes, coordinator, healthStation, page, provinceUser } from '@/testing/data';
import { mockApi } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const handlers = {
  'GET /api/v1/me': { body: coordinator },
  'GET /api/v1/communes': { body: page(communes.slice(0, 1), 0, 100, 1) },
  'GET /api/v1/units': { body: page([healthStation], 0, 20, 1) },
};

describe('app shell', () => {
  it('shows the signed-in user’s name, role and scope in the header', async () => {
    mockApi(handlers);
    renderApp('/');
    const header = await screen.findByRole('banner');
    const user = await within(header).findByTestId('current-user');
    expect(within(user).getByText('Lò Thị Điều Phối')).toBeInTheDocument();
    expect(user).toHaveTextContent('Điều phối (Phòng Văn hóa – Xã hội) · Xã Bình Lư · Lai Châu');
    expect(within(header).getByText('Bình Đẳng')).toBeInTheDocument();
  });

  it('shows a province user’s scope as the whole province', async () => {
    mockApi({ ...handlers, 'GET /api/v1/me': { body: provinceUser } });
    renderApp('/');
    const user = await within(await screen.findByRole('banner')).findByTestId('current-user');
    expect(user).toHaveTextContent('Cán bộ Sở Nội vụ (tỉnh) · Toàn tỉnh Lai Châu');
  });

  it('lists the programme’s capabilities, the unbuilt ones marked and leading to a coming-soon page', async () => {
    mockApi(handlers);
    const { user } = renderApp('/');
    const nav = await screen.findByRole('navigation', { name: 'Điều hướng chính' });
    for (const label of ['Tổng quan', 'Kế hoạch', 'Đơn vị', 'Bản', 'Chiến dịch', 'Buổi truyền thông', 'Chỉ tiêu', 'Danh mục']) {
      expect(within(nav).getByRole('link', { name: label })).toBeInTheDocument();
    }
    const reports = within(nav).getByRole('link', { name: /Báo cáo/ });
    expect(reports).toHaveTextContent('Sắp có');
    await user.click(reports);
    expect(await screen.findByText('Chức năng “Báo cáo” đang được xây dựng và sẽ có trong các phiên bản tới.')).toBeInTheDocument();
  });

  it('switches the interface to English and remembers the choice', async () => {
    const api = mockApi(handlers);
    const { user } = renderApp('/units');
    await screen.findByRole('heading', { name: 'Đơn vị' });

    await user.click(screen.getByRole('radio', { name: 'EN' }));

    expect(await screen.findByRole('heading', { name: 'Units' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Villages' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Log out' })).toBeInTheDocument();
    expect(within(screen.getByRole('table')).getByText('Commune health station')).toBeInTheDocument();
    expect(window.localStorage.getItem('binhdang.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');

    // Later calls ask the server for English messages.
    await user.click(within(nav).getByRole('link', { name: 'Villages' }));
    await waitFor(() => expect(api.calls('GET /api/v1/villages').length).toBeGreaterThan(0));
    expect(api.calls('GET /api/v1/villages')[0]?.headers.get('Accept-Language')).toBe('en');
  });

  it('logs out through the identity provider', async () => {
    mockApi(handlers);
    const { user } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Đăng xuất' }));
    expect(fakeSession.logout).toHaveBeenCalledTimes(1);
  });

  it('sends the user to sign in again when the API answers 401', async () => {
    mockApi({
      ...handlers,
      'GET /api/v1/me': () => ({ status: 401, body: { type: 'urn:binhdang:problem:unauthorized', status: 401, title: 'Chưa đăng nhập' } }),
    });
    renderApp('/');
    await waitFor(() => expect(fakeSession.login).toHaveBeenCalled());
  });

  it('renders nothing of the user’s data when the profile cannot be loaded', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // the error boundary reports it
    mockApi({
      ...handlers,
      'GET /api/v1/me': () => ({ status: 500, body: { type: 'urn:binhdang:problem:internal', status: 500, title: 'Lỗi', detail: 'Máy chủ đang bận.' } }),
    });
    renderApp('/units');
    expect(await screen.findByText('Máy chủ đang bận.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.queryByText(healthStation.name)).not.toBeInTheDocument();
  });
});
