// End-to-end: the coordinator records a gender review of a village convention that still had a
// discriminatory clause, and the overview's target 5 counts it at once (no nightly job).
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

/** Target 5 of Bình Lư's 2026 overview, as the dashboard API answers it when the page loads. */
async function openTarget5(page) {
  const response = page.waitForResponse(
    (r) => r.url().includes('/api/v1/dashboard') && r.url().includes('year=2026') && r.request().method() === 'GET',
  );
  await page.goto('/?year=2026');
  const dashboard = await (await response).json();
  return dashboard.indicators.find((i) => i.target === 5);
}

describe('village conventions', () => {
  test('a review clearing a convention is counted by target 5 the next time the overview is read', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'coordinator-reviews-convention', async () => {
      await signIn(page, 'dieuphoi.binhlu', '/');
      const before = await openTarget5(page);
      assert.ok(before.denominator > before.numerator, 'the demo data has conventions still to clear');

      const listed = page.waitForResponse((r) => r.url().includes('/api/v1/conventions?') && r.url().includes('standing=DISCRIMINATION_FOUND'));
      await page.goto('/conventions?standing=DISCRIMINATION_FOUND&status=IN_FORCE');
      const flagged = (await (await listed).json()).items;
      assert.ok(flagged.length > 0);
      assert.ok(flagged.every((c) => c.standing === 'DISCRIMINATION_FOUND'));
      const convention = flagged[0];
      const table = page.getByRole('table', { name: 'Danh sách hương ước, quy ước' });
      await table.getByRole('link', { name: convention.title }).first().click();
      await page.waitForURL((url) => url.pathname === `/conventions/${convention.id}`);

      await page.getByRole('link', { name: 'Ghi kết quả rà soát' }).click();
      const form = page.getByRole('form', { name: 'Ghi kết quả rà soát về bình đẳng giới' });
      await form.waitFor();
      await form.getByLabel(/^Người, tổ rà soát/).fill('Tổ rà soát: Phòng VH-XH, Hội LHPN xã, Trưởng bản (e2e)');
      await form.getByRole('radio', { name: 'Không có nội dung phân biệt đối xử về giới' }).check();
      const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/conventions/${convention.id}/reviews`) && r.request().method() === 'POST');
      await form.getByRole('button', { name: 'Lưu' }).click();
      assert.equal((await saved).status(), 201);
      const review = await (await saved).json();
      await page.waitForURL((url) => url.pathname === `/conventions/${convention.id}`);
      await page.getByText('Đã ghi kết quả rà soát.').waitFor();
      // The new review heads the convention's reviews, and decides its standing.
      const [y, m, d] = review.reviewedOn.split('-');
      const reviews = page.getByRole('table', { name: 'Các lần rà soát, mới nhất trước' });
      await reviews.getByRole('row').nth(1).filter({ hasText: `${d}/${m}/${y}` }).waitFor();
      await page.getByText(`Rà soát ngày ${d}/${m}/${y}`).first().waitFor();
      await screenshot(page, 'convention-reviewed.png');

      const afterReview = await openTarget5(page);
      assert.equal(afterReview.denominator, before.denominator);
      assert.equal(afterReview.numerator, before.numerator + 1);
      const card = page.getByTestId('indicator-card').filter({ hasText: 'Mục tiêu 5' });
      const shown = `${number.format(afterReview.value)} ${afterReview.unit}`;
      assert.equal((await card.getByTestId('indicator-value').textContent()).trim(), shown);
    });
    await context.close();
  });
});
