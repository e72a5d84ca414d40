// End-to-end: communication sessions and campaigns of Bình Lư through the real login, SPA, proxy,
// backend and database (demo data). The tests run in order: the session the reporter records in
// the first is the one the coordinator finds in the second.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';

import { BASE_URL, launchBrowser, newPage, screenshot, signIn, withFailureScreenshot } from './support.mjs';

const PHONE = { width: 390, height: 844 };
// Something only this run's session carries, to find it among the demo sessions.
const venue = `Nhà văn hóa bản Nà Đon (e2e ${Date.now().toString(36)})`;
let recorded; // { id, heldOn } of the session the reporter records

let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** A new browser profile with a phone-sized window, as a reporter in a village would hold it. */
async function newPhonePage() {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    locale: 'vi-VN',
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  context.setDefaultTimeout(30_000);
  return { context, page: await context.newPage() };
}

async function choose(page, label, option) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
}

/** The bearer token the SPA sends, taken from one of its own API calls. */
function captureToken(page) {
  return page
    .waitForRequest((r) => r.url().includes('/api/v1/') && Boolean(r.headers()['authorization']))
    .then((r) => r.headers()['authorization']);
}

describe('communication sessions', () => {
  test('a unit reporter records a session on a phone', async () => {
    const { context, page } = await newPhonePage();
    await withFailureScreenshot(page, 'reporter-records-session', async () => {
      await signIn(page, 'baocao.tramyte', '/sessions/new');
      await page.getByRole('heading', { name: 'Ghi buổi truyền thông' }).waitFor();

      // Today's date and the reporter's own unit, which they cannot change.
      const unit = page.getByRole('textbox', { name: /^Đơn vị tổ chức/ });
      assert.equal(await unit.inputValue(), 'Trạm Y tế xã Bình Lư');
      assert.equal(await unit.getAttribute('readonly'), '');
      // Today's date, day first (dd/MM/yyyy) as Vietnamese users write it.
      const today = await page.getByRole('textbox', { name: /^Ngày tổ chức/ }).inputValue();
      assert.match(today, /^\d{2}\/\d{2}\/\d{4}$/);

      await choose(page, /^Hình thức/, 'Hội nghị, họp');
      await page.getByRole('checkbox', { name: 'Pháp luật, chính sách về bình đẳng giới' }).check();
      await page.getByRole('checkbox', { name: '1. Truyền thông chính sách, pháp luật về BĐG' }).check();
      await choose(page, /^Bản/, 'Bản Nà Đon');
      await page.getByRole('textbox', { name: /^Địa điểm cụ thể/ }).fill(venue);
      await page.getByRole('textbox', { name: 'Nam', exact: true }).fill('12');
      await page.getByRole('textbox', { name: 'Nữ', exact: true }).fill('19');
      await page.getByText('Tổng số: 31').waitFor();
      await page.getByRole('textbox', { name: /^Người dân tộc thiểu số/ }).fill('25');
      await page.getByRole('checkbox', { name: 'Đồng bào dân tộc thiểu số' }).check();
      await page.getByRole('checkbox', { name: 'Tiếng Thái' }).check();
      const cost = page.getByRole('textbox', { name: /^Kinh phí/ });
      await cost.fill('1500000');
      assert.equal(await cost.inputValue(), '1.500.000');
      // No reach for a meeting: the field appears only for broadcasts and posts.
      assert.equal(await page.getByRole('textbox', { name: /^Lượt tiếp cận/ }).count(), 0);

      // The page as the reporter sees it, the save button within reach at the bottom.
      await page.getByRole('textbox', { name: /^Người dân tộc thiểu số/ }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${process.env.E2E_ARTIFACTS_DIR || '../artifacts/e2e'}/session-form-mobile.png` });
      assert.ok(await page.getByRole('button', { name: 'Lưu' }).isVisible(), 'the save button is on screen');

      const [created] = await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/api/v1/sessions') && r.request().method() === 'POST'),
        page.getByRole('button', { name: 'Lưu' }).click(),
      ]);
      assert.equal(created.status(), 201, `POST /api/v1/sessions answered ${created.status()}: ${await created.text()}`);
      assert.match(created.request().headers()['idempotency-key'] ?? '', /^[0-9a-f-]{36}$/);
      const body = await created.json();
      assert.equal(body.unitCode, 'TYT');
      assert.equal(body.participantsTotal, 31);
      assert.equal(body.costVnd, 1500000);
      recorded = { id: body.id, heldOn: body.heldOn };

      await page.getByText('Đã ghi buổi truyền thông.').waitFor();
      await page.waitForURL(`**/sessions/${body.id}`);
      await page.getByText(venue, { exact: false }).waitFor();
      await page.getByText('1.500.000 ₫').waitFor();
    });
    await context.close();
  });

  test('the coordinator finds that session through the filters and reads its history', async () => {
    assert.ok(recorded, 'the reporter’s session was recorded by the previous test');
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'coordinator-finds-session', async () => {
      await signIn(page, 'dieuphoi.binhlu', '/sessions');
      const table = page.getByRole('table', { name: 'Buổi truyền thông' });
      await table.waitFor();

      await choose(page, 'Đơn vị tổ chức', 'Trạm Y tế xã Bình Lư');
      await choose(page, 'Hình thức', 'Hội nghị, họp');
      await choose(page, 'Nội dung', 'Pháp luật, chính sách về bình đẳng giới');
      await choose(page, 'Bản', 'Bản Nà Đon');
      const [yyyy, mm, dd] = recorded.heldOn.split('-');
      await page.getByLabel('Từ ngày').fill(recorded.heldOn);
      await page.getByLabel('Đến ngày').fill(recorded.heldOn);

      // The filters are in the address bar once applied; the table is settled when no longer busy.
      await page.waitForURL((url) => url.searchParams.get('to') === recorded.heldOn);
      await page.locator('table[aria-label="Buổi truyền thông"][aria-busy="false"]').waitFor();
      const row = table.getByRole('row').filter({ hasText: venue });
      await row.waitFor();
      // Every row left matches the filters; the totals above are those of the filtered set.
      const rows = await table.getByRole('row').count();
      const figures = page.getByRole('group', { name: 'Tổng hợp theo bộ lọc' });
      assert.equal(await figures.getByText('Số buổi').locator('xpath=following-sibling::*[1]').innerText(), String(rows - 1));
      await screenshot(page, 'sessions-list.png');

      // The filtered set downloads as CSV (UTF-8 with BOM) and XLSX, through the SPA's token.
      const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải CSV' }).click()]);
      assert.equal(csv.suggestedFilename(), `buoi-truyen-thong-${recorded.heldOn}-${recorded.heldOn}.csv`);
      const text = await readFile(await csv.path(), 'utf8');
      assert.ok(text.startsWith('\ufeff'), 'the CSV starts with a BOM');
      assert.ok(text.includes(venue), 'the CSV holds the session');
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel (XLSX)' }).click()]);
      assert.equal(xlsx.suggestedFilename(), `buoi-truyen-thong-${recorded.heldOn}-${recorded.heldOn}.xlsx`);
      assert.equal((await readFile(await xlsx.path())).subarray(0, 2).toString(), 'PK');

      await row.getByRole('link', { name: `${dd}/${mm}/${yyyy}` }).click();
      await page.waitForURL(`**/sessions/${recorded.id}`);
      const history = page.getByRole('region', { name: 'Lịch sử thay đổi' });
      const creation = history.getByTestId('history-entry').filter({ hasText: 'Tạo mới' });
      await creation.waitFor();
      await creation.getByText('baocao.tramyte', { exact: true }).first().waitFor();
      assert.match(await creation.innerText(), /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      await screenshot(page, 'session-history.png');
    });
    await context.close();
  });

  test('a unit reporter sees only their unit’s sessions: another unit’s session is 404 to read and to change, and the page says so', async () => {
    // The coordinator sees every unit's sessions: pick one of another unit than the health station's.
    const coordinatorPage = await newPage(browser);
    const coordinatorToken = captureToken(coordinatorPage.page);
    await signIn(coordinatorPage.page, 'dieuphoi.binhlu', '/sessions');
    const coordinatorAuth = await coordinatorToken;
    const everyUnit = await coordinatorPage.page.evaluate(async (auth) => {
      const headers = { Authorization: auth, 'Accept-Language': 'vi' };
      return (await (await fetch('/api/v1/sessions?size=100', { headers })).json()).items;
    }, coordinatorAuth);

    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'reporter-other-unit', async () => {
      const token = captureToken(page);
      await signIn(page, 'baocao.tramyte', '/sessions');
      const authorization = await token;

      const result = await page.evaluate(async ({ auth, sessions }) => {
        const headers = { Authorization: auth, 'Accept-Language': 'vi' };
        const me = await (await fetch('/api/v1/me', { headers })).json();
        const own = (await (await fetch('/api/v1/sessions?size=100', { headers })).json()).items;
        const other = sessions.find((s) => s.unitId !== me.unitId);
        const request = {
          unitId: other.unitId,
          heldOn: other.heldOn,
          durationMinutes: other.durationMinutes,
          campaignId: other.campaignId,
          taskGroups: other.taskGroups,
          topicIds: other.topics.map((t) => t.id),
          formatId: other.format.id,
          villageId: other.villageId,
          venue: other.venue,
          languageIds: other.languages.map((l) => l.id),
          audienceGroupIds: other.audienceGroups.map((a) => a.id),
          participantsMale: other.participantsMale + 1,
          participantsFemale: other.participantsFemale,
          ethnicMinorityParticipants: other.ethnicMinorityParticipants,
          reach: other.reach,
          costVnd: other.costVnd,
          fundingSourceId: other.fundingSource?.id ?? null,
          notes: 'Không được phép sửa',
          version: other.version,
        };
        const put = await fetch(`/api/v1/sessions/${other.id}`, {
          method: 'PUT',
          headers: { ...headers, 'Content-Type': 'application/json' },
          body: JSON.stringify(request),
        });
        const read = await fetch(`/api/v1/sessions/${other.id}`, { headers });
        return {
          id: other.id,
          before: other,
          ownUnits: [...new Set(own.map((s) => s.unitId))],
          meUnit: me.unitId,
          status: put.status,
          problem: await put.json(),
          readStatus: read.status,
        };
      }, { auth: authorization, sessions: everyUnit });

      // The reporter's list holds their unit's sessions only.
      assert.deepEqual(result.ownUnits, [result.meUnit]);
      assert.equal(result.status, 404, JSON.stringify(result.problem));
      assert.equal(result.problem.type, 'urn:binhdang:problem:not-found');
      assert.equal(result.readStatus, 404);
      // Nothing was written: read again by the coordinator, the session is as it was.
      const after = await coordinatorPage.page.evaluate(async ({ auth, id }) => {
        const headers = { Authorization: auth, 'Accept-Language': 'vi' };
        return (await fetch(`/api/v1/sessions/${id}`, { headers })).json();
      }, { auth: coordinatorAuth, id: result.id });
      assert.equal(after.version, result.before.version);
      assert.equal(after.participantsMale, result.before.participantsMale);

      await page.goto(`/sessions/${result.id}`);
      await page.getByText('Không tìm thấy buổi truyền thông (có thể không thuộc phạm vi của bạn).').waitFor();
      assert.equal(await page.getByRole('link', { name: 'Sửa' }).count(), 0);
      await screenshot(page, 'reporter-other-unit-session.png');
    });
    await context.close();
    await coordinatorPage.context.close();
  });
});

describe('campaigns', () => {
  test('the coordinator sees the Action Month in the month calendar and confirms a yearly peak only once', async () => {
    const { context, page } = await newPage(browser);
    await withFailureScreenshot(page, 'campaigns', async () => {
      const token = captureToken(page);
      await signIn(page, 'dieuphoi.binhlu', '/campaigns?month=2026-11');
      const authorization = await token;
      const calendar = page.getByRole('region', { name: 'Lịch chiến dịch tháng 11/2026' });
      await calendar.getByRole('link', { name: /^Tháng hành động vì bình đẳng giới/ }).first().waitFor();
      await screenshot(page, 'campaign-calendar.png');

      await page.goto('/campaigns/proposals?year=2028');
      const card = page.getByTestId('proposal').filter({ hasText: 'Phụ nữ' });
      await card.waitFor();
      // On a fresh database the peak is still a proposal; on a reused one an earlier run confirmed it.
      if ((await card.getByRole('button', { name: /^Xác nhận/ }).count()) > 0) {
        const [confirmed] = await Promise.all([
          page.waitForResponse((r) => r.url().endsWith('/api/v1/campaigns/proposals/confirm')),
          card.getByRole('button', { name: /^Xác nhận/ }).click(),
        ]);
        assert.equal(confirmed.status(), 201);
      }
      await card.getByText('Đã xác nhận').waitFor();
      const link = card.getByRole('link', { name: 'Xem chiến dịch' });
      const campaignId = Number((await link.getAttribute('href')).split('/').pop());

      // Confirming again gives the same campaign back, never a second one.
      const again = await page.evaluate(async (auth) => {
        const response = await fetch('/api/v1/campaigns/proposals/confirm', {
          method: 'POST',
          headers: { Authorization: auth, 'Content-Type': 'application/json' },
          body: JSON.stringify({ year: 2028, occasion: 'WOMENS_DAY' }),
        });
        return { status: response.status, body: await response.json() };
      }, authorization);
      assert.equal(again.status, 200);
      assert.equal(again.body.id, campaignId);
      await screenshot(page, 'campaign-proposals.png');
    });
    await context.close();
  });
});
