import { cleanup, screen, waitFor, within } from '@testing-library/react';

import { actionMonth, coordinator, programmeHandlers, reporter, session } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';
import { formatDate, todayIso } from '@/utils/dates';

type User = ReturnType<typeof renderApp>['user'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(() => window.sessionStorage.clear());

async function openForm(route = '/sessions/new') {
  const rendered = renderApp(route);
  await screen.findByRole('form', { name: 'Ghi buổi truyền thông' });
  // The reference lists have arrived once a format can be chosen.
  await screen.findByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' });
  return rendered;
}

async function chooseFormat(user: User, name: string) {
  await user.click(screen.getByRole('combobox', { name: /^Hình thức/ }));
  await user.click(await screen.findByRole('option', { name }));
}

async function fillMeeting(user: User) {
  await chooseFormat(user, 'Hội nghị, họp');
  await user.click(screen.getByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' }));
  await user.type(screen.getByRole('textbox', { name: 'Nam' }), '18');
  await user.type(screen.getByRole('textbox', { name: 'Nữ' }), '27');
  await user.type(screen.getByRole('textbox', { name: /^Người dân tộc thiểu số/ }), '40');
}

describe('session form', () => {
  it('starts a unit reporter on today’s date and their own unit, which they cannot change', async () => {
    mockApi(programmeHandlers(reporter));
    await openForm();

    expect(screen.getByLabelText(/^Ngày tổ chức/)).toHaveValue(formatDate(todayIso()));
    const unit = screen.getByRole('textbox', { name: /^Đơn vị tổ chức/ });
    expect(unit).toHaveValue('Trạm Y tế xã Bình Lư');
    expect(unit).toHaveAttribute('readonly');
    expect(screen.getByText('Bạn ghi nhận cho đơn vị của mình.')).toBeInTheDocument();
    // No unit list to choose from.
    expect(screen.queryByRole('option', { name: 'Phòng Văn hóa – Xã hội' })).not.toBeInTheDocument();
  });

  it('lets a coordinator choose the unit, and reads the lists from the reference data in the UI language', async () => {
    const api = mockApi(programmeHandlers(coordinator));
    const { user } = await openForm();
    await user.click(screen.getByRole('combobox', { name: /^Đơn vị tổ chức/ }));
    expect(await screen.findByRole('option', { name: 'Phòng Văn hóa – Xã hội' })).toBeInTheDocument();
    const kinds = api.calls('GET /api/v1/reference-items').map((r) => r.query.get('kind'));
    expect(new Set(kinds)).toEqual(new Set(['TOPIC', 'FORMAT', 'AUDIENCE_GROUP', 'LANGUAGE', 'FUNDING_SOURCE']));
    expect(screen.getByRole('checkbox', { name: 'Tiếng Thái' })).toBeInTheDocument();
  });

  it('asks for the reach only when the format is a broadcast or post', async () => {
    mockApi(programmeHandlers(reporter));
    const { user } = await openForm();
    await chooseFormat(user, 'Hội nghị, họp');
    expect(screen.queryByRole('textbox', { name: /^Lượt tiếp cận/ })).not.toBeInTheDocument();

    await chooseFormat(user, 'Phát thanh trên loa truyền thanh');
    expect(await screen.findByRole('textbox', { name: /^Lượt tiếp cận/ })).toBeInTheDocument();
  });

  it('refuses more ethnic-minority participants than participants, before sending', async () => {
    const api = mockApi(programmeHandlers(reporter));
    const { user } = await openForm();
    await fillMeeting(user);
    const ethnic = screen.getByRole('textbox', { name: /^Người dân tộc thiểu số/ });
    await user.clear(ethnic);
    await user.type(ethnic, '50');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(ethnic).toHaveAccessibleDescription(expect.stringContaining('Không được lớn hơn tổng số người tham dự (45)'));
    expect(api.calls('POST /api/v1/sessions')).toHaveLength(0);
  });

  it('shows the server’s field error beside the field and keeps everything typed', async () => {
    const api = mockApi({
      ...programmeHandlers(reporter),
      'POST /api/v1/sessions': () =>
        problem(400, 'validation', 'Có 1 trường không hợp lệ.', [
          { field: 'heldOn', message: 'Ngày tổ chức không được trước ngày bắt đầu của Kế hoạch (01/01/2026)' },
        ]),
    });
    const { user } = await openForm();
    await fillMeeting(user);
    await user.type(screen.getByRole('textbox', { name: /^Địa điểm cụ thể/ }), 'Nhà văn hóa bản Nà Đon');
    await user.type(screen.getByRole('textbox', { name: /^Kinh phí/ }), '1500000');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const heldOn = screen.getByLabelText(/^Ngày tổ chức/);
    const message = await screen.findByText('Ngày tổ chức không được trước ngày bắt đầu của Kế hoạch (01/01/2026)');
    expect(heldOn).toHaveAttribute('aria-invalid', 'true');
    expect(heldOn.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);

    // What was typed is still there, formatted as it was shown.
    expect(screen.getByRole('textbox', { name: 'Nam' })).toHaveValue('18');
    expect(screen.getByRole('textbox', { name: 'Nữ' })).toHaveValue('27');
    expect(screen.getByRole('textbox', { name: /^Địa điểm cụ thể/ })).toHaveValue('Nhà văn hóa bản Nà Đon');
    expect(screen.getByRole('textbox', { name: /^Kinh phí/ })).toHaveValue('1.500.000');
    expect(screen.getByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' })).toBeChecked();

    expect(api.calls('POST /api/v1/sessions')[0]?.body).toMatchObject({
      unitId: 4,
      heldOn: todayIso(),
      topicIds: [1],
      formatId: 10,
      participantsMale: 18,
      participantsFemale: 27,
      ethnicMinorityParticipants: 40,
      costVnd: 1500000,
      venue: 'Nhà văn hóa bản Nà Đon',
      reach: null,
    });
  });

  it('sends the same Idempotency-Key when a failed submission is retried, and opens the session once saved', async () => {
    let attempts = 0;
    const api = mockApi({
      ...programmeHandlers(reporter),
      'POST /api/v1/sessions': (request) => {
        attempts += 1;
        // The first answer is lost on the way back (a gateway timeout); the retry gets the session.
        if (attempts === 1) return problem(504, 'internal', 'Máy chủ không trả lời kịp.');
        return { status: 201, body: session({ id: 77, ...(request.body as object) }) };
      },
      'GET /api/v1/sessions/77': { body: session({ id: 77 }) },
    });
    const { user, router } = await openForm();
    await fillMeeting(user);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Máy chủ không trả lời kịp.')).toBeInTheDocument();
    expect(screen.getByText('Những gì bạn đã nhập vẫn được giữ nguyên; hãy thử lưu lại.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nam' })).toHaveValue('18');

    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/sessions/77'));
    expect(await screen.findByText('Đã ghi buổi truyền thông.')).toBeInTheDocument();

    const [first, retry] = api.calls('POST /api/v1/sessions');
    const key = first?.headers.get('Idempotency-Key');
    expect(key).toMatch(UUID);
    expect(retry?.headers.get('Idempotency-Key')).toBe(key);
    expect(retry?.body).toEqual(first?.body);
    // Saved: the draft is gone.
    expect(window.sessionStorage.getItem('binhdang.draft.session.new')).toBeNull();
  });

  it('keeps what was typed across a reload of the page, with the same Idempotency-Key', async () => {
    const api = mockApi({
      ...programmeHandlers(reporter),
      'POST /api/v1/sessions': () => problem(503, 'internal', 'Máy chủ đang bận.'),
    });
    const { user } = await openForm();
    await fillMeeting(user);
    await user.type(screen.getByRole('textbox', { name: /^Ghi chú/ }), 'Có phiên dịch tiếng Thái');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Máy chủ đang bận.');

    // The tab reloads: everything is rendered afresh from nothing but sessionStorage.
    cleanup();
    const again = await openForm();
    expect(screen.getByText('Đã khôi phục những gì bạn nhập trước đó nhưng chưa lưu.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Nam' })).toHaveValue('18');
    expect(screen.getByRole('textbox', { name: /^Ghi chú/ })).toHaveValue('Có phiên dịch tiếng Thái');
    expect(screen.getByRole('combobox', { name: /^Hình thức/ })).toHaveValue('Hội nghị, họp');

    await again.user.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.calls('POST /api/v1/sessions')).toHaveLength(2));
    const [before, after] = api.calls('POST /api/v1/sessions');
    expect(after?.headers.get('Idempotency-Key')).toBe(before?.headers.get('Idempotency-Key'));
    // Two whole forms rendered and filled: ~20 s on a loaded 2-core machine.
  }, 40_000);

  it('refuses a date outside the chosen campaign', async () => {
    mockApi(programmeHandlers(reporter));
    const { user } = await openForm(`/sessions/new?campaignId=${actionMonth.id}`);
    await fillMeeting(user);
    const heldOn = screen.getByLabelText(/^Ngày tổ chức/);
    await user.clear(heldOn);
    await user.type(heldOn, '2026-11-10');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(heldOn).toHaveAccessibleDescription(
      'Ngày tổ chức phải nằm trong thời gian của chiến dịch (15/11/2026 – 15/12/2026)',
    );
  });

  it('explains a stale version when editing and reloads the latest one on request', async () => {
    let version = 0;
    mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/sessions/5': () => ({ body: session({ id: 5, version, participantsMale: version === 0 ? 18 : 21 }) }),
      'PUT /api/v1/sessions/5': () => problem(409, 'stale-version', 'Buổi truyền thông đã được người khác sửa.'),
    });
    const { user } = renderApp('/sessions/5/edit');
    const male = await screen.findByRole('textbox', { name: 'Nam' });
    await screen.findByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' });
    await user.clear(male);
    await user.type(male, '19');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    const alert = await screen.findByRole('alert', { name: /Dữ liệu đã bị người khác thay đổi/ });
    version = 1;
    await user.click(within(alert).getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Nam' })).toHaveValue('21'));
  });
});
