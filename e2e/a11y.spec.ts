import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, deepLink, type Issuer } from './support/fixtures';
import { rawJwe } from './support/tokens';

// Issue 6: axe finds no WCAG 2.1 A/AA violation in every state the page can be in. Each state is
// reached as a person would reach it, and checked once the verdict or the error has settled.
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The violations axe finds on the page as it is now, one readable line per offending node. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

const status = (page: Page) => page.getByRole('status');
const keyBox = (page: Page) => page.getByRole('textbox', { name: 'Verification key' });

/** Waits for the lazily loaded explanations (claims, timeline, diagnosis) so axe sees them too. */
async function explained(page: Page, heading: string | RegExp = 'Why am I getting 401 / 403?') {
  await expect(page.getByRole('heading', { name: heading })).toBeVisible();
}

async function pasteIssuerKeys(page: Page, issuer: Issuer) {
  await keyBox(page).fill(JSON.stringify(issuer.jwks()));
}

test('the check itself reports a violation when one is planted', async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('input'), { type: 'text' })));
  expect((await violations(page)).some((line) => line.startsWith('label '))).toBe(true);
});

test.describe('no WCAG 2.1 A/AA violations', () => {
  test('on the empty page', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('textbox', { name: 'Token' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('with a decoded token', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({ name: 'Ada Lovelace' })));
    await expect(status(page)).toContainText('Not verified');
    await expect(keyBox(page)).toBeVisible();
    await explained(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with a verified signature', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({ name: 'Verified person' })));
    await pasteIssuerKeys(page, issuer);
    await expect(status(page)).toContainText('Signature verified');
    await explained(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with an invalid signature', async ({ page, issuer }) => {
    const [h, , s] = (await issuer.sign({ name: 'Original' })).split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ iss: issuer.issuer, sub: 'e2e-user', name: 'Forged' })).toString('base64url');
    await page.goto(deepLink(`${h}.${forged}.${s}`));
    await pasteIssuerKeys(page, issuer);
    await expect(status(page)).toContainText('Invalid signature');
    await explained(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with a key error', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await keyBox(page).fill('{"kty":"RSA","n":"abc"}');
    await expect(status(page)).toContainText('The JWK lacks a required member');
    expect(await violations(page)).toEqual([]);
  });

  test('with a JWE', async ({ page }) => {
    await page.goto(deepLink(rawJwe()));
    await expect(status(page)).toContainText('Encrypted token');
    expect(await violations(page)).toEqual([]);
  });

  test('with a malformed token and its error message', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0');
    await expect(page.getByRole('alert')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('with a token response shown as tabs', async ({ page, issuer }) => {
    const body = JSON.stringify({
      token_type: 'Bearer',
      access_token: await issuer.sign({ scp: 'read' }),
      id_token: await issuer.sign({ nonce: 'n' }),
    });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(body);
    await expect(page.getByRole('tab')).toHaveCount(2);
    await explained(page);
    expect(await violations(page)).toEqual([]);
  });

  test('with the 401 / 403 diagnosis showing a finding', async ({ page, issuer }) => {
    const graph = '00000003-0000-0000-c000-000000000000';
    await page.goto(deepLink(await issuer.sign({ aud: graph, roles: ['User.Read.All'], idtyp: 'app' })));
    const panel = page.locator('section', { has: page.getByRole('heading', { name: 'Why am I getting 401 / 403?' }) });
    await panel.getByRole('combobox', { name: 'API being called' }).selectOption('graph');
    await panel.getByRole('textbox', { name: 'Permission needed' }).fill('User.Read');
    await panel.getByRole('combobox', { name: 'Permission type' }).selectOption('delegated');
    await expect(panel.getByRole('heading', { name: /app-only token was used where delegated permissions are needed/ })).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });

  test('in Japanese', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('button', { name: '例を試す' }).click();
    await expect(status(page)).toContainText('署名を検証しました');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await explained(page, '401 / 403 になるのはなぜ?');
    expect(await violations(page)).toEqual([]);
  });

  test.describe('in dark mode', () => {
    test('following the system setting, with a decoded token', async ({ page, issuer }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(deepLink(await issuer.sign({ name: 'Dark person' })));
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await expect(status(page)).toContainText('Not verified');
      await explained(page);
      expect(await violations(page)).toEqual([]);
    });

    test('chosen with the Theme switch, verified', async ({ page, issuer }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(deepLink(await issuer.sign({ name: 'Dark person' })));
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await pasteIssuerKeys(page, issuer);
      await expect(status(page)).toContainText('Signature verified');
      await explained(page);
      expect(await violations(page)).toEqual([]);
    });

    test('chosen with the Theme switch, with an error and the empty page state', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      expect(await violations(page)).toEqual([]);
      await page.getByRole('textbox', { name: 'Token' }).fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0');
      await expect(page.getByRole('alert')).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });
  });
});
