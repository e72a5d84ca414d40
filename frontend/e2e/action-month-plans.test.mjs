// End-to-end: a unit reporter files their unit's Action Month plan (target 2) with its signed document,
// through the real login, SPA, backend and database; the coordinator then sees it in the filing status.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

// A year the demo data has no plans for, so the run files a new one on every fresh database.
const YEAR = 2027;

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('Action Month plans', () => {
  test('a unit reporter files the plan with its signed document; the coordinator sees it filed on time', async () => {
    const reporter = await newPage(browser);
    let planId;
    await withFailureScreenshot(reporter.page, 'reporter-files-action-month-plan', async () => {
      const { page } = reporter;
      await signIn(page, 'baocao.tramyte', `/action-month-plans?year=${YEAR}`);
      await page.getByRole('link', { name: `Nộp kế hoạch năm ${YEAR} của đơn vị` }).click();
      const form = page.getByRole('form', { name: 'Nộp kế hoạch Tháng hành động' });
      await form.waitFor();
      // The reporter's own unit, fixed: its name shows once the commune's units have arrived.
      const unit = form.getByLabel(/^Đơn vị/).first();
      await page.waitForFunction((input) => input.value !== '', await unit.elementHandle());
      assert.equal(await unit.inputValue(), 'Trạm Y tế xã Bình Lư');
      assert.equal(await unit.getAttribute('readonly'), '');

      await form.getByLabel(/^Số văn bản/).fill('31/KH-TYT');
      await form.getByLabel(/^Tóm tắt các hoạt động dự kiến/).fill('Treo băng rôn tại Trạm; phát thanh song ngữ Việt – Thái; tư vấn tại 3 bản.');
      await form.locator('input[type="file"]').setInputFiles({
        name: 'ke-hoach-thang-hanh-dong.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
      });
      const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/action-month-plans') && r.request().method() === 'POST');
      const attached = page.waitForResponse((r) => /\/api\/v1\/action-month-plans\/\d+\/attachment$/.test(r.url()) && r.request().method() === 'POST');
      await form.getByRole('button', { name: 'Nộp kế hoạch' }).click();
      const plan = await (await created).json();
      assert.equal((await created).status(), 201);
      assert.equal((await attached).status(), 200);
      planId = plan.id;
      assert.equal(plan.year, YEAR);
      assert.equal(plan.unitCode, 'TYT');
      assert.equal(plan.onTime, true);

      await page.waitForURL((url) => url.pathname === `/action-month-plans/${planId}`);
      await page.getByText('Đã nộp kế hoạch Tháng hành động.').waitFor();
      await page.getByRole('button', { name: 'Tải về ke-hoach-thang-hanh-dong.pdf' }).waitFor();
      const [y, m, d] = plan.filedOn.split('-');
      await page.getByText(`Nộp ngày ${d}/${m}/${y} — đúng hạn`).waitFor();
      await screenshot(page, 'action-month-plan.png');
    });
    await reporter.context.close();

    const coordinator = await newPage(browser);
    await withFailureScreenshot(coordinator.page, 'coordinator-sees-action-month-plan', async () => {
      const { page } = coordinator;
      await signIn(page, 'dieuphoi.binhlu', `/action-month-plans?year=${YEAR}&filed=true`);
      const table = page.getByRole('table', { name: `Tình trạng nộp kế hoạch Tháng hành động năm ${YEAR}` });
      const row = table.getByRole('row').filter({ hasText: 'TYT' });
      await row.getByText('Đúng hạn').waitFor();
      assert.equal(await row.getByRole('link', { name: 'Xem kế hoạch của Trạm Y tế xã Bình Lư' }).getAttribute('href'), `/action-month-plans/${planId}`);
    });
    await coordinator.context.close();
  });
});
