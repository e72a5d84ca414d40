// Shared set-up of the browser end-to-end tests: a real Chromium, the real Keycloak login page,
// the built SPA served by `vite preview` and the real backend behind its proxy.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { chromium } from 'playwright-core';

export const BASE_URL = process.env.E2E_BASE_URL || 'http://localhost:5174';
export const ARTIFACTS_DIR = process.env.E2E_ARTIFACTS_DIR || '../artifacts/e2e';
export const PASSWORD = 'demo';
const TIMEOUT_MS = 30_000;

export async function launchBrowser() {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath: process.env.E2E_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh browser profile (no Keycloak session) with a desktop-sized window. */
export async function newPage(browser) {
  const context = await browser.newContext({ baseURL: BASE_URL, locale: 'vi-VN', viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(TIMEOUT_MS);
  const page = await context.newPage();
  return { context, page };
}

/**
 * Opens `path` in the SPA, which sends the browser to Keycloak (login-required); signs in on
 * Keycloak's own login form and waits until the SPA is back with the user's header.
 */
export async function signIn(page, username, path = '/') {
  await page.goto(path);
  await page.waitForURL((url) => url.port === '8180' || url.pathname.includes('/realms/binhdang/'));
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(PASSWORD);
  await Promise.all([
    page.waitForURL((url) => url.origin === new URL(BASE_URL).origin),
    page.locator('#kc-login').click(),
  ]);
  // Attached, not visible: on a phone-sized window the user block sits in the closed menu.
  await page.getByTestId('current-user').first().waitFor({ state: 'attached' });
}

/** Saves a screenshot of the page to the artifacts directory (for a person to look at). */
export async function screenshot(page, name) {
  const path = join(ARTIFACTS_DIR, name);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** On failure, keeps what the browser showed; the test still fails with its own error. */
export async function withFailureScreenshot(page, name, body) {
  try {
    await body();
  } catch (error) {
    await screenshot(page, `FAILED-${name}.png`).catch(() => undefined);
    throw error;
  }
}
