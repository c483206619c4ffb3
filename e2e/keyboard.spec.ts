import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

// Issue 6: everything works from the keyboard alone, focus is always visible, the verdict is
// announced (role="status"), and the theme follows the system unless the person picks one.

/** How the focused element shows focus: its computed outline, or null when nothing is focused. */
async function focusOutline(page: Page): Promise<{ what: string; style: string; width: string } | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const css = getComputedStyle(el);
    const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? '';
    return { what: `${el.tagName.toLowerCase()} "${name}"`, style: css.outlineStyle, width: css.outlineWidth };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, and returns every focused element on the way
 * whose focus is not visible (outline style none or zero width). Fails when `target` is never reached.
 */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', max = 60): Promise<string[]> {
  const invisible: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const outline = await focusOutline(page);
    if (outline && (outline.style === 'none' || outline.width === '0px'))
      invisible.push(`${outline.what}: outline ${outline.style} ${outline.width}`);
    if (await target.evaluate((el) => el === document.activeElement)) return invisible;
  }
  throw new Error(`${key} never reached the element`);
}

const tokenBox = (page: Page) => page.getByRole('textbox', { name: 'Token' });
const status = (page: Page) => page.getByRole('status');

test('a token can be pasted, an example tried, and the verdict heard, all from the keyboard', async ({ page, issuer }) => {
  await page.goto('./');
  expect(await tabTo(page, tokenBox(page))).toEqual([]);
  await page.keyboard.insertText(await issuer.sign({ name: 'Keyboard person' }));
  await expect(page.getByText('"Keyboard person"')).toBeVisible();
  await expect(status(page)).toContainText('Not verified');

  expect(await tabTo(page, page.getByRole('button', { name: 'Try an example' }), 'Shift+Tab')).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByText('"Keyboard person"')).toHaveCount(0);
  await expect(status(page)).toContainText('Signature verified');
  await expect(tokenBox(page)).not.toHaveValue('');
});

test('bundle tabs move with the arrow keys and the key box is reachable to verify', async ({ page, issuer }) => {
  const idToken = await issuer.sign({ nonce: 'n', name: 'ID person' });
  const accessToken = await issuer.sign({ scp: 'read', name: 'Access person' });
  await page.goto('./');
  await tabTo(page, tokenBox(page));
  await page.keyboard.insertText(JSON.stringify({ token_type: 'Bearer', id_token: idToken, access_token: accessToken }));
  const idTab = page.getByRole('tab', { name: /ID token/ });
  const accessTab = page.getByRole('tab', { name: /Access token/ });
  await expect(idTab).toHaveAttribute('aria-selected', 'true');

  expect(await tabTo(page, idTab)).toEqual([]);
  await page.keyboard.press('ArrowRight');
  await expect(accessTab).toBeFocused();
  await expect(accessTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('"Access person"')).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(idTab).toBeFocused();
  await expect(page.getByText('"ID person"')).toBeVisible();

  const keyBox = page.getByRole('textbox', { name: 'Verification key' });
  expect(await tabTo(page, keyBox)).toEqual([]);
  await page.keyboard.insertText(JSON.stringify(issuer.jwks()));
  await expect(status(page)).toContainText('Signature verified');
});

test('every control on a decoded page shows where the focus is', async ({ page, issuer }) => {
  await page.goto(`./#token=${await issuer.sign({ name: 'Focus person' })}`);
  await expect(status(page)).toContainText('Not verified');
  // Walk the whole page to the footer: the last focusable element is followed by the body again.
  const invisible: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    const outline = await focusOutline(page);
    if (!outline) break;
    seen.add(outline.what);
    if (outline.style === 'none' || outline.width === '0px') invisible.push(`${outline.what}: outline ${outline.style} ${outline.width}`);
  }
  expect(seen.size).toBeGreaterThan(5);
  expect(invisible).toEqual([]);
});

test('status changes are announced: the verdict lives in a polite status region', async ({ page, issuer }) => {
  await page.goto(`./#token=${await issuer.sign()}`);
  await expect(status(page)).toContainText('Not verified');
  await page.getByRole('textbox', { name: 'Verification key' }).fill('{"kty":"RSA","n":"abc"}');
  await expect(status(page)).toContainText('The JWK lacks a required member');
  await page.getByRole('textbox', { name: 'Verification key' }).fill(JSON.stringify(issuer.jwks()));
  await expect(status(page)).toContainText('Signature verified');
  // role="status" is an implicit aria-live="polite" region; it must not be silenced explicitly.
  expect(await status(page).getAttribute('aria-live')).not.toBe('off');
});

test.describe('theme', () => {
  test('follows the system setting, live', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });

  test('is switchable from the keyboard, and a chosen theme overrides the system', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('./');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    expect(await tabTo(page, theme)).toEqual([]);
    await page.keyboard.press('ArrowDown'); // System -> Light
    await page.keyboard.press('ArrowDown'); // Light -> Dark
    await expect(theme).toHaveValue('dark');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    await page.keyboard.press('ArrowUp'); // Dark -> Light
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
  });
});
