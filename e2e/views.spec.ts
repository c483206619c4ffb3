import { test, expect, deepLink } from './support/fixtures';
import type { Page } from '@playwright/test';

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

test.describe('views', () => {
  test('each view is reachable by a link of its name and the explorer keeps its token across views', async ({
    page,
    issuer,
    consoleErrors,
  }) => {
    const token = await issuer.sign({ name: 'Round Trip' });
    await page.goto(deepLink(token));
    await expect(page.getByText('"Round Trip"')).toBeVisible();
    for (const name of ['Get a token', 'Create', 'Compare']) {
      await views(page).getByRole('link', { name }).click();
      await expect(views(page).getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveCount(0);
    }
    await views(page).getByRole('link', { name: 'Inspect' }).click();
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toHaveValue(token);
    await expect(page.getByText('"Round Trip"')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a view opens from its own address, and the explorer is the default', async ({ page }) => {
    await page.goto('./#compare');
    await expect(views(page).getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
    await page.goto('./');
    await expect(views(page).getByRole('link', { name: 'Inspect' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('textbox', { name: 'Token', exact: true })).toBeVisible();
  });

  test("the explorer does not load any other view's code, and a view loads its own on first visit", async ({ page }) => {
    // Resource timing lists what the page itself loaded (the service worker's precache is not the page's).
    const viewChunks = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((n) => /(get-token|create|compare)-view/.test(n)),
      );
    await page.goto('./');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByRole('status')).toContainText('Signature verified');
    expect(await viewChunks()).toEqual([]);
    await views(page).getByRole('link', { name: 'Create' }).click();
    await expect.poll(viewChunks).toHaveLength(1);
  });
});
