import { test, expect, deepLink } from './support/fixtures';
import { SEED_SAMPLE_ID_TOKEN } from '../src/core/samples/seed-id-token';
import type { Page } from '@playwright/test';

const GRAPH = '00000003-0000-0000-c000-000000000000';

const claimsTable = (page: Page) => page.getByRole('table', { name: /Every claim in the payload/ });
/** The panel (a section) titled by this heading. */
const panel = (page: Page, heading: string | RegExp) => page.getByRole('heading', { name: heading }).locator('xpath=ancestor::section[1]');

/**
 * The app fetches Entra's discovery document on its own for Microsoft issuers. These tests have no
 * internet, so they switch the app's own "Offline mode" on before it loads: nothing is requested.
 */
async function offlineMode(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('token-explorer.offline-mode', 'on'));
}

test.describe('explaining a token', () => {
  test('the seed sample ID token gets an explanation on every claims-table row', async ({ page, consoleErrors }) => {
    await offlineMode(page);
    await page.goto(deepLink(SEED_SAMPLE_ID_TOKEN));
    await expect(page.getByText('This token:')).toBeVisible();
    await expect(page.getByText(/Microsoft Entra ID \(v2\.0 token\) · ID token/)).toBeVisible();
    const rows = claimsTable(page).locator('tbody tr');
    await expect(rows).toHaveCount(12);
    for (const row of await rows.all()) {
      const cells = row.getByRole('cell');
      // value, meaning, safe for authorization?, defined by
      await expect(cells).toHaveCount(4);
      await expect(cells.nth(1)).not.toBeEmpty();
      await expect(cells.nth(2)).toHaveText(/\S/);
    }
    const preferred = rows.filter({ has: page.getByRole('rowheader', { name: 'preferred_username' }) });
    await expect(preferred.getByRole('cell').nth(2)).toHaveText(/Never/);
    const oid = rows.filter({ has: page.getByRole('rowheader', { name: 'oid' }) });
    await expect(oid.getByRole('cell').nth(2)).toHaveText(/Yes/);
    await expect(oid.getByRole('link', { name: 'Microsoft' })).toHaveAttribute('href', /^https:\/\/learn\.microsoft\.com\//);
    await expect(oid.getByRole('link', { name: 'Microsoft' })).toHaveAttribute('rel', 'noopener noreferrer');
    // The 2016 sample reads as long expired, in words and on the drawing.
    await expect(page.getByText(/^Expired \d+ yrs? ago$/)).toBeVisible();
    await expect(page.getByRole('img', { name: /Expired/ })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('values are made readable: dates, chips, named GUIDs and custom claims', async ({ page, issuer }) => {
    const token = await issuer.sign({
      tid: '9188040d-6c67-4c5b-b112-36a304b66dad',
      amr: ['pwd', 'mfa'],
      wids: ['62e90394-69f5-4237-9190-012177145e10'],
      scp: 'User.Read Mail.Send',
      favourite_colour: 'green',
    });
    await page.goto(deepLink(token));
    const table = claimsTable(page);
    await expect(table.getByRole('list', { name: 'scp values' }).getByRole('listitem')).toHaveText(['User.Read', 'Mail.Send']);
    await expect(table.getByRole('list', { name: 'amr values' }).getByRole('listitem')).toHaveText([/Password/, /Multi-factor/]);
    await expect(table.getByText('Directory role: Global Administrator')).toBeVisible();
    await expect(table.getByText('Personal Microsoft accounts (consumer tenant)')).toBeVisible();
    await expect(table.getByRole('row', { name: /favourite_colour/ })).toContainText('custom');
    await expect(table.getByRole('row', { name: /^exp/ })).toContainText(/in (59|60) minutes/);
  });

  test('an expired token and a not-yet-valid token read as such on the timeline', async ({ page, issuer }) => {
    const now = Math.floor(Date.now() / 1000);
    const expired = await issuer.sign({}, { now: now - 3 * 3600, lifetimeSeconds: 3600 });
    await page.goto(deepLink(expired));
    const lifetime = panel(page, 'Lifetime');
    await expect(lifetime.getByText('Expired 2 hr ago', { exact: true })).toBeVisible();
    await expect(lifetime.getByRole('img', { name: /Expired 2 hr ago/ })).toBeVisible();

    const early = await issuer.sign({ nbf: now + 20 * 60 }, { now });
    await page.goto(deepLink(early));
    await expect(lifetime.getByText(/^Not yet valid for (19|20) min$/)).toBeVisible();
    await expect(lifetime.getByRole('list', { name: 'Timeline in words' })).toContainText('valid from (nbf)');
  });

  test('a Graph app-only token is diagnosed against a delegated-permission scenario', async ({ page, issuer, consoleErrors }) => {
    const token = await issuer.sign({ aud: GRAPH, roles: ['User.Read.All'], idtyp: 'app', appid: '11111111-2222-3333-4444-555555555555' });
    await page.goto(deepLink(token));
    await expect(page.getByText('App-only token', { exact: true })).toBeVisible();
    const why = panel(page, 'Why am I getting 401 / 403?');
    await expect(why.getByText(/^No problems found/)).toBeVisible();
    await why.getByRole('combobox', { name: 'API being called' }).selectOption('graph');
    await why.getByRole('textbox', { name: 'Permission needed' }).fill('User.Read');
    await why.getByRole('combobox', { name: 'Permission type' }).selectOption('delegated');
    const finding = why
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /app-only token was used where delegated permissions are needed/ }) });
    await expect(finding.getByRole('heading')).toHaveAccessibleName(
      'Error: An app-only token was used where delegated permissions are needed',
    );
    await expect(finding).toContainText('idtyp is "app"');
    await expect(finding).toContainText('authorization-code flow');
    await expect(why.getByRole('heading', { name: /different API/ })).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('an Okta client-credentials token with scp is app-only in the summary, the scp row and the diagnosis', async ({
    page,
    consoleErrors,
  }) => {
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    const payload = {
      ver: 1,
      jti: 'AT.x1',
      iss: 'https://contoso.okta.com/oauth2/default',
      aud: 'api://default',
      iat: now - 60,
      exp: now + 3000,
      cid: '0oa1client',
      sub: '0oa1client',
      scp: ['inventory.read'],
    };
    await offlineMode(page);
    await page.goto(deepLink(`${b64({ alg: 'RS256', kid: 'k1' })}.${b64(payload)}.c2ln`));
    await expect(page.getByText(/Okta · Access token · app-only \(no user\)/)).toBeVisible();
    const scp = claimsTable(page)
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: 'scp' }) });
    await expect(scp.getByRole('cell').nth(1)).toContainText('Scopes granted to the client itself');
    await expect(scp).not.toContainText('the user granted');
    const why = panel(page, 'Why am I getting 401 / 403?');
    await why.getByRole('combobox', { name: 'Permission type' }).selectOption('delegated');
    await expect(why.getByRole('heading', { name: /app-only token was used where delegated permissions are needed/ })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a pasted claims challenge is decoded with the value to send to /authorize', async ({ page, issuer }) => {
    const token = await issuer.sign({ scp: 'User.Read', appid: 'c1' });
    await page.goto(deepLink(token));
    const claims = Buffer.from('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}').toString('base64');
    await page
      .getByRole('textbox', { name: /WWW-Authenticate header/ })
      .fill(`Bearer realm="", error="insufficient_claims", claims="${claims}"`);
    await expect(page.getByRole('heading', { name: /claims challenge/ })).toBeVisible();
    await expect(
      page.getByText('claims=%7B%22access_token%22%3A%7B%22acrs%22%3A%7B%22essential%22%3Atrue%2C%22value%22%3A%22c1%22%7D%7D%7D', {
        exact: true,
      }),
    ).toBeVisible();
  });
});

test.describe('errors from the identity platform', () => {
  test('an #error= redirect with an AADSTS code is explained offline', async ({ page, consoleErrors }) => {
    await page.goto('./#error=invalid_request&error_description=AADSTS50011%3A+The+redirect+URI+does+not+match.');
    const errors = panel(page, 'Errors from the identity platform');
    await expect(errors.getByRole('heading', { name: /AADSTS50011/ })).toBeVisible();
    await expect(errors).toContainText('not one of the URIs registered for the app');
    await expect(errors.getByRole('link', { name: /error page/ })).toHaveAttribute(
      'href',
      'https://login.microsoftonline.com/error?code=50011',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('plain pasted text with an AADSTS code is explained, and an unknown code links to the lookup', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', { name: 'Token' })
      .fill('Sign-in failed: AADSTS7000215: Invalid client secret provided. Also saw AADSTS9999999 once.');
    await expect(page.getByRole('heading', { name: /AADSTS7000215/ })).toBeVisible();
    await expect(page.getByText(/sending the secret ID instead of the secret value/)).toBeVisible();
    const unknown = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /AADSTS9999999/ }) });
    await expect(unknown).toContainText('Not in the offline list');
    await expect(unknown.getByRole('link')).toHaveAttribute('href', 'https://login.microsoftonline.com/error?code=9999999');
  });
});

test.describe('in Japanese', () => {
  test('the explanations switch to Japanese', async ({ page, consoleErrors }) => {
    await offlineMode(page);
    await page.goto(deepLink(SEED_SAMPLE_ID_TOKEN));
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('heading', { name: 'クレーム', exact: true })).toBeVisible();
    await expect(page.getByRole('table', { name: /ペイロードのすべてのクレーム/ })).toContainText('トークンの発行者です');
    await expect(page.getByText(/^期限切れ \(\d+ 年前\)$/)).toBeVisible();
    await expect(page.getByRole('heading', { name: '401 / 403 になるのはなぜ?' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
