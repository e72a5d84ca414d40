import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';

import { coordinator, page, programmeHandlers, reporter, session, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { todayIso } from '@/utils/dates';

const recorded = session({
  id: 5,
  attachments: [
    {
      id: 9,
      fileName: 'bien-ban-hop-ban.pdf',
      contentType: 'application/pdf',
      sizeBytes: 1536,
      sha256: 'ab'.repeat(32),
      uploadedBy: 'baocao.tramyte',
      uploadedAt: '2026-11-20T03:00:00Z',
    },
  ],
});

const history = [
  {
    id: 2,
    entityType: 'SESSION',
    entityId: 5,
    action: 'UPDATED',
    changedBy: 'dieuphoi.binhlu',
    changedAt: '2026-11-21T08:15:00Z',
    changes: [
      { field: 'participantsMale', before: 16, after: 18 },
      { field: 'heldOn', before: '2026-11-19', after: '2026-11-20' },
    ],
  },
  {
    id: 1,
    entityType: 'SESSION',
    entityId: 5,
    action: 'CREATED',
    changedBy: 'baocao.tramyte',
    changedAt: '2026-11-20T02:30:00Z',
    changes: [
      { field: 'communeCode', before: null, after: '03390' },
      { field: 'unitId', before: null, after: 4 },
      { field: 'unitName', before: null, after: 'Trạm Y tế xã Bình Lư' },
      { field: 'format', before: null, after: { id: 10, code: 'MEETING', labelVi: 'Hội nghị, họp', labelEn: 'Conference, meeting' } },
      { field: 'recordedBy', before: null, after: 'baocao.tramyte' },
    ],
  },
];

describe('session page', () => {
  it('shows everything the session records, formatted the Vietnamese way', async () => {
    mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/sessions/5': { body: recorded }, 'GET /api/v1/audit': { body: page(history, 0, 10, 2) } });
    renderApp('/sessions/5');
    expect(await screen.findByRole('heading', { name: 'Trạm Y tế xã Bình Lư — 20/11/2026' })).toBeInTheDocument();
    expect(screen.getByText('1.500.000 ₫')).toBeInTheDocument();
    expect(screen.getByText('Nam: 18 · Nữ: 27 · Tổng số: 45')).toBeInTheDocument();
    expect(screen.getByText('Tiếng Thái')).toBeInTheDocument();
    expect(screen.getByText('Bản Nà Đon — Nhà văn hóa bản')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tháng hành động vì bình đẳng giới 2026' })).toHaveAttribute('href', '/campaigns/3');
    expect(screen.getByText('baocao.tramyte, 20/11/2026 09:30')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/sessions/5/edit');
  });

  it('shows a coordinator the history: who, when (Vietnam time) and each change before → after', async () => {
    const api = mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/sessions/5': { body: recorded }, 'GET /api/v1/audit': { body: page(history, 0, 10, 2) } });
    renderApp('/sessions/5');

    const section = await screen.findByRole('region', { name: 'Lịch sử thay đổi' });
    const [update, creation] = await within(section).findAllByTestId('history-entry');
    expect(within(update!).getByText('Cập nhật')).toBeInTheDocument();
    expect(within(update!).getByText('dieuphoi.binhlu')).toBeInTheDocument();
    expect(within(update!).getByText('21/11/2026 15:15')).toBeInTheDocument();
    const maleRow = within(update!).getByText('Nam').closest('tr') as HTMLElement;
    expect(within(maleRow).getByText('16')).toBeInTheDocument();
    expect(within(maleRow).getByText('18')).toBeInTheDocument();
    const dateRow = within(update!).getByText('Ngày tổ chức').closest('tr') as HTMLElement;
    expect(dateRow).toHaveTextContent('19/11/2026');
    expect(dateRow).toHaveTextContent('20/11/2026');

    expect(within(creation!).getByText('Tạo mới')).toBeInTheDocument();
    expect(within(creation!).getByText('baocao.tramyte')).toBeInTheDocument();
    expect(within(creation!).getByText('20/11/2026 09:30')).toBeInTheDocument();
    expect(within(creation!).getByText('Hội nghị, họp')).toBeInTheDocument();
    // Ids read as names; scope and bookkeeping fields stay out of the way.
    const unitRow = within(creation!).getByText('Đơn vị').closest('tr') as HTMLElement;
    expect(unitRow).toHaveTextContent('Trạm Y tế xã Bình Lư');
    expect(within(creation!).getAllByRole('row')).toHaveLength(3); // header, unit, format
    expect(within(creation!).queryByText('03390')).not.toBeInTheDocument();

    const [call] = api.calls('GET /api/v1/audit');
    expect(Object.fromEntries(call?.query ?? [])).toMatchObject({ entityType: 'SESSION', entityId: '5' });
  });

  it('withdraws a session entered by mistake: a reason is required, then the version read and the reason are sent', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/sessions/5': { body: recorded },
      'GET /api/v1/audit': { body: page(history, 0, 10, 2) },
      'GET /api/v1/sessions': { body: page([], 0, 20, 0) },
      'DELETE /api/v1/sessions/5': { status: 204 },
    });
    const { user, router } = renderApp('/sessions/5');
    await screen.findByRole('heading', { name: 'Trạm Y tế xã Bình Lư — 20/11/2026' });
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog', { name: 'Xóa buổi truyền thông của Trạm Y tế xã Bình Lư ngày 20/11/2026' });
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await within(dialog).findByText('Cần ghi lý do xóa')).toBeInTheDocument();
    expect(api.calls('DELETE /api/v1/sessions/5')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Lý do xóa/ }), 'Nhập trùng buổi');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions'));
    const [call] = api.calls('DELETE /api/v1/sessions/5');
    expect(call?.query.get('reason')).toBe('Nhập trùng buổi');
    expect(call?.query.get('version')).toBe(String(recorded.version));
  });

  it('shows a viewer no history and no edit button', async () => {
    const api = mockApi({ ...programmeHandlers(viewer), 'GET /api/v1/sessions/5': { body: recorded } });
    renderApp('/sessions/5');
    await screen.findByRole('heading', { name: 'Trạm Y tế xã Bình Lư — 20/11/2026' });
    expect(screen.queryByRole('region', { name: 'Lịch sử thay đổi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tải tệp lên' })).not.toBeInTheDocument();
    expect(api.calls('GET /api/v1/audit')).toHaveLength(0);
  });

  it('gives a unit reporter no edit button on another unit’s session, but one on their own', async () => {
    mockApi({
      ...programmeHandlers(reporter),
      'GET /api/v1/sessions/6': { body: session({ id: 6, unitId: 1, unitCode: 'VHXH', unitName: 'Phòng Văn hóa – Xã hội' }) },
      'GET /api/v1/sessions/5': { body: recorded },
    });
    const { router } = renderApp('/sessions/6');
    await screen.findByRole('heading', { name: 'Phòng Văn hóa – Xã hội — 20/11/2026' });
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();

    await act(() => router.navigate('/sessions/5'));
    expect(await screen.findByRole('link', { name: 'Sửa' })).toBeInTheDocument();
  });

  it('downloads an attachment with the token, and uploads evidence with the server’s refusal shown', async () => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:file'), revokeObjectURL: vi.fn() }));
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function click(this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const api = mockApi({
      ...programmeHandlers(reporter),
      'GET /api/v1/sessions/5': { body: recorded },
      'GET /api/v1/sessions/5/attachments/9': () => new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
      'POST /api/v1/sessions/5/attachments': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'file', message: 'Tệp không phải PDF, JPEG, PNG hay WebP (nội dung không khớp).' },
        ]),
    });
    const { user } = renderApp('/sessions/5');
    await user.click(await screen.findByRole('button', { name: 'Tải xuống bien-ban-hop-ban.pdf' }));
    await waitFor(() => expect(saved).toEqual(['bien-ban-hop-ban.pdf']));
    expect(api.calls('GET /api/v1/sessions/5/attachments/9')[0]?.headers.get('Authorization')).toBe('Bearer test-token');
    expect(screen.getByText('1,5 kB')).toBeInTheDocument();

    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    // Refused before sending: wrong type, then too large.
    const docx = new File(['x'], 'ghi-chu.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
    // The picker's filter can be bypassed ("All files"): the form checks the type itself.
    fireEvent.change(input, { target: { files: [docx] } });
    expect(await screen.findByText('Chỉ nhận tệp PDF, JPEG, PNG hoặc WebP')).toBeInTheDocument();
    const big = new File(['x'], 'anh.jpg', { type: 'image/jpeg' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByText('Tệp lớn hơn 10 MB')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/sessions/5/attachments')).toHaveLength(0);

    // Sent, and refused by the server, which checks the content.
    fireEvent.change(input, { target: { files: [new File(['not really a png'], 'anh-buoi-hop.png', { type: 'image/png' })] } });
    expect(await screen.findByText('Tệp không phải PDF, JPEG, PNG hay WebP (nội dung không khớp).')).toBeInTheDocument();
    const [upload] = api.calls('POST /api/v1/sessions/5/attachments');
    expect(upload?.headers.get('Content-Type')).toMatch(/^multipart\/form-data; boundary=/);
    // The form field the server reads (jsdom's File loses its name inside Node's FormData, so only the field is checked).
    expect(String(upload?.body)).toContain('name="file"');
  });
});

describe('a unit’s page', () => {
  it('shows this year’s law-and-policy sessions against the target of two, and the unit’s sessions', async () => {
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/units/4': { body: (await import('@/testing/data')).healthStation },
      'GET /api/v1/units/4/session-summary': {
        body: { unitId: 4, year: 2026, sessions: 3, lawPolicySessions: 1, required: 2, missing: 1, participantsMale: 40, participantsFemale: 52 },
      },
      'GET /api/v1/sessions': {
        body: { ...page([session({ id: 5 })], 0, 10, 1), totals: { sessions: 1, participantsMale: 18, participantsFemale: 27, participantsTotal: 45, ethnicMinorityParticipants: 40, units: 1 } },
      },
    });
    renderApp('/units/4');
    const progress = await screen.findByTestId('law-policy-progress');
    expect(within(progress).getByText('1/2 — còn thiếu 1 cuộc')).toBeInTheDocument();
    expect(within(progress).getByText('3 buổi trong năm; người tham dự: 40 nam, 52 nữ.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: '20/11/2026' })).toHaveAttribute('href', '/sessions/5');
    const year = todayIso().slice(0, 4);
    expect(api.calls('GET /api/v1/units/4/session-summary')[0]?.query.get('year')).toBe(year);
    expect(Object.fromEntries(api.calls('GET /api/v1/sessions')[0]?.query ?? [])).toMatchObject({ unitId: '4', year });
  });

  it('says plainly when the target is met', async () => {
    mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/units/4': { body: (await import('@/testing/data')).healthStation },
      'GET /api/v1/units/4/session-summary': {
        body: { unitId: 4, year: 2026, sessions: 4, lawPolicySessions: 2, required: 2, missing: 0, participantsMale: 40, participantsFemale: 52 },
      },
      'GET /api/v1/sessions': { body: { ...page([], 0, 10, 0), totals: { sessions: 0, participantsMale: 0, participantsFemale: 0, participantsTotal: 0, ethnicMinorityParticipants: 0, units: 0 } } },
    });
    renderApp('/units/4');
    expect(await screen.findByText('2/2 — đạt')).toBeInTheDocument();
  });
});
