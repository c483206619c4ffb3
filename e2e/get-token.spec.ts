import { createLocalJWKSet, jwtVerify, type JSONWebKeySet } from 'jose';
import type { Page } from '@playwright/test';
import { test as base, expect } from './support/fixtures';
import { startOidcProvider, CLIENT_ID, API, API_SCOPE, type OidcProviderController } from './support/oidc-provider-server.mjs';
import { APP_PORT, SUB_PATH } from '../playwright.config';

// One real OpenID Provider per worker, on a port derived from E2E_PORT (so parallel runs do not clash).
// The client's redirect URI is the built app's own URL under the test sub-path.
const REDIRECT_URI = `http://127.0.0.1:${APP_PORT}${SUB_PATH}`;
const test = base.extend<{ op: OidcProviderController }, { opWorker: OidcProviderController }>({
  opWorker: [
    async ({}, use, workerInfo) => {
      const op = await startOidcProvider({ port: APP_PORT + 200 + workerInfo.workerIndex, redirectUri: REDIRECT_URI });
      await use(op);
      await op.close();
    },
    { scope: 'worker' },
  ],
  op: async ({ opWorker }, use) => {
    opWorker.setTokenCors(true);
    await use(opWorker);
  },
  allowedOrigins: async ({ opWorker }, use) => use([opWorker.origin]),
});

const SCOPES = `openid profile offline_access ${API_SCOPE}`;

async function fillForm(page: Page, op: OidcProviderController) {
  await page.goto('./#get-token');
  await page.getByRole('textbox', { name: 'Issuer' }).fill(op.issuer);
  await page.getByRole('textbox', { name: 'Client ID' }).fill(CLIENT_ID);
  await page.getByRole('textbox', { name: 'Scopes' }).fill(SCOPES);
  await page.getByText('Optional parameters', { exact: true }).click();
  await page.getByRole('textbox', { name: 'Extra parameters' }).fill(`resource=${API}`);
  await expect(page.getByText(`${op.issuer}/auth`)).toBeVisible();
}

async function signInAtProvider(page: Page, user = 'alice') {
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.origin !== new URL(REDIRECT_URI).origin);
  await page.locator('input[name="login"]').fill(user);
  await page.locator('input[name="password"]').fill('any');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI));
}

const storageDump = (page: Page) =>
  page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));

test.describe('Get a token', () => {
  test('signs in at a real provider, redeems the code with PKCE and shows the tokens verified', async ({ page, op, consoleErrors }) => {
    await fillForm(page, op);
    const table = page.getByRole('table', { name: 'Authorization request' });
    await expect(table.getByRole('row', { name: /code_challenge_method S256/ })).toBeVisible();
    await expect(table.getByRole('row', { name: new RegExp(`redirect_uri ${REDIRECT_URI.replace(/[./]/g, '\\$&')}`) })).toBeVisible();
    await signInAtProvider(page);

    const result = page.getByRole('main');
    await expect(result.getByRole('tab', { name: /ID token/ })).toBeVisible();
    await expect(result.getByRole('status').first()).toContainText('Signature verified');
    const checks = result.getByRole('table', { name: /Checked separately/ });
    await expect(checks.getByRole('row', { name: /Nonce/ })).toContainText('pass: matches');
    await expect(checks.getByRole('row', { name: /Audience/ })).toContainText('pass: matches');
    await expect(checks.getByRole('row', { name: /Issuer \(iss\)/ })).toContainText('pass: matches');
    // Token-endpoint ID tokens need not carry at_hash or c_hash (OIDC Core 3.1.3.6); both are checked when present.
    await expect(checks.getByRole('row', { name: /at_hash/ })).toContainText('not present');
    await expect(checks.getByRole('row', { name: /c_hash/ })).toContainText('not present');

    // An independent verifier agrees: the ID token the provider sent verifies with its published keys.
    const sent = op.tokenResponses.at(-1);
    const jwks = (await (await fetch(op.jwksUrl)).json()) as JSONWebKeySet;
    const { payload } = await jwtVerify(String(sent?.id_token), createLocalJWKSet(jwks), { issuer: op.issuer, audience: CLIENT_ID });
    expect(payload.sub).toBe('alice');
    await expect(result.getByText(String(sent?.id_token).split('.')[2] ?? 'missing', { exact: true })).toBeVisible();

    // The access token is a JWT for the API, verified with the same issuer's keys.
    await result.getByRole('tab', { name: /Access token/ }).click();
    await expect(result.getByRole('status').first()).toContainText('Signature verified');
    await expect(result.getByText(`"${API}"`).first()).toBeVisible();
    const access = await jwtVerify(String(sent?.access_token), createLocalJWKSet(jwks), { issuer: op.issuer, audience: API });
    expect(access.payload.scope).toBe(API_SCOPE);

    // The code is gone from the address bar; the round-trip values are gone from storage; no token was stored.
    expect(page.url()).not.toMatch(/[?&#](code|state)=/);
    const stored = await storageDump(page);
    for (const value of [sent?.id_token, sent?.access_token, sent?.refresh_token]) expect(stored).not.toContain(String(value));
    expect(stored).not.toContain('get-token.pending');
    expect(op.tokenRequests.at(-1)?.origin).toBe(new URL(REDIRECT_URI).origin);
    expect(consoleErrors).toEqual([]);
  });
});
