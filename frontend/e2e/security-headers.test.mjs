// Every page the SPA's server returns — the start page, a deep link (answered with index.html) and a
// built asset — carries the SPA's security headers (security-headers.mjs), and those agree with what
// the API sends (backend application.properties). Needs only the SPA server, no browser:
//   E2E_BASE_URL=http://localhost:5190 node --test e2e/security-headers.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { keycloakOrigin, securityHeaders } from '../security-headers.mjs';
import { BASE_URL } from './support.mjs';

const expected = securityHeaders(keycloakOrigin());

/** The headers the API sets on every answer: quarkus.http.header."NAME".value=VALUE. */
function apiHeaders() {
  const properties = readFileSync(new URL('../../backend/src/main/resources/application.properties', import.meta.url), 'utf8');
  const headers = {};
  for (const match of properties.matchAll(/^quarkus\.http\.header\."([^"]+)"\.value=(.*)$/gm)) {
    headers[match[1]] = match[2].trim();
  }
  return headers;
}

async function headersOf(path) {
  const response = await fetch(new URL(path, BASE_URL), { redirect: 'manual' });
  assert.equal(response.status, 200, `${path}: status`);
  await response.arrayBuffer();
  return response.headers;
}

async function anAsset() {
  const html = await (await fetch(new URL('/', BASE_URL))).text();
  const asset = html.match(/(?:src|href)="(\/assets\/[^"]+\.js)"/);
  assert.ok(asset, 'index.html links a built script under /assets/');
  return asset[1];
}

test('the start page, a deep link and an asset carry the security headers', async () => {
  for (const path of ['/', '/sessions/123?tab=evidence', await anAsset()]) {
    const headers = await headersOf(path);
    for (const [name, value] of Object.entries(expected)) {
      assert.equal(headers.get(name), value, `${path}: ${name}`);
    }
  }
});

test("the SPA's headers are the API's, with a CSP that lets the SPA reach Keycloak", () => {
  const api = apiHeaders();
  for (const name of ['X-Content-Type-Options', 'X-Frame-Options', 'Referrer-Policy']) {
    assert.equal(expected[name], api[name], name);
  }
  assert.match(api['Content-Security-Policy'], /frame-ancestors 'none'/);
  const csp = expected['Content-Security-Policy'];
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /script-src 'self'(;|$)/, 'scripts only from the SPA itself');
  assert.ok(csp.includes(`connect-src 'self' ${keycloakOrigin()}`), 'token calls to Keycloak');
  assert.ok(csp.includes(`form-action 'self' ${keycloakOrigin()}`), "Keycloak's login form");
});
