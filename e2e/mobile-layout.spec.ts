import { test, expect, deepLink } from './support/fixtures';
import type { Page } from '@playwright/test';

// A phone-sized screen (390 CSS px, the width of common current phones) with touch input.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

/** How far the page is wider than the screen, in CSS px (0 when nothing overflows horizontally). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The elements whose right edge lies past the screen's, for a readable failure message. */
const overflowing = (page: Page) =>
  page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}" right=${Math.round(el.getBoundingClientRect().right)}`,
      );
  });

async function expectNoHorizontalOverflow(page: Page, where: string) {
  await expect.poll(() => overflow(page), { message: `${where}: ${(await overflowing(page)).join('; ')}` }).toBeLessThanOrEqual(0);
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

test.describe('390 px wide screen', () => {
  test('no view is wider than the screen', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
    await expectNoHorizontalOverflow(page, 'empty explorer');
    for (const name of ['Get a token', 'Create', 'Compare']) {
      await views(page).getByRole('link', { name }).tap();
      await expect(views(page).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('Loading', { exact: false })).toHaveCount(0);
      await expectNoHorizontalOverflow(page, name);
    }
  });

  test('a deep-linked token, with its verification, explanations and the "Link contents" choice, fits the screen in English and Japanese', async ({
    page,
    issuer,
  }) => {
    const token = await issuer.sign({
      name: 'Megan Bowen',
      preferred_username: 'megan.bowen@contoso.example',
      roles: ['Task.Read.All', 'Directory.ReadWrite.All'],
    });
    await page.goto(deepLink(token));
    await expect(page.getByRole('combobox', { name: 'Link contents' })).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    await expectNoHorizontalOverflow(page, 'deep link, English');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.getByRole('combobox', { name: 'リンクの内容' })).toBeVisible();
    await expectNoHorizontalOverflow(page, 'deep link, Japanese');
  });

  test('the explorer works by touch: tapping the example verifies it', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Try an example' }).tap();
    await expect(page.getByRole('status').filter({ hasText: 'Signature verified' })).toBeVisible();
    await expectNoHorizontalOverflow(page, 'example token');
    await page.getByRole('button', { name: 'Clear' }).tap();
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue('');
  });
});
