// End-to-end: units of Bình Lư through the real login, SPA, proxy, backend and database.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('units', () => {
  test('coordinator signs in through Keycloak, sees the units of Bình Lư and creates one', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'coordinator-creates-unit', async () => {
      await signIn(page, 'dieuphoi.binhlu', '/units');

      await page.getByRole('heading', { name: 'Đơn vị', exact: true }).waitFor();
      const table = page.getByRole('table');
      await table.getByRole('link', { name: 'Trạm Y tế xã Bình Lư' }).waitFor();
      // Only Bình Lư's units: the second demo commune's health station is out of scope.
      assert.equal(await table.getByText('Trạm Y tế xã Sin Suối Hồ').count(), 0);

      const code = `E2E-${Date.now().toString(36).toUpperCase()}`;
      const name = `Hợp tác xã chè ${code}`;
      await page.getByRole('link', { name: 'Tạo mới' }).click();
      await page.getByRole('heading', { name: 'Tạo đơn vị' }).waitFor();
      await page.getByRole('combobox', { name: 'Loại đơn vị' }).click();
      await page.getByRole('option', { name: 'Doanh nghiệp' }).click();
      await page.getByRole('textbox', { name: 'Mã đơn vị' }).fill(code);
      await page.getByRole('textbox', { name: 'Tên đơn vị' }).fill(name);
      await page.getByRole('textbox', { name: 'Người liên hệ' }).fill('Giám đốc');
      await page.getByRole('textbox', { name: 'Điện thoại' }).fill('0912000999');

      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/units') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Tạo mới' }).click(),
      ]);
      assert.equal(created.status(), 201, `POST /api/v1/units answered ${created.status()}: ${await created.text()}`);
      await page.getByText('Đã tạo đơn vị.').waitFor();
      await page.getByRole('heading', { name }).waitFor();

      // Back in the list, the search (server-side) finds it.
      await page.getByRole('link', { name: 'Đơn vị', exact: true }).click();
      await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill(code.toLowerCase());
      await page.getByRole('table').getByRole('link', { name }).waitFor();
      await page.getByRole('searchbox', { name: 'Tìm kiếm' }).fill('');
      await page.getByRole('table').getByRole('link', { name: 'Trạm Y tế xã Bình Lư' }).waitFor();
      await screenshot(page, 'units-page.png');
    });
    await context.close();
  });

  test('unit reporter sees units read-only and the API refuses their write with 403', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'reporter-read-only', async () => {
      const unitsRequest = page.waitForRequest((r) => r.url().includes('/api/v1/units?'));
      await signIn(page, 'baocao.tramyte', '/units');
      const authorization = (await unitsRequest).headers()['authorization'];
      assert.match(authorization ?? '', /^Bearer \S+$/);

      await page.getByRole('table').getByRole('link', { name: 'Trạm Y tế xã Bình Lư' }).waitFor();
      await page.getByText('Bạn chỉ có quyền xem dữ liệu này.').waitFor();
      assert.equal(await page.getByRole('link', { name: 'Tạo mới' }).count(), 0);

      // The same token, used directly against the API, may not create a unit.
      const status = await page.evaluate(async (auth) => {
        const response = await fetch('/api/v1/units', {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json', 'Accept-Language': 'vi' },
          body: JSON.stringify({
            communeCode: '03390',
            kind: 'OTHER',
            code: 'E2E-REFUSED',
            name: 'Không được tạo',
            activeFrom: '2026-01-01',
            targets: [1],
          }),
        });
        return response.status;
      }, authorization);
      assert.equal(status, 403);
      await screenshot(page, 'units-read-only.png');
    });
    await context.close();
  });

  test('the header names the signed-in user, their role and their scope', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'header', async () => {
      await signIn(page, 'baocao.tramyte', '/');
      const header = page.getByRole('banner');
      const currentUser = header.getByTestId('current-user');
      await currentUser.getByText('Báo cáo Trạm Y tế Bình Lư – minh họa').waitFor();
      const text = await currentUser.innerText();
      assert.match(text, /Đầu mối báo cáo của đơn vị/);
      assert.match(text, /Trạm Y tế xã Bình Lư/);
      assert.match(text, /Xã Bình Lư/);
      await header.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    });
    await context.close();
  });
});
