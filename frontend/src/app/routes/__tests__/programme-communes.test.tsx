import { screen, waitFor, within } from '@testing-library/react';

import type { Schemas } from '@/lib/api';
import { page, plan, provinceAdmin } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

type Area = Schemas['AreaView'];

const binhLu: Area = { id: 2, code: '03390', name: 'Xã Bình Lư', level: 'COMMUNE', parentCode: '12', validTo: null, version: 0 };
const sinSuoiHo: Area = { id: 3, code: '03394', name: 'Xã Sin Suối Hồ', level: 'COMMUNE', parentCode: '12', validTo: null, version: 0 };
const merged: Area = { id: 4, code: '03397', name: 'Xã Nậm Tăm', level: 'COMMUNE', parentCode: '12', validTo: '2025-07-01', version: 0 };
const provinceCommunes = [binhLu, sinSuoiHo, merged];

/** The province admin's API: Bình Lư enabled (has its plan); each POST /plans adds one. */
function provinceApi(extra: Record<string, unknown> = {}) {
  const plans = [plan()];
  const api = mockApi({
    'GET /api/v1/me': { body: provinceAdmin },
    'GET /api/v1/communes': { body: page(provinceCommunes, 0, 100, provinceCommunes.length) },
    'GET /api/v1/plans': () => ({ body: page(plans, 0, 100, plans.length) }),
    'POST /api/v1/plans': (request) => {
      const body = request.body as { communeCode: string };
      const created = plan({ id: 2, communeCode: body.communeCode, communeName: 'Xã Sin Suối Hồ' });
      plans.push(created);
      return { status: 201, body: created };
    },
    ...(extra as object),
  });
  return api;
}

async function fillPlanForm(user: ReturnType<typeof renderApp>['user']) {
  await user.type(await screen.findByRole('textbox', { name: /^Số văn bản/ }), '12/KH-UBND');
  await user.type(screen.getByRole('textbox', { name: /^Ngày ban hành/ }), '20/04/2026');
  await user.type(screen.getByRole('textbox', { name: /^Người ký/ }), 'Lò Văn Minh');
  await user.type(screen.getByRole('textbox', { name: /^Chức vụ người ký/ }), 'Phó Chủ tịch');
  await user.type(screen.getByRole('textbox', { name: /^Thực hiện kế hoạch của tỉnh/ }), 'Kế hoạch số 2560/KH-UBND');
}

describe('communes taking part in the programme (province admin)', () => {
  it('lists the province’s communes, which take part, and marks the closed ones', async () => {
    provinceApi();
    renderApp('/province/communes');
    expect(await screen.findByRole('heading', { name: 'Xã tham gia chương trình' })).toBeInTheDocument();

    const enabledRow = await screen.findByTestId('commune-03390');
    expect(within(enabledRow).getByText('Đã tham gia')).toBeInTheDocument();
    expect(within(enabledRow).getByRole('link', { name: 'Mời quản trị xã cho Xã Bình Lư' })).toHaveAttribute(
      'href',
      '/people/invite?role=commune-admin&commune=03390',
    );
    const notYet = screen.getByTestId('commune-03394');
    expect(within(notYet).getByText('Chưa tham gia')).toBeInTheDocument();
    expect(within(notYet).getByRole('link', { name: 'Bật chương trình cho Xã Sin Suối Hồ' })).toBeInTheDocument();
    const closed = screen.getByTestId('commune-03397');
    expect(within(closed).getByText('Đã giải thể / sáp nhập từ 01/07/2025')).toBeInTheDocument();
    // A closed commune cannot be enabled.
    expect(within(closed).queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('1/3 xã đã tham gia')).toBeInTheDocument();
  });

  it('finds a commune without diacritics', async () => {
    provinceApi();
    const { user } = renderApp('/province/communes');
    await screen.findByTestId('commune-03390');
    await user.type(screen.getByRole('searchbox', { name: 'Tìm kiếm' }), 'sin suoi');
    expect(screen.getByTestId('commune-03394')).toBeInTheDocument();
    expect(screen.queryByTestId('commune-03390')).not.toBeInTheDocument();
  });

  it('enables a commune from the template with its document and an Idempotency-Key, then offers to invite its admin', async () => {
    const api = provinceApi();
    const { user, router } = renderApp('/province/communes');
    await user.click(await screen.findByRole('link', { name: 'Bật chương trình cho Xã Sin Suối Hồ' }));
    expect(await screen.findByRole('heading', { name: 'Bật chương trình cho xã' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Xã' })).toHaveValue('Xã Sin Suối Hồ (03394)');
    await fillPlanForm(user);
    await user.click(screen.getByRole('button', { name: 'Bật chương trình' }));

    expect(await screen.findByText('Đã bật chương trình cho Xã Sin Suối Hồ. Hãy mời quản trị xã.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/province/communes');
    const [post] = api.calls('POST /api/v1/plans');
    expect(post?.body).toEqual({
      communeCode: '03394',
      documentNumber: '12/KH-UBND',
      issuedOn: '2026-04-20',
      signerName: 'Lò Văn Minh',
      signerTitle: 'Phó Chủ tịch',
      implementsPlan: 'Kế hoạch số 2560/KH-UBND',
    });
    expect(post?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);

    const row = await screen.findByTestId('commune-03394');
    await waitFor(() => expect(within(row).getByText('Đã tham gia')).toBeInTheDocument());
    expect(within(row).getByRole('link', { name: 'Mời quản trị xã cho Xã Sin Suối Hồ' })).toHaveAttribute(
      'href',
      '/people/invite?role=commune-admin&commune=03394',
    );
  });

  it('sends only the yearly values changed from the template, and shows the server’s bound error in that box', async () => {
    const api = provinceApi({
      'POST /api/v1/plans': () =>
        problem(400, 'validation', 'Có 2 trường không hợp lệ.', [
          { field: 'issuedOn', message: 'Ngày không được sau hôm nay (04/12/2026)' },
          { field: 'targets[0].yearlyTargets[1].value', message: 'Chỉ tiêu năm 2030 phải từ 10 đến 15' },
        ]),
    });
    const { user } = renderApp('/province/communes/03394/enable');
    await fillPlanForm(user);
    await user.click(screen.getByRole('checkbox', { name: /Điều chỉnh chỉ tiêu từng năm/ }));
    await user.type(screen.getByRole('textbox', { name: 'Mục tiêu 3, năm 2027' }), '5');
    await user.type(screen.getByRole('textbox', { name: 'Mục tiêu 3, năm 2030' }), '9');
    await user.type(screen.getByRole('textbox', { name: 'Mục tiêu 5, năm 2026' }), '82,5');
    await user.click(screen.getByRole('button', { name: 'Bật chương trình' }));

    const cell = screen.getByRole('textbox', { name: 'Mục tiêu 3, năm 2030' });
    await waitFor(() => expect(cell).toHaveAccessibleDescription('Chỉ tiêu năm 2030 phải từ 10 đến 15'));
    expect(screen.getByRole('textbox', { name: 'Mục tiêu 3, năm 2027' })).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^Ngày ban hành/ })).toHaveAccessibleDescription('Ngày không được sau hôm nay (04/12/2026)');
    const [post] = api.calls('POST /api/v1/plans');
    expect((post?.body as { targets: unknown }).targets).toEqual([
      { number: 3, yearlyTargets: [{ year: 2027, value: 5 }, { year: 2030, value: 9 }] },
      { number: 5, yearlyTargets: [{ year: 2026, value: 82.5 }] },
    ]);
  });

  it('checks the required fields before sending', async () => {
    const api = provinceApi();
    const { user } = renderApp('/province/communes/03394/enable');
    await user.click(await screen.findByRole('button', { name: 'Bật chương trình' }));
    expect(await screen.findByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /^Số văn bản/ })).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(api.calls('POST /api/v1/plans')).toHaveLength(0);
  });

  it('shows the server’s refusal when the commune was enabled meanwhile (409), and the same key on retry', async () => {
    const api = provinceApi({
      'POST /api/v1/plans': () =>
        problem(409, 'conflict', 'Xã Sin Suối Hồ đã có kế hoạch của Chương trình.', [
          { field: 'communeCode', message: 'Xã Sin Suối Hồ đã có kế hoạch của Chương trình' },
        ]),
    });
    const { user } = renderApp('/province/communes/03394/enable');
    await fillPlanForm(user);
    await user.click(screen.getByRole('button', { name: 'Bật chương trình' }));
    expect(await screen.findByText('Xã Sin Suối Hồ đã có kế hoạch của Chương trình')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bật chương trình' }));
    await waitFor(() => expect(api.calls('POST /api/v1/plans')).toHaveLength(2));
    const [first, retry] = api.calls('POST /api/v1/plans');
    expect(retry?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
  });

  it('is the province admin’s: another role reads why not', async () => {
    mockApi({
      'GET /api/v1/me': { body: { ...provinceAdmin, roles: ['province'] } },
      'GET /api/v1/communes': { body: page(provinceCommunes, 0, 100, 3) },
      'GET /api/v1/plans': { body: page([plan()], 0, 100, 1) },
    });
    renderApp('/province/communes');
    expect(await screen.findByText('Chỉ Quản trị chương trình của tỉnh xem và bật chương trình cho các xã.')).toBeInTheDocument();
  });
});
