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
    expect(await violations(page)).toEqual([]);
  });

  test('with a verified signature', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({ name: 'Verified person' })));
    await pasteIssuerKeys(page, issuer);
    await expect(status(page)).toContainText('Signature verified');
    expect(await violations(page)).toEqual([]);
  });

  test('with an invalid signature', async ({ page, issuer }) => {
    const [h, , s] = (await issuer.sign({ name: 'Original' })).split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ iss: issuer.issuer, sub: 'e2e-user', name: 'Forged' })).toString('base64url');
    await page.goto(deepLink(`${h}.${forged}.${s}`));
    await pasteIssuerKeys(page, issuer);
    await expect(status(page)).toContainText('Invalid signature');
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
    const body = JSON.stringify({ token_type: 'Bearer', access_token: await issuer.sign({ scp: 'read' }), id_token: await issuer.sign({ nonce: 'n' }) });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(body);
    await expect(page.getByRole('tab')).toHaveCount(2);
    expect(await violations(page)).toEqual([]);
  });

  test('in Japanese', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await page.getByRole('button', { name: '例を試す' }).click();
    await expect(status(page)).toContainText('未検証');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    expect(await violations(page)).toEqual([]);
  });

  test.describe('in dark mode', () => {
    test('following the system setting, with a decoded token', async ({ page, issuer }) => {
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.goto(deepLink(await issuer.sign({ name: 'Dark person' })));
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await expect(status(page)).toContainText('Not verified');
      expect(await violations(page)).toEqual([]);
    });

    test('chosen with the Theme switch, verified', async ({ page, issuer }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(deepLink(await issuer.sign({ name: 'Dark person' })));
      await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
      await expect(page.locator('html')).toHaveClass(/\bdark\b/);
      await pasteIssuerKeys(page, issuer);
      await expect(status(page)).toContainText('Signature verified');
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
