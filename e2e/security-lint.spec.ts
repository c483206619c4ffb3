import { test, expect, deepLink } from './support/fixtures';
import type { Page } from '@playwright/test';

const security = (page: Page) => page.getByRole('heading', { name: 'Security', exact: true }).locator('xpath=ancestor::section[1]');

test.describe('the Security list names weaknesses a token has by construction', () => {
  test("a token signed with jwt.io's sample secret, with a key URL in its header and no exp", async ({ page, issuer, consoleErrors }) => {
    const token = await issuer.sign(
      { exp: undefined },
      { alg: 'HS256', secret: 'your-256-bit-secret', header: { jku: 'https://attacker.example/keys.json', kid: '../../etc/passwd' } },
    );
    await page.goto(deepLink(token));
    const list = security(page);
    await expect(list).toContainText('Signed with a well-known secret');
    await expect(list).toContainText('The header names where to fetch the key');
    await expect(list).toContainText('Key id looks like a path traversal');
    await expect(list).toContainText('No expiry (exp)');
    await expect(list.getByText('Critical', { exact: true }).first()).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a healthy RS256 token has no weaknesses', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await expect(security(page)).toContainText('No weaknesses found');
  });

  test('alg none is listed', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({}, { alg: 'none' })));
    await expect(security(page)).toContainText('Unsigned token (alg: none)');
  });
});
