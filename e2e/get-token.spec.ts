import AxeBuilder from '@axe-core/playwright';
import { createLocalJWKSet, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import type { Page } from '@playwright/test';
import { test as base, expect } from './support/fixtures';
import { startOidcProvider, CLIENT_ID, API, API_SCOPE, type OidcProviderController } from './support/oidc-provider-server.mjs';
import { APP_PORT, SUB_PATH } from '../playwright.config';

// One real OpenID Provider per worker, on a port derived from E2E_PORT (so parallel runs do not clash).
// The client's redirect URI is the built app's own URL under the test sub-path.
const REDIRECT_URI = `http://127.0.0.1:${APP_PORT}${SUB_PATH}`;
const test = base.extend<{ op: OidcProviderController }, { opWorker: OidcProviderController }>({
  opWorker: [
    // Playwright reads fixture dependencies from the destructuring pattern, so it must be there.
    // eslint-disable-next-line no-empty-pattern
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
  // OIDC Core 11: a provider honours offline_access (a refresh token) only with prompt=consent.
  await page.getByRole('combobox', { name: 'prompt' }).selectOption('consent');
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

/** WCAG 2.1 A/AA violations axe finds on the page as it is now, one line per node. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

const storageDump = (page: Page) => page.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }));

test.describe('Get a token', () => {
  // Each test signs in through the provider's own pages (several navigations), so it gets more time.
  test.describe.configure({ timeout: 60_000 });

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
    for (const value of [sent?.id_token, sent?.access_token, sent?.refresh_token]) {
      expect(typeof value).toBe('string');
      expect(stored).not.toContain(String(value));
    }
    expect(stored).not.toContain('get-token.pending');
    expect(op.tokenRequests.at(-1)?.origin).toBe(new URL(REDIRECT_URI).origin);
    await expect(page.getByRole('heading', { name: 'Why am I getting 401 / 403?' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('response_mode=fragment: the answer comes back in the fragment and is redeemed the same way', async ({ page, op }) => {
    await fillForm(page, op);
    await page.getByRole('combobox', { name: 'Response mode' }).selectOption('fragment');
    await expect(
      page.getByRole('table', { name: 'Authorization request' }).getByRole('row', { name: /response_mode fragment/ }),
    ).toBeVisible();
    await signInAtProvider(page);
    await expect(page.getByRole('tab', { name: /ID token/ })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Signature verified');
    expect(page.url()).not.toMatch(/[?&#](code|state)=/);
    // The code and state did not become the explorer's input either.
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Inspect' }).click();
    await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue('');
  });

  test('a cancelled sign-in (access_denied) is explained and nothing is redeemed', async ({ page, op }) => {
    const before = op.tokenRequests.length;
    await fillForm(page, op);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: '[ Cancel ]' }).click();
    await page.waitForURL((url) => url.href.startsWith(REDIRECT_URI));
    const alert = page.getByRole('alert').filter({ hasText: 'The provider ended the sign-in with an error: access_denied' });
    await expect(alert).toContainText('the sign-in was cancelled');
    await expect(page.getByText('End-User aborted interaction').first()).toBeVisible();
    expect(page.url()).not.toMatch(/[?&#](error|state)=/);
    expect(await storageDump(page)).not.toContain('get-token.pending');
    expect(op.tokenRequests.length).toBe(before);
  });

  test('a browser that refuses session storage gets a message, and the sign-in does not start', async ({ page, op }) => {
    // As in a browser whose storage quota is zero or whose site data is blocked for this page.
    await page.addInitScript(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, key: string, value: string) {
        if (this === window.sessionStorage) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        setItem.call(this, key, value);
      };
    });
    const requested: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(op.issuer)) requested.push(r.url());
    });
    await fillForm(page, op);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert')).toContainText('The sign-in did not start');
    await expect(page.getByRole('alert')).toContainText('session storage is blocked or full');
    expect(page.url().startsWith(REDIRECT_URI)).toBe(true);
    expect(requested.filter((u) => new URL(u).pathname.endsWith('/auth'))).toEqual([]);
  });

  test('an unsolicited code is refused with an alert and never redeemed', async ({ page, op }) => {
    const before = op.tokenRequests.length;
    await page.goto('./?code=forged-code&state=forged-state');
    await expect(page.getByRole('link', { name: 'Get a token' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('alert')).toContainText(
      'This page did not start a sign-in with this answer in this tab, so the code was refused and not redeemed',
    );
    expect(page.url()).not.toContain('forged');
    await page.waitForTimeout(300);
    expect(op.tokenRequests.length).toBe(before);
  });

  test('a code answering another request than the one started here is refused (state mismatch)', async ({ page, op }) => {
    const before = op.tokenRequests.length;
    await fillForm(page, op);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.origin === op.origin);
    // Instead of signing in, the browser is sent back with an attacker's code and state.
    await page.goto(`${REDIRECT_URI}?code=attacker-code&state=attacker-state&iss=${encodeURIComponent(op.issuer)}`);
    await expect(page.getByRole('alert')).toContainText('does not match the sign-in this page started');
    expect(await storageDump(page)).not.toContain('get-token.pending');
    await page.waitForTimeout(300);
    expect(op.tokenRequests.length).toBe(before);
  });

  test('a token-endpoint error is explained, AADSTS code included', async ({ page, op }) => {
    op.failNextTokenRequest(400, {
      error: 'invalid_request',
      error_description:
        'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type. Request origin: http://127.0.0.1.',
      error_codes: [9002326],
      trace_id: '0f6b3d2e-0000-4000-8000-000000000001',
    });
    await fillForm(page, op);
    await signInAtProvider(page);
    await expect(
      page.getByRole('alert').filter({ hasText: 'The token endpoint refused the request: invalid_request (HTTP 400).' }),
    ).toBeVisible();
    await expect(page.getByText('AADSTS9002326', { exact: true })).toBeVisible();
    await expect(page.getByText('Move the redirect URI from the Web platform to the Single-page application platform.')).toBeVisible();
    await expect(page.getByText('0f6b3d2e-0000-4000-8000-000000000001').first()).toBeVisible();
  });

  test('an ID token the chosen issuer did not sign, replayed from another sign-in, is not verified', async ({ page, op }) => {
    // Whoever answers the token request (here: the provider's server, told to) hands back an ID token
    // signed with the attacker's key under the provider's kid, carrying another sign-in's nonce.
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    const forged = await new SignJWT({ nonce: 'nonce-of-another-sign-in', name: 'Mallory' })
      .setProtectedHeader({ alg: 'RS256', kid: 'op-rs256' })
      .setIssuer(op.issuer)
      .setAudience(CLIENT_ID)
      .setSubject('alice')
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(privateKey);
    op.failNextTokenRequest(200, { id_token: forged, token_type: 'Bearer', expires_in: 600 });
    await fillForm(page, op);
    await signInAtProvider(page);
    await expect(page.getByRole('tab', { name: /ID token/ })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Invalid signature');
    await expect(page.getByRole('status').first()).not.toContainText('Signature verified');
    const checks = page.getByRole('table', { name: /Checked separately/ });
    await expect(checks.getByRole('row', { name: /Nonce/ })).toContainText('fail: does not match');
  });

  test('a token endpoint without CORS is explained as such', async ({ page, op }) => {
    op.setTokenCors(false);
    await fillForm(page, op);
    await signInAtProvider(page);
    await expect(page.getByRole('alert')).toContainText(
      "The browser could not read the token endpoint's answer: the provider does not allow this page's origin (CORS)",
    );
  });

  test('"Refresh tokens" redeems the refresh token, and a refused refresh shows the provider\'s error', async ({ page, op }) => {
    await fillForm(page, op);
    await signInAtProvider(page);
    await expect(page.getByRole('status').first()).toContainText('Signature verified');
    const count = op.tokenResponses.length;
    await page.getByRole('button', { name: 'Refresh tokens' }).click();
    await expect(page.getByText('Tokens refreshed.')).toBeVisible();
    expect(op.tokenResponses.length).toBe(count + 1);
    const refreshed = op.tokenResponses.at(-1);
    await expect(page.getByText(String(refreshed?.id_token).split('.')[2] ?? 'missing', { exact: true })).toBeVisible();
    await expect(page.getByRole('status').first()).toContainText('Signature verified');
    expect(typeof refreshed?.refresh_token).toBe('string');
    expect(await storageDump(page)).not.toContain(String(refreshed?.refresh_token));

    // A scope that was never granted: the real provider refuses it at the token endpoint.
    await page.getByRole('textbox', { name: 'Scopes for the refresh (optional)' }).fill('openid email');
    await page.getByRole('button', { name: 'Refresh tokens' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'The token endpoint refused the request: invalid_scope (HTTP 400).' }),
    ).toBeVisible();
  });

  test('Offline mode says this view needs the network, and Sign in is off', async ({ page, op }) => {
    await fillForm(page, op);
    await page.getByRole('switch', { name: /Offline mode/ }).click();
    await expect(page.getByText('This view needs the network')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
  });

  test('no client secret is asked for or sent, and the redirect URI is this page', async ({ page, op }) => {
    await fillForm(page, op);
    await expect(page.getByRole('textbox', { name: /secret/i })).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Redirect URI' })).toHaveValue(REDIRECT_URI);
    await page.getByRole('textbox', { name: 'Extra parameters' }).fill('client_secret=hunter2');
    await expect(page.getByText('Extra parameters: credentials are never sent from this page: client_secret')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign in' })).toBeDisabled();
    expect(await violations(page)).toEqual([]);
  });

  test('a #flow= link carries the settings without secrets, and "Remember on this device" keeps only settings', async ({
    page,
    context,
    op,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await fillForm(page, op);
    await page.getByRole('textbox', { name: 'login_hint' }).fill('alice@example.com');
    await page.getByRole('button', { name: /Copy link to this request/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${REDIRECT_URI}#flow=`)).toBe(true);
    expect(decodeURIComponent(link)).not.toContain('alice@example.com');

    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByRole('textbox', { name: 'Client ID' })).toHaveValue(CLIENT_ID);
    await expect(other.getByRole('textbox', { name: 'Issuer' })).toHaveValue(op.issuer);
    await expect(other.getByRole('textbox', { name: 'Extra parameters' })).toHaveValue(`resource=${API}`);
    await other.close();

    // The same link pasted into the address bar of a page already showing the view (only the fragment changes).
    const open = await context.newPage();
    await open.goto('./#get-token');
    await expect(open.getByRole('textbox', { name: 'Client ID' })).toHaveValue('');
    await open.evaluate((hash) => {
      window.location.hash = hash;
    }, new URL(link).hash);
    await expect(open.getByRole('textbox', { name: 'Client ID' })).toHaveValue(CLIENT_ID);
    await expect(open.getByRole('textbox', { name: 'Issuer' })).toHaveValue(op.issuer);
    await open.close();

    expect(await storageDump(page)).not.toContain(CLIENT_ID);
    await page.getByRole('checkbox', { name: 'Remember on this device' }).check();
    await page.goto('./#inspect');
    await page.goto('./#get-token');
    await page.reload();
    await expect(page.getByRole('textbox', { name: 'Client ID' })).toHaveValue(CLIENT_ID);
    await expect(page.getByRole('textbox', { name: 'login_hint' })).toHaveValue('');
    const stored = await storageDump(page);
    expect(stored).toContain(CLIENT_ID);
    expect(stored).not.toContain('alice@example.com');
    await page.getByRole('checkbox', { name: 'Remember on this device' }).uncheck();
    expect(await storageDump(page)).not.toContain(CLIENT_ID);
  });

  test('the view speaks Japanese', async ({ page }) => {
    await page.goto('./#get-token');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('heading', { name: 'トークンを取得' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'クライアント ID' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'サインイン' })).toBeDisabled();
  });
});
