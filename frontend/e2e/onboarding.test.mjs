// End-to-end: a commune joins the programme from the app, and its first figures reach the province.
// The province admin enables Khổng Lào (a real commune of Lai Châu the demo leaves out), creates its
// plan and invites its admin; that admin signs in through Keycloak's page with the temporary password,
// changes it, creates a unit and invites its reporter; the reporter (likewise) records a session; the
// province's comparison then counts it. Everything goes through the real SPA, API, Keycloak and database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BASE_URL, launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

const COMMUNE = { code: '03583', name: 'Xã Khổng Lào' };
const run = Date.now().toString(36);
const admin = { username: `qtx.khonglao.${run}`, firstName: 'Lò Văn', lastName: 'Quản' };
const reporter = { username: `baocao.khonglao.${run}`, firstName: 'Tòng Thị', lastName: 'Báo' };
const unit = { code: `TH-${run.toUpperCase()}`, name: `Trường Tiểu học Khổng Lào (e2e ${run})` };

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** Today in Asia/Ho_Chi_Minh, day first, as the forms take it. */
function today() {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
  return parts; // dd/MM/yyyy
}

/** Signs in with a temporary password and sets a new one on Keycloak's "update password" page. */
async function signInFirstTime(page, username, temporaryPassword, newPassword, path = '/') {
  await page.goto(path);
  await page.waitForURL((url) => url.port === '8180' || url.pathname.includes('/realms/binhdang/'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(temporaryPassword);
  await page.locator('#kc-login').click();
  await page.locator('#password-new').waitFor();
  await page.locator('#password-new').fill(newPassword);
  await page.locator('#password-confirm').fill(newPassword);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin),
    page.locator('#kc-passwd-update-form [type=submit]').click(),
  ]);
  await page.getByTestId('current-user').first().waitFor({ state: 'attached' });
}

/** Fills the invitation form and returns the temporary password the dialog shows once. */
async function invite(page, person) {
  await page.getByRole('textbox', { name: /^Tên đăng nhập/ }).fill(person.username);
  await page.getByRole('textbox', { name: /^Họ và tên đệm/ }).fill(person.firstName);
  await page.getByRole('textbox', { name: /^Tên/, exact: false }).last().fill(person.lastName);
  const [invited] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/v1/people') && r.request().method() === 'POST'),
    page.getByRole('button', { name: 'Mời người dùng' }).click(),
  ]);
  assert.equal(invited.status(), 201, `POST /api/v1/people answered ${invited.status()}: ${await invited.text()}`);
  // The dialog's root is a zero-size portal: wait for its field.
  await page.getByTestId('temporary-password').waitFor();
  const password = await page.getByTestId('temporary-password').inputValue();
  assert.ok(password.length >= 12, 'a temporary password long enough for the realm policy');
  await page.getByRole('button', { name: 'Đã lưu mật khẩu, đóng' }).click();
  return password;
}

async function comparisonRow(page) {
  await page.goto('/comparison?year=' + today().slice(6));
  const table = page.getByRole('table', { name: /^So sánh các xã năm/ });
  await table.waitFor();
  return table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(COMMUNE.name) }) });
}

describe('onboarding a commune from the app', () => {
  let adminPassword;
  let reporterPassword;
  let sessionsBefore;

  test('the province admin enables the commune with its plan and invites its admin', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'province-admin-enables-commune', async () => {
      await signIn(page, 'quantri.laichau', '/comparison');
      const before = await comparisonRow(page);
      await before.getByText('Chưa tham gia').first().waitFor();
      sessionsBefore = Number((await before.getByRole('cell').nth(6).innerText()).replace(/\D/g, '') || 0);

      await page.goto('/province/communes');
      const row = page.getByTestId(`commune-${COMMUNE.code}`);
      await row.getByRole('link', { name: `Bật chương trình cho ${COMMUNE.name}` }).click();
      await page.getByRole('textbox', { name: /^Số văn bản/ }).fill(`E2E-${run}/KH-UBND`);
      await page.getByRole('textbox', { name: /^Ngày ban hành/ }).fill(today());
      await page.getByRole('textbox', { name: /^Người ký/ }).fill('Lò Văn Ký (e2e)');
      await page.getByRole('textbox', { name: /^Chức vụ người ký/ }).fill('Chủ tịch UBND xã');
      await page.getByRole('textbox', { name: /^Thực hiện kế hoạch của tỉnh/ }).fill('Kế hoạch số 01/KH-UBND tỉnh Lai Châu (e2e)');
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/plans') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Bật chương trình' }).click(),
      ]);
      assert.equal(created.status(), 201, `POST /api/v1/plans answered ${created.status()}: ${await created.text()}`);
      assert.match(created.request().headers()['idempotency-key'] ?? '', /^[0-9a-f-]{36}$/);
      await page.getByTestId(`commune-${COMMUNE.code}`).getByText('Đã tham gia').waitFor();

      await page.getByTestId(`commune-${COMMUNE.code}`).getByRole('link', { name: `Mời quản trị xã cho ${COMMUNE.name}` }).click();
      adminPassword = await invite(page, admin);
      await page.getByTestId(`person-${admin.username}`).waitFor();
    });
    await context.close();
  });

  test('the commune admin signs in with the temporary password, changes it, creates a unit and invites its reporter', async () => {
    assert.ok(adminPassword, 'the admin was invited');
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'commune-admin-first-sign-in', async () => {
      await signInFirstTime(page, admin.username, adminPassword, `Khong-Lao-${run}-quan-tri`, '/units/new');
      await page.getByRole('heading', { name: 'Tạo đơn vị' }).waitFor();
      await page.getByRole('combobox', { name: 'Loại đơn vị' }).click();
      await page.getByRole('option', { name: 'Trường học' }).click();
      await page.getByRole('textbox', { name: 'Mã đơn vị' }).fill(unit.code);
      await page.getByRole('textbox', { name: 'Tên đơn vị' }).fill(unit.name);
      const [createdUnit] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/units') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Tạo mới' }).click(),
      ]);
      assert.equal(createdUnit.status(), 201, `POST /api/v1/units answered ${createdUnit.status()}: ${await createdUnit.text()}`);
      assert.equal((await createdUnit.json()).communeCode, COMMUNE.code);

      await page.goto('/people');
      await page.getByRole('link', { name: 'Mời người dùng' }).or(page.getByRole('button', { name: 'Mời người dùng' })).first().click();
      await page.getByRole('combobox', { name: /^Vai trò/ }).click();
      await page.getByRole('option', { name: 'Đầu mối báo cáo của đơn vị' }).click();
      await page.getByRole('combobox', { name: /^Đơn vị/ }).click();
      await page.getByRole('option', { name: new RegExp(unit.code) }).click();
      reporterPassword = await invite(page, reporter);
      await page.getByTestId(`person-${reporter.username}`).waitFor();
    });
    await context.close();
  });

  test('the reporter records a session and the province comparison counts it', async () => {
    assert.ok(reporterPassword, 'the reporter was invited');
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'new-reporter-records-session', async () => {
      await signInFirstTime(page, reporter.username, reporterPassword, `Khong-Lao-${run}-bao-cao`, '/sessions/new');
      await page.getByRole('heading', { name: 'Ghi buổi truyền thông' }).waitFor();
      assert.equal(await page.getByRole('textbox', { name: /^Đơn vị tổ chức/ }).inputValue(), unit.name);
      await page.getByRole('combobox', { name: /^Hình thức/ }).click();
      await page.getByRole('option', { name: 'Hội nghị, họp' }).click();
      await page.getByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' }).check();
      await page.getByRole('textbox', { name: 'Nam', exact: true }).fill('14');
      await page.getByRole('textbox', { name: 'Nữ', exact: true }).fill('17');
      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/sessions') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Lưu' }).click(),
      ]);
      assert.equal(created.status(), 201, `POST /api/v1/sessions answered ${created.status()}: ${await created.text()}`);
    });
    await context.close();

    const province = await newPage(browser);
    await withFailureScreenshot(province.page, 'province-sees-new-commune', async () => {
      await signIn(province.page, 'sonoivu.laichau', '/comparison');
      const row = await comparisonRow(province.page);
      await row.getByText('Đã tham gia').waitFor();
      const sessions = Number((await row.getByRole('cell').nth(6).innerText()).replace(/\D/g, ''));
      assert.equal(sessions, sessionsBefore + 1, 'the comparison counts the new session');
      await row.getByText(/^31$/).waitFor();
      await screenshot(province.page, 'province-comparison.png');

      // The map, drawn from the official boundaries only when asked: every commune of Lai Châu, each a link.
      await province.page.getByText('Bản đồ', { exact: true }).click();
      const map = province.page.getByRole('group', { name: /^Bản đồ theo MT1/ });
      await map.waitFor();
      assert.equal(await map.getByRole('link').count(), 38);
      await map.getByRole('link', { name: new RegExp(`^${COMMUNE.name}: `) }).focus();
      await province.page.getByText(new RegExp(`^${COMMUNE.name}: 0 %`)).first().waitFor();
      await screenshot(province.page, 'province-comparison-map.png');
    });
    await province.context.close();
  });
});
