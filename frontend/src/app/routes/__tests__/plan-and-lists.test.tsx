import { screen, waitFor, within } from '@testing-library/react';

import { communeAdmin, communes, coordinator, page, programmeHandlers, provinceAdmin, provinceUser, referenceItems, viewer } from '@/testing/data';
import { mockApi, problem } from '@/testing/mock-api';
import { renderApp } from '@/testing/test-utils';

const plan = {
  id: 1,
  communeCode: '03390',
  communeName: 'Xã Bình Lư',
  title: 'Kế hoạch thực hiện Chương trình Truyền thông về bình đẳng giới giai đoạn 2026–2030',
  documentNumber: '45/KH-UBND',
  issuedOn: null,
  issuedText: 'tháng 4 năm 2026',
  signerName: 'Lò Văn Minh (minh họa)',
  signerTitle: 'Phó Chủ tịch',
  periodStart: 2026,
  periodEnd: 2030,
  startDate: '2026-01-01',
  implementsPlan: 'Kế hoạch số 2560/KH-UBND ngày 09/4/2026 của Ủy ban nhân dân tỉnh Lai Châu',
  taskGroups: [1, 2, 3, 4, 5, 6, 7].map((number) => ({ number, title: `Nhiệm vụ số ${number} của Kế hoạch`, description: '' })),
  targets: [
    {
      number: 1,
      wording: 'Hằng năm, mỗi cơ quan, đơn vị tổ chức ít nhất 2 cuộc truyền thông về pháp luật, chính sách bình đẳng giới',
      responsible: 'Phòng Văn hóa – Xã hội',
      unitOfMeasure: 'cuộc/đơn vị/năm',
      changeMode: 'POINTS',
      yearlyTargets: [2026, 2027, 2028, 2029, 2030].map((year) => ({ year, value: 2 })),
    },
    {
      number: 3,
      wording: 'Tỷ lệ người dân được tiếp cận thông tin về bình đẳng giới',
      responsible: 'Các đơn vị',
      unitOfMeasure: '%',
      changeMode: 'POINTS',
      yearlyTargets: [
        { year: 2026, value: 60 },
        { year: 2030, value: 1500 },
      ],
    },
  ],
  version: 0,
};

describe('plan page', () => {
  it('shows the commune’s plan: the document, what it implements, the tasks and the yearly targets', async () => {
    mockApi({ ...programmeHandlers(coordinator), 'GET /api/v1/plans': { body: page([plan], 0, 1, 1) } });
    renderApp('/plan');
    expect(await screen.findByText(plan.title)).toBeInTheDocument();
    expect(screen.getByText('45/KH-UBND')).toBeInTheDocument();
    expect(screen.getByText('tháng 4 năm 2026')).toBeInTheDocument();
    expect(screen.getByText(plan.implementsPlan)).toBeInTheDocument();
    expect(screen.getByText('Nhiệm vụ 7. Nhiệm vụ số 7 của Kế hoạch')).toBeInTheDocument();

    const targets = screen.getByRole('table', { name: 'Mục tiêu và chỉ tiêu theo năm' });
    const rows = within(targets).getAllByRole('row');
    expect(rows[0]).toHaveTextContent('20262027202820292030');
    expect(rows[1]).toHaveTextContent('Mục tiêu 1');
    expect(within(rows[1]!).getAllByText('2')).toHaveLength(5);
    // Missing years show a dash; numbers use Vietnamese separators.
    expect(within(rows[2]!).getByText('1.500')).toBeInTheDocument();
    expect(within(rows[2]!).getAllByText('—')).toHaveLength(3);
  });

  it('lets a province user choose the commune whose plan to read', async () => {
    const api = mockApi({
      ...programmeHandlers(provinceUser),
      'GET /api/v1/communes': { body: page(communes, 0, 100, 2) },
      'GET /api/v1/plans': (request) => ({
        body: request.query.get('communeCode') === '03394' ? page([], 0, 1, 0) : page([plan], 0, 1, 1),
      }),
    });
    const { user } = renderApp('/plan');
    expect(await screen.findByText(plan.title)).toBeInTheDocument();
    // The shell asks for every plan in scope (the programme's period); the page for the first commune's.
    expect(api.calls('GET /api/v1/plans').map((c) => c.query.get('communeCode'))).toContain('03390');

    await user.click(screen.getByRole('combobox', { name: 'Xã' }));
    await user.click(await screen.findByRole('option', { name: 'Xã Sin Suối Hồ' }));
    expect(await screen.findByText('Xã này chưa có kế hoạch trong hệ thống.')).toBeInTheDocument();
  });
  it('lets the coordinator change a target’s yearly values, showing the server’s reason beside the year it refuses', async () => {
    let attempts = 0;
    const api = mockApi({
      ...programmeHandlers(coordinator),
      'GET /api/v1/plans': { body: page([plan], 0, 1, 1) },
      'GET /api/v1/audit': { body: page([], 0, 10, 0) },
      'PUT /api/v1/plans/1/targets/3': (request) => {
        attempts += 1;
        if (attempts === 1) {
          return problem(422, 'validation', 'Một trường không hợp lệ', [
            { field: 'yearlyTargets[1].value', message: 'Chỉ tiêu năm 2030 phải từ 10 đến 15' },
          ]);
        }
        const body = request.body as { yearlyTargets: { year: number; value: number }[] };
        return { body: { ...plan, version: 1, targets: [plan.targets[0], { ...plan.targets[1], yearlyTargets: body.yearlyTargets }] } };
      },
    });
    const { user } = renderApp('/plan');
    await user.click(await screen.findByRole('button', { name: 'Sửa chỉ tiêu Mục tiêu 3' }));
    const form = screen.getByRole('form', { name: 'Sửa chỉ tiêu theo năm: Mục tiêu 3' });
    const y2030 = within(form).getByRole('textbox', { name: 'Năm 2030' });
    expect(y2030).toHaveValue('1.500');
    await user.clear(y2030);
    await user.type(y2030, '20');
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await within(form).findByText('Chỉ tiêu năm 2030 phải từ 10 đến 15')).toBeInTheDocument();
    expect(api.calls('PUT /api/v1/plans/1/targets/3')[0]?.body).toEqual({
      yearlyTargets: [
        { year: 2026, value: 60 },
        { year: 2030, value: 20 },
      ],
      version: 0,
      changeMode: 'POINTS',
    });

    await user.clear(y2030);
    await user.type(y2030, '12,5');
    // Target 3 alone says how its rise is counted: switched here from points to relative %.
    expect(within(form).getByRole('radio', { name: 'Điểm phần trăm' })).toBeChecked();
    await user.click(within(form).getByRole('radio', { name: 'Phần trăm tương đối' }));
    await user.click(within(form).getByRole('button', { name: 'Lưu' }));
    expect(await screen.findByText('Đã lưu chỉ tiêu.')).toBeInTheDocument();
    const second = api.calls('PUT /api/v1/plans/1/targets/3')[1]?.body as { yearlyTargets: unknown[]; changeMode: string };
    expect(second.yearlyTargets[1]).toEqual({ year: 2030, value: 12.5 });
    expect(second.changeMode).toBe('RELATIVE');
    // The plan's history is on the page, read from the audit log.
    expect(api.calls('GET /api/v1/audit')[0]?.query.get('entityType')).toBe('PLAN');
  });

  it('offers no target editing to a viewer', async () => {
    mockApi({ ...programmeHandlers(viewer), 'GET /api/v1/plans': { body: page([plan], 0, 1, 1) } });
    renderApp('/plan');
    expect(await screen.findByText(plan.title)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Sửa chỉ tiêu/ })).not.toBeInTheDocument();
  });
});

describe('reference lists (Danh mục)', () => {
  it('lets a commune administrator add an item to a list and edit the commune’s own items, not shared ones', async () => {
    const api = mockApi({
      ...programmeHandlers(communeAdmin),
      'POST /api/v1/reference-items': (request) => ({ status: 201, body: { id: 50, version: 0, communeCode: '03390', ...(request.body as object) } }),
      'PUT /api/v1/reference-items/41': (request) => ({ body: { ...referenceItems.FUNDING_SOURCE[1], ...(request.body as object), version: 1 } }),
    });
    const { user } = renderApp('/reference-items?kind=FORMAT');
    const table = await screen.findByRole('table', { name: 'Hình thức' });
    expect(within(table).getByText('Phát thanh trên loa truyền thanh')).toBeInTheDocument();
    expect(within(table).getByText('Ghi lượt tiếp cận')).toBeInTheDocument();
    expect(within(table).queryByRole('button', { name: /Sửa/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Thêm mục' }));
    const dialog = await screen.findByRole('dialog', { name: 'Thêm mục danh mục' });
    await user.type(within(dialog).getByRole('textbox', { name: /^Mã/ }), 'hoi_thi');
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên tiếng Việt/ }), 'Hội thi tìm hiểu pháp luật');
    await user.type(within(dialog).getByRole('textbox', { name: /^Tên tiếng Anh/ }), 'Law quiz contest');
    await user.click(within(dialog).getByRole('button', { name: 'Thêm mục' }));
    expect(await screen.findByText('Đã thêm mục.')).toBeInTheDocument();
    expect(api.calls('POST /api/v1/reference-items')[0]?.body).toEqual({
      kind: 'FORMAT',
      code: 'HOI_THI',
      labelVi: 'Hội thi tìm hiểu pháp luật',
      labelEn: 'Law quiz contest',
      lawPolicy: false,
      needsReach: false,
      active: true,
      sortOrder: 100,
    });

    await user.click(screen.getByRole('button', { name: 'Nguồn kinh phí' }));
    const funding = await screen.findByRole('table', { name: 'Nguồn kinh phí' });
    await user.click(within(funding).getByRole('button', { name: 'Sửa Quỹ của bản' }));
    const edit = await screen.findByRole('dialog', { name: 'Sửa mục danh mục' });
    await user.click(within(edit).getByRole('checkbox', { name: 'Đang dùng' }));
    await user.click(within(edit).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.calls('PUT /api/v1/reference-items/41')).toHaveLength(1));
    expect(api.calls('PUT /api/v1/reference-items/41')[0]?.body).toMatchObject({ active: false, version: 0, code: 'OWN_HAMLET' });
  });

  it('lets the province-admin edit the shared items that every commune uses, not a commune’s own', async () => {
    const api = mockApi({
      ...programmeHandlers(provinceAdmin),
      'PUT /api/v1/reference-items/40': (request) => ({ body: { ...referenceItems.FUNDING_SOURCE[0], ...(request.body as object), version: 1 } }),
    });
    const { user } = renderApp('/reference-items?kind=FUNDING_SOURCE');
    const funding = await screen.findByRole('table', { name: 'Nguồn kinh phí' });
    expect(screen.getByRole('button', { name: 'Thêm mục' })).toBeInTheDocument();
    expect(within(funding).queryByRole('button', { name: 'Sửa Quỹ của bản' })).not.toBeInTheDocument();
    await user.click(within(funding).getByRole('button', { name: 'Sửa Ngân sách nhà nước' }));
    const edit = await screen.findByRole('dialog', { name: 'Sửa mục danh mục' });
    await user.click(within(edit).getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(api.calls('PUT /api/v1/reference-items/40')).toHaveLength(1));
    expect(api.calls('PUT /api/v1/reference-items/40')[0]?.body).toMatchObject({ code: 'STATE', version: 0 });
  });

  it('is read-only for a coordinator', async () => {
    mockApi(programmeHandlers(coordinator));
    renderApp('/reference-items');
    await screen.findByRole('table', { name: 'Nội dung truyền thông' });
    expect(screen.getByText('Bạn chỉ có quyền xem dữ liệu này.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thêm mục' })).not.toBeInTheDocument();
  });
});
