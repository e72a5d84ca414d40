// End-to-end: the coordinator creates an awareness survey round and imports its anonymous response
// file (the CSV export of KoboToolbox/ODK); the round's results are the file's rows aggregated by group
// and sex, and a row the import cannot count is listed with its reason.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

// One row per respondent: a Kobo group path before the question names, answers 0/1 summed into the score.
const CSV = [
  'start,grp/group,grp/sex,q1,q2,q3,q4,q5',
  '2026-11-20,YOUTH,F,1,1,1,1,0',
  '2026-11-20,YOUTH,F,1,0,0,1,0',
  '2026-11-20,YOUTH,M,1,1,1,1,1',
  '2026-11-20,Thanh niên,Nam,0,0,1,0,0',
  '2026-11-20,MEN,2,1,1,1,0,1',
  '2026-11-20,YOUTH,X,1,1,1,1,1',
].join('\n');

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

describe('awareness surveys', () => {
  test('the coordinator creates a round and imports its Kobo/ODK response file', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'coordinator-imports-survey', async () => {
      await signIn(page, 'dieuphoi.binhlu', '/surveys');
      await page.getByRole('link', { name: 'Tạo đợt khảo sát' }).click();
      const form = page.getByRole('form', { name: 'Tạo đợt khảo sát' });
      await form.waitFor();
      const name = `Khảo sát nhanh tại bản (e2e ${Date.now().toString(36)})`;
      await form.getByLabel(/^Tên đợt khảo sát/).fill(name);
      await form.getByLabel(/^Phương pháp khảo sát/).fill('Phiếu hỏi 5 câu đúng/sai trên KoboToolbox');
      await form.getByLabel(/^Ngưỡng điểm đạt/).fill('4');
      await form.getByLabel(/^Điểm tối đa của thang/).fill('5');
      const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/survey-rounds') && r.request().method() === 'POST');
      await form.getByRole('button', { name: 'Tạo mới' }).click();
      const round = await (await created).json();
      assert.equal((await created).status(), 201);
      await page.waitForURL((url) => url.pathname === `/surveys/${round.id}`);

      const imported = page.waitForResponse((r) => r.url().endsWith(`/api/v1/survey-rounds/${round.id}/import`));
      await page.locator('input[type="file"]').setInputFiles({ name: 'kobo-export.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
      await page.getByRole('button', { name: 'Nhập tệp' }).click();
      const outcome = await (await imported).json();
      assert.equal((await imported).status(), 200);
      await page.getByText('Đọc 6 dòng trả lời: tính 5 dòng, bỏ qua 1 dòng.').waitFor();
      // The sixth respondent (row 7 of the file, after the header) has no usable sex: listed, not counted.
      const rejected = page.getByRole('table', { name: 'Các dòng không được tính' });
      await rejected.getByRole('row').filter({ hasText: '7' }).first().waitFor();
      assert.equal(outcome.rowsRead, 6);
      assert.deepEqual(outcome.rowsRejected.map((r) => r.row), [7]);

      // Youth: 2 women (scores 4 and 2 → 1 aware), 2 men (5 and 1 → 1 aware); men's group: 1 woman with 4 (aware).
      const results = page.getByRole('table', { name: 'Kết quả theo nhóm đối tượng và giới tính' });
      const youth = results.getByRole('row').filter({ hasText: 'Thanh niên' });
      await youth.waitFor();
      const text = (await youth.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /50/, `youth row shows 50 % aware: ${text}`);
      await screenshot(page, 'survey-imported.png');
    });
    await context.close();
  });
});
