// End-to-end: in a browser whose language is English (the SPA itself in Vietnamese), the coordinator
// of Bình Lư types a session's date day first and saves it; the overview that was open before shows
// the new figures — target 1, its warning, the participants — without the page being reloaded.
// Runs after dashboard.test.mjs (which reads the demo's 2026 figures before anything is added).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';

import { BASE_URL, launchBrowser, screenshot, signIn, withFailureScreenshot } from './support.mjs';

const STALE_AFTER_MS = 30_000; // the SPA's staleTime: within it, only an invalidation refetches

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A calendar day in Vietnam, `days` from today: { iso: '2026-12-02', typed: '2/12/2026' }. */
function vietnamDay(days) {
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date())
    .split('-')
    .map(Number);
  const day = new Date(Date.UTC(y, m - 1, d + days));
  const iso = day.toISOString().slice(0, 10);
  return { iso, typed: `${day.getUTCDate()}/${day.getUTCMonth() + 1}/${day.getUTCFullYear()}`, shown: iso.split('-').reverse().join('/') };
}

async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** What the overview shows: target 1's "n/d", the participants' total, the warnings' texts. */
async function overviewFigures(page) {
  const card1 = page.getByTestId('indicator-card').filter({ hasText: 'Mục tiêu 1' });
  await card1.waitFor();
  const counted = (await card1.getByText(/^Tử số \/ mẫu số:/).innerText()).replace(/^Tử số \/ mẫu số:\s*/, '');
  const participants = await page.locator('#participants-title').innerText();
  const warnings = await page.getByRole('region', { name: /^Cảnh báo/ }).innerText();
  return { counted, participants, warnings };
}

describe('record changes, in an English-locale browser', () => {
  test('a session typed day first is stored as typed, and the open overview’s figures change without a reload', async () => {
    const context = await browser.newContext({ baseURL: BASE_URL, locale: 'en-US', viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(30_000);
    const page = await context.newPage();
    await withFailureScreenshot(page, 'record-changes', async () => {
      const yesterday = vietnamDay(-1);
      const today = vietnamDay(0);
      const year = Number(yesterday.iso.slice(0, 4));
      assert.equal(await page.evaluate(() => navigator.language), 'en-US');

      const token = page.waitForRequest((r) => r.url().includes('/api/v1/') && Boolean(r.headers()['authorization']));
      const dashboardLoaded = page.waitForResponse((r) => r.url().includes('/api/v1/dashboard') && r.request().method() === 'GET');
      await signIn(page, 'dieuphoi.binhlu', '/');
      const authorization = (await token).headers()['authorization'];
      const before = await (await dashboardLoaded).json();
      const openedAt = Date.now();
      assert.equal(before.year, year);

      // A unit one law/policy session short of target 1 (demo: Hợp tác xã Chè, Trường Mầm non).
      const records = await page.evaluate(
        async ([auth, y]) => (await fetch(`/api/v1/indicators/1/records?year=${y}&counted=false&size=100`, { headers: { Authorization: auth } })).json(),
        [authorization, year],
      );
      const unit = records.items.find((item) => item.value === 1);
      assert.ok(unit, 'a unit with one law/policy session of the two');
      const target1 = before.indicators.find((i) => i.target === 1);
      const warningOf = (dashboard) => dashboard.warnings.find((w) => w.kind === 'LAW_SESSIONS' && w.subjectId === unit.id);
      assert.ok(warningOf(before), `${unit.name} is warned about before`);

      const shownBefore = await overviewFigures(page);
      assert.equal(shownBefore.counted, `${target1.numerator}/${target1.denominator}`);
      assert.ok(shownBefore.warnings.includes(unit.name));
      // Survives anything but a reload.
      await page.evaluate(() => (globalThis.e2eSamePage = true));

      // To the session form through the SPA's own links.
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Buổi truyền thông', exact: true }).click();
      await page.getByRole('link', { name: 'Ghi buổi truyền thông' }).click();
      await page.getByRole('heading', { name: 'Ghi buổi truyền thông' }).waitFor();

      // Day first although the browser is English: today shows as dd/MM/yyyy; yesterday is typed d/M/yyyy.
      const heldOn = page.getByRole('textbox', { name: /^Ngày tổ chức/ });
      assert.equal(await heldOn.inputValue(), today.shown);
      await heldOn.fill('');
      await heldOn.pressSequentially(yesterday.typed);
      await heldOn.blur();
      assert.equal(await heldOn.inputValue(), yesterday.shown);

      await choose(page, /^Đơn vị tổ chức/, unit.name);
      await choose(page, /^Hình thức/, 'Hội nghị, họp');
      await page.getByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' }).check();
      await page.getByRole('checkbox', { name: '1. Truyền thông chính sách, pháp luật về BĐG' }).check();
      await choose(page, /^Bản/, 'Bản Nà Đon');
      await page.getByRole('textbox', { name: 'Nam', exact: true }).fill('7');
      await page.getByRole('textbox', { name: 'Nữ', exact: true }).fill('9');
      await page.getByRole('textbox', { name: /^Người dân tộc thiểu số/ }).fill('10');
      await page.getByRole('checkbox', { name: 'Đồng bào dân tộc thiểu số' }).check();
      await page.getByRole('checkbox', { name: 'Tiếng Thái' }).check();

      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/sessions') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Lưu' }).click(),
      ]);
      assert.equal(created.status(), 201, `POST /api/v1/sessions answered ${created.status()}: ${await created.text()}`);
      assert.equal(created.request().postDataJSON().heldOn, yesterday.iso);
      const session = await created.json();
      await page.waitForURL(`**/sessions/${session.id}`);
      const stored = await page.evaluate(
        async ([auth, id]) => (await fetch(`/api/v1/sessions/${id}`, { headers: { Authorization: auth } })).json(),
        [authorization, session.id],
      );
      assert.equal(stored.heldOn, yesterday.iso, 'the day typed, not its month-first reading');

      // Back to the overview through the menu: the new figures, the same page.
      const refetched = page.waitForResponse((r) => r.url().includes('/api/v1/dashboard') && r.request().method() === 'GET');
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Tổng quan', exact: true }).click();
      const afterwards = await (await refetched).json();
      const elapsed = Date.now() - openedAt;
      const target1After = afterwards.indicators.find((i) => i.target === 1);
      assert.equal(target1After.numerator, target1.numerator + 1);
      assert.equal(warningOf(afterwards), undefined, `${unit.name} is no longer warned about`);
      assert.equal(afterwards.participants.total, before.participants.total + 16);

      const card1 = page.getByTestId('indicator-card').filter({ hasText: 'Mục tiêu 1' });
      await card1.getByText(`Tử số / mẫu số: ${target1After.numerator}/${target1After.denominator}`).waitFor();
      const shownAfter = await overviewFigures(page);
      assert.notEqual(shownAfter.participants, shownBefore.participants);
      assert.ok(!shownAfter.warnings.includes(`${unit.name}: Mới có`), shownAfter.warnings);
      assert.equal(await page.evaluate(() => globalThis.e2eSamePage), true, 'the page was not reloaded');
      // Within the SPA's staleTime nothing but the invalidation makes the overview ask again.
      assert.ok(elapsed < STALE_AFTER_MS, `the overview was open ${elapsed} ms ago, beyond ${STALE_AFTER_MS} ms: not conclusive`);
      await screenshot(page, 'overview-after-session.png');
    });
    await context.close();
  });
});
