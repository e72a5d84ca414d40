import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Schemas } from '@/lib/api';
import { page, provinceAdmin } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { formatDate, todayIso } from '@/utils/dates';

type Me = Schemas['MeView'];
type Change = Schemas['AreaChangeView'];
type Import = Schemas['AreaImportView'];

const nationalAdmin: Me = {
  ...provinceAdmin,
  username: 'quantri.quocgia',
  displayName: 'Quản trị quốc gia – minh họa',
  roles: ['national-admin'],
  provinceCode: null,
  provinceName: null,
};

const csv = [
  'province_code,province_name,commune_code,commune_name',
  '12,Tỉnh Lai Châu,03390,Xã Bình Lư',
  '12,,03391,Xã Sin Suối Hồ',
  '12,,09999,Xã Mới Lập',
  '01,Thành phố Hà Nội,03397,Xã Nậm Tăm',
  '',
].join('\n');

const change = (kind: Change['kind'], code: string, name: string, more: Partial<Change> = {}): Change => ({
  kind,
  level: 'COMMUNE',
  code,
  name,
  previousName: null,
  provinceCode: '12',
  previousProvinceCode: null,
  line: null,
  validTo: null,
  ...more,
});

const changes: Change[] = [
  change('ADDED', '09999', 'Xã Mới Lập', { line: 4 }),
  change('RENAMED', '03390', 'Xã Bình Lư', { previousName: 'Xã Bình Lư cũ', line: 2 }),
  change('MOVED', '03397', 'Xã Nậm Tăm', { provinceCode: '01', previousProvinceCode: '12', line: 5 }),
  change('CLOSED', '03394', 'Xã Sơn Bình', { validTo: '2026-07-01' }),
  change('CLOSED', '03395', 'Xã Tả Lèng', { validTo: '2026-07-01' }),
];

const outcome = (dryRun: boolean, list: Change[] = changes): Import => ({
  dryRun,
  applied: !dryRun && list.length > 0,
  importId: dryRun ? null : 7,
  effectiveFrom: '2026-07-01',
  provincesInFile: 2,
  communesInFile: 4,
  counts: {
    provincesAdded: 0,
    communesAdded: list.filter((c) => c.kind === 'ADDED').length,
    renamed: list.filter((c) => c.kind === 'RENAMED').length,
    moved: list.filter((c) => c.kind === 'MOVED').length,
    closed: list.filter((c) => c.kind === 'CLOSED').length,
    reopened: 0,
    total: list.length,
  },
  changes: list,
});

const IMPORTS = 'POST /api/v1/administrative-units/imports';
const communes = [{ id: 2, code: '03390', name: 'Xã Bình Lư', level: 'COMMUNE' as const, parentCode: '12', validTo: null, version: 0 }];

function nationalApi(imports: Parameters<typeof mockApi>[0][string]) {
  return mockApi({
    'GET /api/v1/me': { body: nationalAdmin },
    'GET /api/v1/communes': { body: page(communes, 0, 100, 1) },
    [IMPORTS]: imports,
  });
}

/** Opens the import from the country's communes, chooses the file and the date, and runs the dry run. */
async function dryRun(user: ReturnType<typeof renderApp>['user'], file = new File([csv], 'danh-muc-2026.csv', { type: 'text/csv' })) {
  await user.click(await screen.findByRole('button', { name: 'Nhập danh mục mới' }));
  const panel = await screen.findByRole('region', { name: 'Nhập danh mục mới' });
  await user.upload(panel.querySelector('input[type="file"]') as HTMLInputElement, file);
  const date = within(panel).getByRole('textbox', { name: /^Ngày hiệu lực/ });
  await user.clear(date);
  await user.type(date, '01/07/2026');
  await user.click(within(panel).getByRole('button', { name: 'Kiểm tra (chạy thử)' }));
  return panel;
}

const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('importing a newer official list (national admin)', () => {
  it('runs a dry run of the file as text/csv on the date chosen and shows the counts and the changes by kind', async () => {
    const api = nationalApi({ body: outcome(true) });
    const { user, router } = renderApp('/communes');
    await user.click(await screen.findByRole('button', { name: 'Nhập danh mục mới' }));
    expect(router.state.location.search).toBe('?import=1');
    const panel = await screen.findByRole('region', { name: 'Nhập danh mục mới' });
    // The effective date is today unless changed; the file's columns are explained.
    expect(within(panel).getByRole('textbox', { name: /^Ngày hiệu lực/ })).toHaveValue(formatDate(todayIso()));
    expect(within(panel).getByText(/province_code,province_name,commune_code,commune_name \(như tệp/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Đóng phần nhập danh mục' }));
    expect(screen.queryByRole('region', { name: 'Nhập danh mục mới' })).not.toBeInTheDocument();

    await dryRun(user);
    const result = await screen.findByRole('region', { name: 'Kết quả chạy thử: danh-muc-2026.csv' });
    const [sent] = api.calls(IMPORTS);
    expect(sent?.query.get('dryRun')).toBe('true');
    expect(sent?.query.get('effectiveFrom')).toBe('2026-07-01');
    expect(sent?.headers.get('Content-Type')).toBe('text/csv');
    expect(sent?.headers.get('Idempotency-Key')).toBeNull();
    expect(sent?.body).toBe(csv);

    expect(within(result).getByRole('status')).toHaveTextContent('Chạy thử: chưa có gì được ghi.');
    expect(within(result).getByRole('status')).toHaveTextContent('Tệp có 2 tỉnh, 4 xã, phường.');
    const counts = within(result).getByRole('table', { name: 'Số thay đổi' });
    expect(within(within(counts).getByRole('rowheader', { name: 'Đóng (giải thể / sáp nhập)' }).closest('tr')!).getByRole('cell')).toHaveTextContent('2');
    expect(within(within(counts).getByRole('rowheader', { name: 'Tổng số thay đổi' }).closest('tr')!).getByRole('cell')).toHaveTextContent('5');

    // One tab per kind present, with its count; the first is open.
    expect(within(result).getAllByRole('tab').map((tab) => tab.textContent)).toEqual(['Mới (1)', 'Đổi tên (1)', 'Chuyển tỉnh (1)', 'Đóng (2)']);
    expect(cells(within(within(result).getByRole('table', { name: 'Mới' })).getAllByRole('row')[1]!)).toEqual(['Xã', '09999', 'Xã Mới Lập', '12', '4']);
    await user.click(within(result).getByRole('tab', { name: 'Đổi tên (1)' }));
    expect(cells(within(within(result).getByRole('table', { name: 'Đổi tên' })).getAllByRole('row')[1]!)).toEqual([
      'Xã',
      '03390',
      'Xã Bình Lư cũ → Xã Bình Lư',
      '12',
      '2',
    ]);
    await user.click(within(result).getByRole('tab', { name: 'Chuyển tỉnh (1)' }));
    expect(cells(within(within(result).getByRole('table', { name: 'Chuyển tỉnh' })).getAllByRole('row')[1]!)).toEqual([
      'Xã',
      '03397',
      'Xã Nậm Tăm',
      '12 → 01',
      '5',
    ]);
    await user.click(within(result).getByRole('tab', { name: 'Đóng (2)' }));
    const closed = within(result).getByRole('table', { name: 'Đóng' });
    expect(within(closed).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['Xã', '03394', 'Xã Sơn Bình', '12', '01/07/2026'],
      ['Xã', '03395', 'Xã Tả Lèng', '12', '01/07/2026'],
    ]);
    expect(within(result).getByRole('button', { name: 'Áp dụng' })).toBeInTheDocument();
    // Choosing another date forgets the dry run: it no longer speaks for what Apply would send.
    const date = screen.getByRole('textbox', { name: /^Ngày hiệu lực/ });
    await user.clear(date);
    await user.type(date, '02/07/2026');
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).not.toBeInTheDocument();
  });

  it('lists the first 200 changes of a kind and says how many there are', async () => {
    const many = Array.from({ length: 250 }, (_, i) => change('CLOSED', String(10000 + i), `Xã số ${i}`, { validTo: '2026-07-01' }));
    nationalApi({ body: outcome(true, many) });
    const { user } = renderApp('/communes');
    await dryRun(user);
    const result = await screen.findByRole('region', { name: /^Kết quả chạy thử/ });
    expect(within(within(result).getByRole('table', { name: 'Đóng' })).getAllByRole('row')).toHaveLength(201);
    expect(within(result).getByText('Hiển thị 200 / 250 thay đổi loại này.')).toBeInTheDocument();
  });

  it('shows the problems the server found, each naming its line and column, and offers no Apply', async () => {
    nationalApi(() =>
      problem(400, 'validation', 'Tệp có 3 lỗi (liệt kê 3 lỗi đầu); không có gì được ghi.', [
        { field: 'line 3, column commune_code', message: 'Dòng 3, cột commune_code: mã xã/phường phải gồm đúng 5 chữ số (đang là "3391")' },
        { field: 'line 5, column province_name', message: 'thiếu tên' },
        { field: 'effectiveFrom', message: 'Xã Bình Lư (03390) có hiệu lực từ 01/08/2026, sau ngày hiệu lực 01/07/2026 của danh mục mới: không thể đóng trước ngày đó' },
      ]),
    );
    const { user } = renderApp('/communes');
    await dryRun(user);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Tệp chưa nhập được');
    expect(alert).toHaveTextContent('Tệp có 3 lỗi (liệt kê 3 lỗi đầu); không có gì được ghi.');
    const problems = within(alert).getByRole('list', { name: 'Các lỗi cần sửa trong tệp' });
    expect(within(problems).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Dòng 3, cột commune_code: mã xã/phường phải gồm đúng 5 chữ số (đang là "3391")',
      'Dòng 5, cột province_name: thiếu tên',
      'Xã Bình Lư (03390) có hiệu lực từ 01/08/2026, sau ngày hiệu lực 01/07/2026 của danh mục mới: không thể đóng trước ngày đó',
    ]);
    expect(screen.getByRole('textbox', { name: /^Ngày hiệu lực/ })).toHaveAccessibleDescription(expect.stringContaining('không thể đóng trước ngày đó'));
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).not.toBeInTheDocument();
  });

  it('refuses a file over 2 MB or not a .csv before sending it', async () => {
    const api = nationalApi({ body: outcome(true) });
    const { user } = renderApp('/communes');
    await user.click(await screen.findByRole('button', { name: 'Nhập danh mục mới' }));
    const panel = await screen.findByRole('region', { name: 'Nhập danh mục mới' });
    const big = new File(['x'.repeat(2 * 1024 * 1024 + 1)], 'lon.csv', { type: 'text/csv' });
    await user.upload(panel.querySelector('input[type="file"]') as HTMLInputElement, big);
    expect(await within(panel).findByText('Tệp lớn hơn 2 MB')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Kiểm tra (chạy thử)' })).toBeDisabled();
    // The picker's filter (accept=".csv") can be switched off by the person choosing.
    const careless = userEvent.setup({ applyAccept: false });
    await careless.upload(panel.querySelector('input[type="file"]') as HTMLInputElement, new File(['x'], 'danh-muc.xlsx'));
    expect(await within(panel).findByText('Chỉ nhận tệp .csv')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Kiểm tra (chạy thử)' })).toBeDisabled();
    expect(api.calls(IMPORTS)).toHaveLength(0);
  });

  it('offers no Apply when the file changes nothing', async () => {
    nationalApi({ body: outcome(true, []) });
    const { user } = renderApp('/communes');
    await dryRun(user);
    const result = await screen.findByRole('region', { name: /^Kết quả chạy thử/ });
    expect(within(result).getByRole('status')).toHaveTextContent('Danh mục trong tệp trùng với danh mục hiện có: không có gì thay đổi.');
    expect(within(result).queryByRole('button', { name: 'Áp dụng' })).not.toBeInTheDocument();
  });

  it('applies the same file and date with dryRun=false after a confirmation naming the communes closed, one key across retries, then refreshes the list', async () => {
    let applies = 0;
    const api = nationalApi((request) => {
      if (request.query.get('dryRun') === 'true') return { body: outcome(true) };
      applies += 1;
      // The first answer is lost on the way: the retry must carry the same key.
      return applies === 1 ? problem(503, 'service-unavailable', 'Hệ thống đang bận, vui lòng thử lại sau.') : { body: outcome(false) };
    });
    const { user } = renderApp('/communes');
    await screen.findByTestId('country-communes');
    const listed = () => api.calls('GET /api/v1/communes').length;
    await dryRun(user);
    const result = await screen.findByRole('region', { name: /^Kết quả chạy thử/ });
    await user.click(within(result).getByRole('button', { name: 'Áp dụng' }));

    const dialog = await screen.findByRole('dialog', { name: 'Áp dụng danh mục mới?' });
    expect(dialog).toHaveTextContent('2 xã, phường sẽ bị đóng (giải thể / sáp nhập) từ 01/07/2026.');
    expect(dialog).toHaveTextContent('Tổng cộng 5 thay đổi sẽ được ghi và ghi nhật ký.');
    expect(api.calls(IMPORTS)).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng danh mục' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Hệ thống đang bận');

    const before = listed();
    await user.click(within(dialog).getByRole('button', { name: 'Áp dụng danh mục' }));
    const applied = await screen.findByRole('region', { name: 'Đã áp dụng danh mục mới' });
    expect(within(applied).getByRole('status')).toHaveTextContent('Đã ghi 5 thay đổi, có hiệu lực từ 01/07/2026.');
    expect(within(applied).getByRole('status')).toHaveTextContent('Lần nhập số 7.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Áp dụng' })).not.toBeInTheDocument();

    const [check, first, retry] = api.calls(IMPORTS);
    for (const sent of [first, retry]) {
      expect(sent?.query.get('dryRun')).toBe('false');
      expect(sent?.query.get('effectiveFrom')).toBe('2026-07-01');
      expect(sent?.headers.get('Content-Type')).toBe('text/csv');
      expect(sent?.body).toBe(csv);
    }
    expect(check?.query.get('dryRun')).toBe('true');
    expect(first?.headers.get('Idempotency-Key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(retry?.headers.get('Idempotency-Key')).toBe(first?.headers.get('Idempotency-Key'));
    // The communes list below is asked again: the closed communes show as closed.
    await waitFor(() => expect(listed()).toBeGreaterThan(before));
  });

  it('cancelling the confirmation sends nothing', async () => {
    const api = nationalApi({ body: outcome(true) });
    const { user } = renderApp('/communes');
    await dryRun(user);
    await user.click(await screen.findByRole('button', { name: 'Áp dụng' }));
    const dialog = await screen.findByRole('dialog', { name: 'Áp dụng danh mục mới?' });
    await user.click(within(dialog).getByRole('button', { name: 'Hủy' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.calls(IMPORTS)).toHaveLength(1);
  });

  it('is the national admin’s: a province admin sees neither the list nor the import, even from its address', async () => {
    const api = mockApi({
      'GET /api/v1/me': { body: provinceAdmin },
      'GET /api/v1/communes': { body: page(communes, 0, 100, 1) },
    });
    renderApp('/communes?import=1');
    expect(await screen.findByRole('heading', { name: 'Xã, phường cả nước' })).toBeInTheDocument();
    expect(screen.getByText(/không có quyền/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nhập danh mục mới' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Nhập danh mục mới' })).not.toBeInTheDocument();
    expect(api.calls(IMPORTS)).toHaveLength(0);
  });
});
