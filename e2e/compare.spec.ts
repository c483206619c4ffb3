import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** WCAG 2.1 A/AA violations axe finds on the page as it is now, one line per offending node. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

test.describe('Compare two tokens', () => {
  test('lists what differs claim by claim, folds what is the same, and shares both without signatures', async ({
    page,
    context,
    issuer,
    consoleErrors,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const works = await issuer.sign({ aud: 'api://orders', scp: 'Orders.Read Orders.Write', azp: 'client-1' });
    const fails = await issuer.sign({ aud: 'https://graph.microsoft.com', scp: 'Orders.Write User.Read', azp: 'client-1' });
    await page.goto('./');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
    await page.getByRole('textbox', { name: 'Token A' }).fill(works);
    await page.getByRole('textbox', { name: 'Token B' }).fill(`Authorization: Bearer ${fails}`);
    const table = page.getByRole('table', { name: 'Differences' });
    const aud = table.getByRole('row', { name: /^aud/ });
    await expect(aud).toContainText('"api://orders"');
    await expect(aud).toContainText('"https://graph.microsoft.com"');
    await expect(aud).toContainText('another resource');
    await expect(table.getByRole('row', { name: /^scp/ })).toContainText('Only in A: Orders.Read');
    await expect(table.getByRole('row', { name: /^scp/ })).toContainText('Only in B: User.Read');
    await expect(table.getByRole('row', { name: /^azp/ })).toHaveCount(0);
    await expect(page.getByText(/identical claims and header parameters/)).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const params = new URLSearchParams(new URL(link).hash.slice(1));
    const a = params.get('a') ?? '';
    const b = params.get('b') ?? '';
    // Independent check: the link's tokens decode to the very same header and claims, and carry no signature.
    expect(a.split('.')[2]).toBe('');
    expect(b.split('.')[2]).toBe('');
    expect(decodeJwt(a)).toEqual(decodeJwt(works));
    expect(decodeProtectedHeader(b)).toEqual(decodeProtectedHeader(fails));
    expect(link).not.toContain(works.split('.')[2]);

    await page.goto(link);
    await expect(page.getByRole('link', { name: 'Compare' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('table', { name: 'Differences' }).getByRole('row', { name: /^aud/ })).toContainText('"api://orders"');
    expect(consoleErrors).toEqual([]);
  });

  test('a token that cannot be compared gets a message naming its side', async ({ page, issuer }) => {
    await page.goto('./#compare');
    await page.getByRole('textbox', { name: 'Token A' }).fill(await issuer.sign());
    await page.getByRole('textbox', { name: 'Token B' }).fill('EwBIA8l6BAAUexampleexampleexampleexample');
    await expect(page.getByRole('alert')).toContainText('Token B has no readable JSON claims');
  });

  test('a pasted curl transcript is compared by its token and its cookie never reaches the link', async ({ page, context, issuer }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const a = await issuer.sign({ roles: ['Orders.Admin'] });
    const b = await issuer.sign({ roles: ['Orders.Reader'] });
    await page.goto('./#compare');
    await page.getByRole('textbox', { name: 'Token A' }).fill(a);
    await page
      .getByRole('textbox', { name: 'Token B' })
      .fill(
        `> GET /orders HTTP/1.1\n> Host: api.contoso.com\n> Authorization: Bearer ${b}\n> Cookie: session=topsecretcookie\n>\n< HTTP/1.1 403 Forbidden\n<\n`,
      );
    await expect(page.getByRole('table', { name: 'Differences' }).getByRole('row', { name: /^roles/ })).toContainText(
      'Only in B: Orders.Reader',
    );
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).not.toContain('topsecretcookie');
    expect(link).not.toContain('api.contoso.com');
  });

  test('text that holds no token is named as such, box by box', async ({ page, issuer }) => {
    await page.goto('./#compare');
    await page.getByRole('textbox', { name: 'Token A' }).fill(await issuer.sign({ scp: 'A' }));
    await page.getByRole('textbox', { name: 'Token B' }).fill('hello, this is not a token');
    await expect(page.getByRole('alert')).toContainText('Box B holds no token this page can read');
    await expect(page.getByText('Paste a token into both boxes')).toHaveCount(0);
  });

  test('an encrypted token, which a link would carry whole, is shared only after the person confirms', async ({
    page,
    context,
    issuer,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const b64 = (s: string) => Buffer.from(s).toString('base64url');
    const jwe = [
      b64('{"alg":"RSA-OAEP","enc":"A256GCM"}'),
      b64('k'.repeat(32)),
      b64('iv-12-bytes!'),
      b64('ciphertext'),
      b64('tag-16-bytes!!!!'),
    ].join('.');
    await page.goto('./#compare');
    await page.getByRole('textbox', { name: 'Token A' }).fill(await issuer.sign({ scp: 'A' }));
    await page.getByRole('textbox', { name: 'Token B' }).fill(jwe);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    // The default mode ("without signatures") still cannot reduce a JWE: the page asks.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const question = page.getByRole('dialog', { name: 'Put a usable credential in a link?' });
    await expect(question).toContainText('encrypted, opaque or malformed');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('before');
  });

  test('full tokens go into a link only after the person confirms, and then still verify', async ({ page, context, issuer }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const a = await issuer.sign({ scp: 'A' });
    const b = await issuer.sign({ scp: 'B' });
    await page.goto('./#compare');
    await page.getByRole('textbox', { name: 'Token A' }).fill(a);
    await page.getByRole('textbox', { name: 'Token B' }).fill(b);
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await page.getByRole('combobox', { name: 'Link carries' }).selectOption('full');
    // The page asks in its own dialog (not window.confirm); Cancel copies nothing.
    await page.getByRole('button', { name: 'Copy link' }).click();
    const question = page.getByRole('dialog', { name: 'Put a usable credential in a link?' });
    await expect(question).toContainText('both tokens whole');
    await question.getByRole('button', { name: 'Cancel' }).click();
    await expect(question).toBeHidden();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('before');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await question.getByRole('button', { name: 'Copy full token link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#a=');
    const params = new URLSearchParams(new URL(await page.evaluate(() => navigator.clipboard.readText())).hash.slice(1));
    // Independent check: the whole tokens in the link verify against the issuer's published keys.
    const keys = createLocalJWKSet(issuer.jwks());
    await expect(jwtVerify(params.get('a') ?? '', keys, { issuer: issuer.issuer })).resolves.toMatchObject({ payload: { scp: 'A' } });
    await expect(jwtVerify(params.get('b') ?? '', keys, { issuer: issuer.issuer })).resolves.toMatchObject({ payload: { scp: 'B' } });
  });
});
