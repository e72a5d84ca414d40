import { screen, waitFor, within } from '@testing-library/react';

import { coordinator, page, plan, plansHandler, programmeHandlers, reporter, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { todayIso } from '@/utils/dates';

const rows = [
  { unitId: 7, unitCode: 'TYT', unitName: 'Trạm Y tế xã Bình Lư', filed: true, onTime: true, planId: 12, filedOn: '2026-11-20', receivedOn: '2026-11-02', activeFrom: '2020-01-01', activeTo: null, planExpected: true },
  { unitId: 8, unitCode: 'THCS-BL', unitName: 'Trường Trung học cơ sở Bình Lư', filed: true, onTime: false, planId: 13, filedOn: '2026-11-20', receivedOn: '2026-11-20', activeFrom: '2020-01-01', activeTo: null, planExpected: true },
  { unitId: 9, unitCode: 'HCCB', unitName: 'Hội Cựu chiến binh xã', filed: false, onTime: null, planId: null, filedOn: null, receivedOn: null, activeFrom: '2020-01-01', activeTo: '2026-06-30', planExpected: false },
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
    // Why a unit without a plan is listed: it existed in the year, but closed before the Action Month.
    expect(within(table).getByRole('row', { name: /HCCB/ })).toHaveTextContent('Đã giải thể từ 30/06/2026');
    expect(within(table).getByRole('row', { name: /HCCB/ })).toHaveTextContent('không cảnh báo thiếu kế hoạch');
    expect(api.calls('GET /api/v1/action-month-plans/status')[0]?.query.get('year')).toBe('2026');

    await user.click(screen.getByRole('radio', { name: 'Chưa nộp' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2));
    expect(api.calls('GET /api/v1/action-month-plans/status').at(-1)?.query.get('filed')).toBe('false');
    expect(screen.getByRole('link', { name: 'Hội Cựu chiến binh xã' })).toHaveAttribute('href', '/units/9');
  });

  it('offers the plan’s years (2027–2031) and shows this year within them for a year outside them', async () => {
    const shown = String(Math.min(2031, Math.max(2027, Number(todayIso().slice(0, 4)))));
    const api = mockApi({
      ...programmeHandlers(coordinator),
      ...plansHandler([plan({ periodStart: 2027, periodEnd: 2031 })]),
      'GET /api/v1/action-month-plans/status': { body: page(rows, 0, 20, rows.length) },
    });
    const { user } = renderApp('/action-month-plans?year=2040');
    expect(await screen.findByRole('table', { name: `Tình trạng nộp kế hoạch Tháng hành động năm ${shown}` })).toBeInTheDocument();
    expect(api.calls('GET /api/v1/action-month-plans/status').map((c) => c.query.get('year'))).toEqual([shown]);
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['2027', '2028', '2029', '2030', '2031']);
  });

  it('offers the commune’s runners to file for a unit that has not, and a viewer nothing to file', async () => {
    mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/action-month-plans/status': { body: page(rows, 0, 20, rows.length) } });
    const { unmount } = renderApp('/action-month-plans?year=2026');
    const table = await screen.findByRole('table', { name: 'Tình trạng nộp kế hoạch Tháng hành động năm 2026' });
    expect(within(table).getByRole('link', { name: 'Nộp kế hoạch thay Hội Cựu chiến binh xã' })).toHaveAttribute(
      'href',
      '/action-month-plans/new?year=2026&unitId=9',
    );
    expect(within(table).getByRole('link', { name: 'Xem kế hoạch của Trạm Y tế xã Bình Lư' })).toHaveAttribute('href', '/action-month-plans/12');
    expect(screen.getByRole('link', { name: 'Nộp kế hoạch' })).toHaveAttribute('href', '/action-month-plans/new?year=2026');
    unmount();

    mockApi({ ...programmeHandlers(viewer), 'GET /api/v1/action-month-plans/status': { body: page(rows, 0, 20, rows.length) } });
    renderApp('/action-month-plans?year=2026');
    const viewerTable = await screen.findByRole('table', { name: 'Tình trạng nộp kế hoạch Tháng hành động năm 2026' });
    expect(within(viewerTable).getByRole('link', { name: 'Xem kế hoạch của Trạm Y tế xã Bình Lư' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Nộp kế hoạch/ })).not.toBeInTheDocument();
  });

  it('lets a unit reporter file their own unit’s plan with its signed document, after fixing what the server refused', async () => {
    const filed = {
      id: 31,
      unitId: 4,
      unitCode: 'TYT',
      unitName: 'Trạm Y tế xã Bình Lư',
      communeCode: '03390',
      year: 2027,
      documentNumber: '25/KH-TYT',
      documentDate: '2026-10-28',
      summary: 'Treo băng rôn, phát thanh song ngữ Việt – Thái.',
      filedOn: '2026-11-02',
      receivedOn: '2026-11-02',
      onTime: true,
      attachment: null,
      version: 0,
    };
    let posts = 0;
    const api = mockApi({
      ...programmeHandlers(reporter),
      'GET /api/v1/action-month-plans/status': { body: page(rows, 0, 20, rows.length) },
      'GET /api/v1/action-month-plans': { body: page([], 0, 1, 0) },
      'POST /api/v1/action-month-plans': () => {
        posts += 1;
        if (posts === 1) {
          return problem(400, 'validation', 'Dữ liệu không hợp lệ', [{ field: 'documentDate', message: 'Ngày không được sau 29/11/2026' }]);
        }
        return { status: 201, body: filed };
      },
      'POST /api/v1/action-month-plans/31/attachment': {
        body: { ...filed, attachment: { fileName: 'ke-hoach.pdf', contentType: 'application/pdf', sizeBytes: 9, sha256: 'ab' }, version: 1 },
      },
      'GET /api/v1/action-month-plans/31': {
        body: { ...filed, attachment: { fileName: 'ke-hoach.pdf', contentType: 'application/pdf', sizeBytes: 9, sha256: 'ab' }, version: 1 },
      },
    });
    const { user } = renderApp('/action-month-plans?year=2027');

    await user.click(await screen.findByRole('link', { name: 'Nộp kế hoạch năm 2027 của đơn vị' }));
    const form = await screen.findByRole('form', { name: 'Nộp kế hoạch Tháng hành động' });
    // The reporter's unit is fixed; the year comes from the status page.
    await waitFor(() => expect(within(form).getByLabelText(/^Đơn vị/, { selector: 'input' })).toHaveValue('Trạm Y tế xã Bình Lư'));
    expect(within(form).getByLabelText(/^Đơn vị/, { selector: 'input' })).toHaveAttribute('readonly');
    expect(within(form).getByLabelText(/^Năm/, { selector: 'input' })).toHaveValue('2027');

    await user.click(within(form).getByRole('button', { name: 'Nộp kế hoạch' }));
    expect(within(form).getByText('Bắt buộc nhập')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/action-month-plans')).toHaveLength(0);

    await user.type(within(form).getByRole('textbox', { name: /^Số văn bản/ }), '25/KH-TYT');
    await user.type(within(form).getByRole('textbox', { name: /^Tóm tắt các hoạt động dự kiến/ }), 'Treo băng rôn, phát thanh song ngữ Việt – Thái.');
    const pdf = new File(['%PDF-1.7'], 'ke-hoach.pdf', { type: 'application/pdf' });
    // Mantine's file field is a button over a hidden file input; the user picks the file through it.
    expect(within(form).getByRole('button', { name: /^Văn bản kế hoạch đã ký/ })).toBeInTheDocument();
    const fileInput = form.querySelector<HTMLInputElement>('input[type="file"]');
    if (!fileInput) throw new Error('no file input');
    await user.upload(fileInput, pdf);
    expect(within(form).getByRole('button', { name: /^Văn bản kế hoạch đã ký/ })).toHaveTextContent('ke-hoach.pdf');
    await user.click(within(form).getByRole('button', { name: 'Nộp kế hoạch' }));
    expect(await within(form).findByText('Ngày không được sau 29/11/2026')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/action-month-plans/31/attachment')).toHaveLength(0);

    await user.click(within(form).getByRole('button', { name: 'Nộp kế hoạch' }));
    expect(await screen.findByText('Đã nộp kế hoạch Tháng hành động.')).toBeInTheDocument();
    const body = api.calls('POST /api/v1/action-month-plans')[1]?.body as Record<string, unknown>;
    expect(body).toMatchObject({ unitId: 4, year: 2027, documentNumber: '25/KH-TYT', summary: 'Treo băng rôn, phát thanh song ngữ Việt – Thái.', version: null });
    expect(api.calls('POST /api/v1/action-month-plans/31/attachment')).toHaveLength(1);
    const [upload] = api.calls('POST /api/v1/action-month-plans/31/attachment');
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    expect(String(upload?.body)).toContain('name="file"');
    expect(await screen.findByRole('button', { name: 'Tải về ke-hoach.pdf' })).toBeInTheDocument();
    expect(screen.getByText('Nộp ngày 02/11/2026 — đúng hạn')).toBeInTheDocument();
  });

  it('shows the stale-version message instead of overwriting a plan someone else changed', async () => {
    const current = {
      id: 12,
      unitId: 4,
      unitCode: 'TYT',
      unitName: 'Trạm Y tế xã Bình Lư',
      communeCode: '03390',
      year: 2026,
      documentNumber: null,
      documentDate: '2026-10-28',
      summary: 'Phát thanh.',
      filedOn: '2026-11-02',
      receivedOn: '2026-11-02',
      onTime: true,
      attachment: null,
      version: 3,
    };
    const api = mockApi({
      ...programmeHandlers(reporter),
      'GET /api/v1/action-month-plans/12': { body: current },
      'PUT /api/v1/action-month-plans/12': problem(409, 'stale-version', 'Bản ghi đã bị thay đổi'),
    });
    const { user } = renderApp('/action-month-plans/12/edit');
    const form = await screen.findByRole('form', { name: 'Sửa kế hoạch Tháng hành động' });
    await user.type(within(form).getByRole('textbox', { name: /^Tóm tắt/ }), ' Họp bản.');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Kế hoạch vừa được người khác sửa')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/action-month-plans/12')[0]?.body).toMatchObject({ summary: 'Phát thanh. Họp bản.', version: 3, unitId: 4, year: 2026 });
    expect(screen.getByRole('button', { name: 'Tải lại' })).toBeInTheDocument();
  });
});
