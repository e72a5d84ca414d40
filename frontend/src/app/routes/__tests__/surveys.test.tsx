import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { coordinator, page, plan, plansHandler, programmeHandlers, provinceUser, viewer } from '@/testing/data';
import { mockApi, problem, type RecordedRequest } from '@/testing/mock-api';
import { baselineRound, meanScoreRound, round2026, surveyResult, surveyRound } from '@/testing/surveys-data';
import { renderApp } from '@/testing/test-utils';

type Me = typeof coordinator;
type Round = typeof round2026;
type User = ReturnType<typeof renderApp>['user'];

const emptyHistory = { 'GET /api/v1/audit': { body: page([], 0, 10, 0) } };

function surveyHandlers(me: Me, rounds: Round[] = [round2026, baselineRound]) {
  return {
    ...programmeHandlers(me),
    ...emptyHistory,
    'GET /api/v1/survey-rounds': { body: page(rounds, 0, 20, rounds.length) },
    ...Object.fromEntries(rounds.map((round) => [`GET /api/v1/survey-rounds/${round.id}`, { body: round }])),
  };
}

/** The cell of the results table where a group's row meets a column (the header counts as row 0). */
function resultCells(table: HTMLElement, rowName: string) {
  const row = within(table).getByRole('rowheader', { name: rowName }).closest('tr')!;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent);
}

async function chooseGroup(user: User, position: number, name: string) {
  await user.click(screen.getByRole('combobox', { name: `Nhóm đối tượng – Nhóm thứ ${position}` }));
  await user.click(await screen.findByRole('option', { name }));
}

async function fillRound(user: User) {
  await user.type(screen.getByRole('textbox', { name: /^Tên đợt khảo sát/ }), 'Khảo sát giữa kỳ 2026');
  await user.type(screen.getByRole('textbox', { name: /^Phương pháp khảo sát/ }), 'Phiếu hỏi 10 câu, phỏng vấn trực tiếp');
  await user.type(screen.getByRole('textbox', { name: /^Ngưỡng điểm đạt/ }), '7');
  await user.type(screen.getByRole('textbox', { name: /^Điểm tối đa của thang/ }), '10');
}

describe('awareness surveys', () => {
  it('lists the commune’s rounds with their kind, groups, respondents and overall share, and filters by year in the address bar', async () => {
    const api = mockApi(surveyHandlers(coordinator));
    const { user, router } = renderApp('/surveys');

    const table = await screen.findByRole('table', { name: 'Các đợt khảo sát' });
    const link = within(table).getByRole('link', { name: round2026.name });
    expect(link).toHaveAttribute('href', '/surveys/3');
    const row = link.closest('tr')!;
    expect(within(row).getByText('20/10/2026')).toBeInTheDocument();
    expect(within(row).getByText('Theo dõi')).toBeInTheDocument();
    expect(within(row).getByText('Thanh niên')).toBeInTheDocument();
    expect(within(row).getByText('Đạt khi điểm từ 7 trở lên (thang 0–10)')).toBeInTheDocument();
    expect(within(row).getByText('78')).toBeInTheDocument(); // 38 men + 40 women
    expect(within(row).getByText('62,8% đạt')).toBeInTheDocument(); // (19 + 30) / 78
    const baseline = within(table).getByRole('link', { name: baselineRound.name }).closest('tr')!;
    expect(within(baseline).getByText('Nền')).toBeInTheDocument();
    expect(within(baseline).getByText('Đồng bào dân tộc thiểu số; Thanh niên')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tạo đợt khảo sát' })).toHaveAttribute('href', '/surveys/new');

    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    await user.click(await screen.findByRole('option', { name: '2025' }));
    await waitFor(() => expect(router.state.location.search).toBe('?year=2025'));
    await waitFor(() => expect(api.calls('GET /api/v1/survey-rounds').at(-1)?.query.get('year')).toBe('2025'));
    expect(api.calls('GET /api/v1/survey-rounds')[0]?.query.get('year')).toBeNull();
  });

  it('offers the plan’s baseline year and years (2027–2031 → 2026…2031) and names that baseline', async () => {
    mockApi({ ...surveyHandlers(coordinator, []), ...plansHandler([plan({ periodStart: 2027, periodEnd: 2031 })]) });
    const { user, unmount } = renderApp('/surveys');
    expect(await screen.findByText('Bắt đầu bằng đợt khảo sát nền năm 2026, rồi các đợt hằng năm, giữa kỳ hoặc cuối kỳ.')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Năm' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['Tất cả các năm', '2026', '2027', '2028', '2029', '2030', '2031']);
    unmount();

    renderApp('/surveys/new');
    expect(await screen.findByRole('checkbox', { name: /^Đợt khảo sát nền \(năm 2026\)/ })).toBeInTheDocument();
  });

  it('offers a viewer neither a new round, nor editing, nor the import', async () => {
    mockApi(surveyHandlers(viewer));
    const { router } = renderApp('/surveys');
    await screen.findByRole('table', { name: 'Các đợt khảo sát' });
    expect(screen.queryByRole('link', { name: 'Tạo đợt khảo sát' })).not.toBeInTheDocument();

    await act(() => router.navigate('/surveys/3'));
    expect(await screen.findByRole('heading', { name: round2026.name })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sửa' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /Nhập tệp trả lời/ })).not.toBeInTheDocument();
  });

  it('lets a province user pick a commune, sent as communeCode, and shows each round’s commune', async () => {
    const api = mockApi(surveyHandlers(provinceUser));
    const { user } = renderApp('/surveys?commune=03390&year=2026');
    const table = await screen.findByRole('table', { name: 'Các đợt khảo sát' });
    expect(within(table).getByRole('columnheader', { name: 'Xã' })).toBeInTheDocument();
    expect(within(table).getAllByText('Xã Bình Lư').length).toBeGreaterThan(0);
    const [call] = api.calls('GET /api/v1/survey-rounds');
    expect([call?.query.get('communeCode'), call?.query.get('year')]).toEqual(['03390', '2026']);
    expect(screen.queryByRole('link', { name: 'Tạo đợt khảo sát' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Xóa bộ lọc' }));
    await waitFor(() => expect(api.calls('GET /api/v1/survey-rounds').at(-1)?.query.get('communeCode')).toBeNull());
  });

  it('withdraws a round entered by mistake with a reason, sending the version read', async () => {
    const api = mockApi({ ...surveyHandlers(coordinator), 'DELETE /api/v1/survey-rounds/1': { status: 204 } });
    const { user, router } = renderApp('/surveys/1');
    await screen.findByRole('heading', { name: baselineRound.name });
    await user.click(screen.getByRole('button', { name: 'Xóa' }));
    const dialog = await screen.findByRole('dialog', { name: `Xóa đợt khảo sát "${baselineRound.name}" (cùng mọi kết quả)` });
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    expect(await within(dialog).findByText('Cần ghi lý do xóa')).toBeInTheDocument();
    expect(api.calls('DELETE /api/v1/survey-rounds/1')).toHaveLength(0);
    await user.type(within(dialog).getByRole('textbox', { name: /Lý do xóa/ }), 'Nhập nhầm năm');
    await user.click(within(dialog).getByRole('button', { name: 'Xóa' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys'));
    const [call] = api.calls('DELETE /api/v1/survey-rounds/1');
    expect(call?.query.get('reason')).toBe('Nhập nhầm năm');
    expect(call?.query.get('version')).toBe(String(baselineRound.version));
  });

  it('shows a round’s results by group and sex with the share aware per cell and the totals', async () => {
    mockApi(surveyHandlers(coordinator));
    renderApp('/surveys/1');

    expect(await screen.findByRole('heading', { name: baselineRound.name })).toBeInTheDocument();
    const details = screen.getByRole('table', { name: 'Thông tin đợt khảo sát' });
    expect(within(details).getByText('15/10/2025')).toBeInTheDocument();
    expect(within(details).getByText('Khảo sát nền')).toBeInTheDocument();
    expect(within(details).getByText('Đạt khi điểm từ 7 trở lên (thang 0–10)')).toBeInTheDocument();

    const results = screen.getByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' });
    // Men: respondents, aware, share; women: the same; both.
    expect(resultCells(results, 'Thanh niên')).toEqual(['38', '17', '44,7%', '40', '22', '55,0%', '78', '39', '50,0%']);
    expect(resultCells(results, 'Đồng bào dân tộc thiểu số')).toEqual(['50', '20', '40,0%', '60', '21', '35,0%', '110', '41', '37,3%']);
    expect(resultCells(results, 'Tổng cộng')).toEqual(['88', '37', '42,0%', '100', '43', '43,0%', '188', '80', '42,6%']);
    expect(screen.getByText(/Tỷ lệ đạt = số người đạt ngưỡng \/ số người trả lời/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sửa' })).toHaveAttribute('href', '/surveys/1/edit');
  });

  it('shows a mean-score round’s means, weighted by respondents in the totals', async () => {
    mockApi(surveyHandlers(coordinator, [meanScoreRound]));
    renderApp('/surveys/5');
    const results = await screen.findByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' });
    expect(resultCells(results, 'Đồng bào dân tộc thiểu số')).toEqual(['30', '3,2', '10', '4', '40', '3,4']);
    expect(screen.getByText('Điểm trung bình trên thang 0–5')).toBeInTheDocument();
  });

  it('imports a Kobo CSV file as text/csv, shows the rows left out with their reasons, and refreshes the round', async () => {
    const csv = 'start;group;sex;section/q1;q2\n2026-10-20;YOUTH;Nam;1;1\n2026-10-20;Người ngoài hành tinh;M;1;1\n';
    const imported = surveyRound({
      ...round2026,
      // The server sorts by the list's order: ETHNIC (women only in this file) before YOUTH.
      results: [surveyResult('ETHNIC', 'F', 80, 40), surveyResult('YOUTH', 'M', 120, 90), surveyResult('YOUTH', 'F', 130, 101)],
      version: 3,
    });
    let current: Round = round2026;
    const api = mockApi({
      ...surveyHandlers(coordinator),
      'GET /api/v1/survey-rounds/3': () => ({ body: current }),
      'POST /api/v1/survey-rounds/3/import': () => {
        current = imported;
        return {
          body: {
            round: imported,
            rowsRead: 252,
            rowsRejected: [
              { row: 3, reason: 'Nhóm đối tượng "Người ngoài hành tinh" không có trong danh mục của xã' },
              { row: 17, reason: 'Giới tính "?" không đọc được (nhận M/F, Nam/Nữ, male/female, 1/2)' },
            ],
          },
        };
      },
    });
    const { user } = renderApp('/surveys/3');
    const panel = await screen.findByRole('region', { name: 'Nhập tệp trả lời (CSV của KoboToolbox hoặc ODK)' });
    // The expected columns, in Vietnamese, with the round's own threshold and the commune's group codes.
    expect(within(panel).getByText(/^Cột group/)).toBeInTheDocument();
    expect(within(panel).getByText(/^Cột sex .*1 \(nam\) \/ 2 \(nữ\)/)).toBeInTheDocument();
    expect(within(panel).getByText(/^Cột score .*bắt đầu bằng chữ q/)).toBeInTheDocument();
    expect(within(panel).getByText('Người có điểm từ 7 trở lên được tính là đạt. Điểm ngoài thang 0–10 bị loại.')).toBeInTheDocument();
    expect(await within(panel).findByText(/YOUTH — Thanh niên/)).toBeInTheDocument();

    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([csv], 'kobo-export.csv', { type: 'text/csv' }));
    await user.click(within(panel).getByRole('button', { name: 'Nhập tệp' }));

    const done = await within(panel).findByRole('status');
    expect(done).toHaveTextContent('Đã nhập tệp “kobo-export.csv”');
    expect(done).toHaveTextContent('Đọc 252 dòng trả lời: tính 250 dòng, bỏ qua 2 dòng.');
    const rejected = within(panel).getByRole('table', { name: 'Các dòng không được tính' });
    expect(within(rejected).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['3', 'Nhóm đối tượng "Người ngoài hành tinh" không có trong danh mục của xã'],
      ['17', 'Giới tính "?" không đọc được (nhận M/F, Nam/Nữ, male/female, 1/2)'],
    ]);

    const [upload] = api.calls('POST /api/v1/survey-rounds/3/import');
    expect(upload?.headers.get('Content-Type')).toBe('text/csv');
    expect(upload?.body).toBe(csv);
    const results = screen.getByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' });
    await waitFor(() => expect(resultCells(results, 'Thanh niên')).toEqual(['120', '90', '75,0%', '130', '101', '77,7%', '250', '191', '76,4%']));
    // A group without men shows no figures for them, rather than zeros.
    expect(resultCells(results, 'Đồng bào dân tộc thiểu số')).toEqual(['—', '—', '—', '80', '40', '50,0%', '80', '40', '50,0%']);
    expect(resultCells(results, 'Tổng cộng')).toEqual(['120', '90', '75,0%', '210', '141', '67,1%', '330', '231', '70,0%']);
  });

  it('shows why the server refused a file and keeps the results', async () => {
    mockApi({
      ...surveyHandlers(coordinator),
      'POST /api/v1/survey-rounds/3/import': problem(400, 'validation', 'Không dòng nào trong 2 dòng trả lời đọc được; kết quả cũ được giữ nguyên.', [
        { field: 'file', message: 'Dòng 2: Thiếu nhóm đối tượng' },
        { field: 'file', message: 'Dòng 3: Giới tính "Z" không đọc được (nhận M/F, Nam/Nữ, male/female, 1/2)' },
      ]),
    });
    const { user } = renderApp('/surveys/3');
    const panel = await screen.findByRole('region', { name: /Nhập tệp trả lời/ });
    await user.upload(panel.querySelector('input[type="file"]') as HTMLInputElement, new File(['group,sex,score\n,M,8\nYOUTH,Z,8\n'], 'bad.csv'));
    await user.click(within(panel).getByRole('button', { name: 'Nhập tệp' }));

    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('Không nhập được tệp');
    expect(alert).toHaveTextContent('kết quả cũ được giữ nguyên');
    expect(alert).toHaveTextContent('Dòng 2: Thiếu nhóm đối tượng');
    expect(alert).toHaveTextContent('Dòng 3: Giới tính "Z"');
    const results = screen.getByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' });
    expect(resultCells(results, 'Thanh niên')[0]).toBe('38');
  });

  it('refuses a file that is not a .csv before uploading it', async () => {
    const api = mockApi(surveyHandlers(coordinator));
    renderApp('/surveys/3');
    const panel = await screen.findByRole('region', { name: /Nhập tệp trả lời/ });
    const input = panel.querySelector('input[type="file"]') as HTMLInputElement;
    // The picker's filter (accept=".csv") can be switched off by the person choosing.
    const careless = userEvent.setup({ applyAccept: false });
    await careless.upload(input, new File(['x'], 'ket-qua.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    expect(await within(panel).findByText('Chỉ nhận tệp .csv')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Nhập tệp' })).toBeDisabled();
    expect(api.calls('POST /api/v1/survey-rounds/3/import')).toHaveLength(0);
  });

  it('creates a round with results entered by hand, one line per group and sex, leaving out an empty line', async () => {
    const api = mockApi({
      ...surveyHandlers(coordinator),
      'POST /api/v1/survey-rounds': (request: RecordedRequest) => ({ status: 201, body: { ...round2026, id: 9, ...(request.body as object) } }),
      'GET /api/v1/survey-rounds/9': { body: { ...round2026, id: 9, name: 'Khảo sát giữa kỳ 2026' } },
    });
    const { user, router } = renderApp('/surveys/new');
    await screen.findByRole('form', { name: 'Tạo đợt khảo sát' });
    await fillRound(user);
    await chooseGroup(user, 1, 'Thanh niên');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người trả lời' }), '38');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người đạt ngưỡng' }), '17');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người trả lời' }), '40');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' }), '22');
    expect(screen.getByLabelText('Thanh niên – Nữ: Tỷ lệ đạt')).toHaveTextContent('55,0%');
    await user.click(screen.getByRole('button', { name: 'Thêm nhóm đối tượng' }));
    await chooseGroup(user, 2, 'Đồng bào dân tộc thiểu số');
    // Only women of this group answered: the men's line stays empty and is not sent.
    await user.type(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nữ: Số người trả lời' }), '60');
    await user.type(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nữ: Số người đạt ngưỡng' }), '21');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys/9'));
    expect(api.calls('POST /api/v1/survey-rounds')[0]?.body).toEqual({
      communeCode: '03390',
      name: 'Khảo sát giữa kỳ 2026',
      conductedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      method: 'Phiếu hỏi 10 câu, phỏng vấn trực tiếp',
      baseline: false,
      measure: 'THRESHOLD',
      threshold: 7,
      scaleMax: 10,
      results: [
        { groupId: 21, sex: 'M', respondents: 38, aware: 17, meanScore: null },
        { groupId: 21, sex: 'F', respondents: 40, aware: 22, meanScore: null },
        { groupId: 20, sex: 'F', respondents: 60, aware: 21, meanScore: null },
      ],
    });
    expect(await screen.findByText('Đã tạo đợt khảo sát.')).toBeInTheDocument();
  });

  it('checks the grid before sending: whole numbers, aware within respondents, a group for every filled row', async () => {
    const api = mockApi(surveyHandlers(coordinator));
    const { user } = renderApp('/surveys/new');
    await screen.findByRole('form', { name: 'Tạo đợt khảo sát' });
    await fillRound(user);
    await chooseGroup(user, 1, 'Thanh niên');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người trả lời' }), '38');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người đạt ngưỡng' }), '41');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người trả lời' }), '-4');
    await user.click(screen.getByRole('button', { name: 'Thêm nhóm đối tượng' }));
    await user.type(screen.getByRole('textbox', { name: 'Nhóm thứ 2 – Nam: Số người trả lời' }), '10');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người đạt ngưỡng' })).toHaveAccessibleDescription(
      'Không được lớn hơn số người trả lời (38)',
    );
    expect(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người trả lời' })).toHaveAccessibleDescription('Nhập số nguyên từ 0 đến 100.000');
    expect(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' })).toHaveAccessibleDescription('Bắt buộc nhập');
    expect(screen.getByRole('combobox', { name: 'Nhóm đối tượng – Nhóm thứ 2' })).toHaveAccessibleDescription('Chọn nhóm đối tượng');
    expect(screen.getByText('Vui lòng sửa các ô được đánh dấu.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/survey-rounds')).toHaveLength(0);

    // Removing the second group takes its errors with it.
    await user.click(screen.getByRole('button', { name: 'Xóa nhóm: Nhóm thứ 2' }));
    expect(screen.queryByText('Chọn nhóm đối tượng')).not.toBeInTheDocument();
  });

  it('puts the server’s results[i] errors beside the cell of the i-th line sent, and a taken baseline beside the checkbox', async () => {
    let answer = 0;
    mockApi({
      ...surveyHandlers(coordinator),
      'POST /api/v1/survey-rounds': () =>
        ++answer === 1
          ? problem(400, 'validation', 'Có 2 trường không hợp lệ.', [
              { field: 'results[1].aware', message: 'Số người đạt không được lớn hơn số người trả lời (40)' },
              { field: 'results[2].groupId', message: 'Mục danh mục mã số 20 không phải nhóm đối tượng của xã' },
            ])
          : problem(409, 'conflict', 'Xã đã có đợt khảo sát nền "Khảo sát nền năm 2025".', [
              { field: 'baseline', message: 'Xã đã có đợt khảo sát nền "Khảo sát nền năm 2025"' },
            ]),
    });
    const { user } = renderApp('/surveys/new');
    await screen.findByRole('form', { name: 'Tạo đợt khảo sát' });
    await fillRound(user);
    await chooseGroup(user, 1, 'Thanh niên');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người trả lời' }), '38');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người đạt ngưỡng' }), '17');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người trả lời' }), '40');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' }), '22');
    await user.click(screen.getByRole('button', { name: 'Thêm nhóm đối tượng' }));
    await chooseGroup(user, 2, 'Đồng bào dân tộc thiểu số');
    await user.type(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nam: Số người trả lời' }), '50');
    await user.type(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nam: Số người đạt ngưỡng' }), '20');
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));

    expect(
      await screen.findByText('Số người đạt không được lớn hơn số người trả lời (40)'),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' })).toHaveAccessibleDescription(
      'Số người đạt không được lớn hơn số người trả lời (40)',
    );
    expect(screen.getByRole('combobox', { name: 'Nhóm đối tượng – Nhóm thứ 2' })).toHaveAccessibleDescription(
      'Mục danh mục mã số 20 không phải nhóm đối tượng của xã',
    );

    await user.click(screen.getByRole('checkbox', { name: /^Đợt khảo sát nền/ }));
    await user.click(screen.getByRole('button', { name: 'Tạo mới' }));
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /^Đợt khảo sát nền/ })).toHaveAccessibleDescription(
        expect.stringContaining('Xã đã có đợt khảo sát nền "Khảo sát nền năm 2025"'),
      ),
    );
  });

  it('edits a round with the version read; a stale version says so and reloads the latest', async () => {
    let current: Round = round2026;
    const api = mockApi({
      ...surveyHandlers(coordinator),
      'GET /api/v1/survey-rounds/3': () => ({ body: current }),
      'PUT /api/v1/survey-rounds/3': () => {
        current = { ...round2026, name: 'Đã sửa ở máy khác', version: 3 };
        return problem(409, 'stale-version', 'Bản ghi đã được sửa bởi người khác.');
      },
    });
    const { user } = renderApp('/surveys/3/edit');
    await screen.findByRole('form', { name: 'Sửa đợt khảo sát' });
    expect(screen.getByRole('textbox', { name: /^Tên đợt khảo sát/ })).toHaveValue(round2026.name);
    expect(screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' })).toHaveValue('30');
    const women = screen.getByRole('textbox', { name: 'Thanh niên – Nữ: Số người đạt ngưỡng' });
    await user.clear(women);
    await user.type(women, '31');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    expect(await screen.findByText('Đợt khảo sát vừa được người khác sửa')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/survey-rounds/3')[0]?.body).toMatchObject({
      version: 2,
      results: [
        { groupId: 21, sex: 'M', respondents: 38, aware: 19, meanScore: null },
        { groupId: 21, sex: 'F', respondents: 40, aware: 31, meanScore: null },
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Tải lại' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: /^Tên đợt khảo sát/ })).toHaveValue('Đã sửa ở máy khác'));
    expect(screen.queryByText('Đợt khảo sát vừa được người khác sửa')).not.toBeInTheDocument();
  });

  it('switches a round to mean scores: asks for the scale, sends means with no threshold, and a line of nobody needs no mean', async () => {
    const api = mockApi({
      ...surveyHandlers(coordinator, [meanScoreRound]),
      'PUT /api/v1/survey-rounds/5': (request: RecordedRequest) => ({ body: { ...meanScoreRound, ...(request.body as object), version: 1 } }),
    });
    const { user, router } = renderApp('/surveys/5/edit');
    await screen.findByRole('form', { name: 'Sửa đợt khảo sát' });
    expect(screen.queryByRole('textbox', { name: /^Ngưỡng điểm đạt/ })).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nam: Điểm trung bình' })).toHaveValue('3,2');
    const scale = screen.getByRole('textbox', { name: /^Điểm tối đa của thang/ });
    await user.clear(scale);
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(scale).toHaveAccessibleDescription(expect.stringContaining('Bắt buộc nhập'));

    await user.type(scale, '3');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));
    expect(screen.getByRole('textbox', { name: 'Đồng bào dân tộc thiểu số – Nữ: Điểm trung bình' })).toHaveAccessibleDescription(
      'Điểm trung bình phải trong khoảng 0–3',
    );
    await user.clear(scale);
    await user.type(scale, '5');
    await user.click(screen.getByRole('button', { name: 'Thêm nhóm đối tượng' }));
    await chooseGroup(user, 2, 'Thanh niên');
    await user.type(screen.getByRole('textbox', { name: 'Thanh niên – Nam: Số người trả lời' }), '0');
    await user.click(screen.getByRole('button', { name: 'Lưu' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/surveys/5'));
    expect(api.calls('PUT /api/v1/survey-rounds/5')[0]?.body).toMatchObject({
      measure: 'MEAN_SCORE',
      threshold: null,
      scaleMax: 5,
      version: 0,
      results: [
        { groupId: 20, sex: 'M', respondents: 30, aware: null, meanScore: 3.2 },
        { groupId: 20, sex: 'F', respondents: 10, aware: null, meanScore: 4 },
        { groupId: 21, sex: 'M', respondents: 0, aware: null, meanScore: null },
      ],
    });
  });
});
