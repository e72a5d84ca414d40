// End-to-end: the coordinator's overview of Bình Lư for 2026 and the units behind target 1.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

const number = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('dashboard', () => {
  test('coordinator sees the five targets of Bình Lư for 2026 and opens the units below two sessions', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'dashboard', async () => {
      const dashboardResponse = page.waitForResponse(
        (r) => r.url().includes('/api/v1/dashboard') && r.url().includes('year=2026') && r.request().method() === 'GET',
      );
      await signIn(page, 'dieuphoi.binhlu', '/?year=2026');
      const response = await dashboardResponse;
      assert.equal(response.status(), 200);
      const dashboard = await response.json();
      assert.equal(dashboard.area.name, 'Xã Bình Lư');
      assert.equal(dashboard.indicators.length, 5);

      const cards = page.getByTestId('indicator-card');
      await cards.first().waitFor();
      assert.equal(await cards.count(), 5);
      const first = dashboard.indicators.find((i) => i.target === 1);
      const shown = first.value === null ? '—' : `${number.format(first.value)} ${first.unit}`;
      const card1 = cards.filter({ hasText: 'Mục tiêu 1' });
      assert.equal((await card1.getByTestId('indicator-value').textContent()).trim(), shown);
      // The demo data: 11 of Bình Lư's 14 units held two law/policy sessions in 2026.
      assert.equal(shown, '78,57 %');
      await card1.getByText(`Cách tính: ${first.formulaVi}`).waitFor();
      // Every chart comes with its numbers as a table, folded under it until asked for.
      await page.getByRole('img', { name: /Biểu đồ xu hướng Mục tiêu 1/ }).waitFor();
      const trendTable = page.getByRole('table', { name: 'Bảng số liệu xu hướng', includeHidden: true });
      assert.equal(await trendTable.count(), 1);
      await page.getByText('Xem dạng bảng').first().click();
      await trendTable.getByRole('link', { name: shown }).first().waitFor();
      // The charts' library arrives lazily; wait until every canvas on the page has been drawn.
      await page.waitForFunction(() => {
        const canvases = [...globalThis.document.querySelectorAll('canvas')];
        return canvases.length > 0 && canvases.every((canvas) => canvas.dataset.drawn === 'true');
      });
      await screenshot(page, 'dashboard.png');

      const recordsResponse = page.waitForResponse(
        (r) => r.url().includes('/api/v1/indicators/1/records') && r.url().includes('counted=false'),
      );
      await card1.getByRole('link', { name: 'Xem bản ghi của Mục tiêu 1' }).click();
      const records = await (await recordsResponse).json();
      await page.waitForURL((url) => url.pathname === '/targets/1' && url.searchParams.get('counted') === 'false');
      await page.getByRole('heading', { name: 'Bản ghi của Mục tiêu 1' }).waitFor();
      assert.ok(records.items.length > 0);
      assert.ok(records.items.every((item) => item.counted === false));
      assert.ok(records.items.some((item) => item.name === 'Hội Cựu chiến binh xã'));
      const table = page.getByRole('table', { name: 'Bản ghi sau con số của mục tiêu' });
      await table.getByRole('link', { name: 'Hội Cựu chiến binh xã' }).waitFor();
      for (const item of records.items) {
        await table.getByRole('row').filter({ hasText: item.name }).first().waitFor();
      }
      assert.equal(await table.getByText('Đã được tính', { exact: true }).count(), 0);
      await screenshot(page, 'dashboard-target-1-not-counted.png');
    });
    await context.close();
  });
});
