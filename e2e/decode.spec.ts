import { test, expect, deepLink } from './support/fixtures';
import { rawJwe, rawJws, SAMPLE_PAYLOAD } from './support/tokens';

test.describe('decoding whatever the person pastes', () => {
  test('the example token is one click away and decodes, verified with its own key', async ({ page, consoleErrors }) => {
    await page.goto('./');
    await expect(page).toHaveTitle('Token Explorer');
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(page.getByRole('status')).toContainText('Signature verified');
    await expect(page.getByText('"Ada Lovelace"')).toBeVisible();
    await expect(page.getByText('256 bytes')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('a 20 KB token is shown whole in the encoded view and the claims, their tails a frame after their heads', async ({ page }) => {
    const claims = { sub: 'big', blob: 'q'.repeat(15_000), last: 'END-of-claims' };
    const token = rawJws('{"alg":"RS256","typ":"JWT"}', JSON.stringify(claims), 'END-of-signature');
    expect(token.length).toBeGreaterThan(20_000);
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(token);
    const encoded = page.getByRole('heading', { name: 'Encoded', exact: true }).locator('xpath=ancestor::section[1]');
    // Every character, in order, and no "…" left once the page has settled.
    await expect(encoded.locator('pre')).toHaveText(token);
    await expect(encoded.getByText('END-of-signature')).toBeVisible();
    await expect(page.locator('pre').filter({ hasText: '"blob"' })).toHaveText(JSON.stringify(claims, null, 2));
  });

  test('a pasted Authorization header is stripped and decoded', async ({ page, issuer, consoleErrors }) => {
    const token = await issuer.sign({ name: 'Grace Hopper' });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(`Authorization: Bearer ${token}`);
    await expect(page.getByText('Removed the "Bearer" prefix.')).toBeVisible();
    await expect(page.getByText('"Grace Hopper"')).toBeVisible();
    await expect(page.getByRole('status')).toContainText('Not verified');
    await expect(page.getByRole('alert')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a token-endpoint JSON response shows every token under its role', async ({ page, issuer }) => {
    const idToken = await issuer.sign({ nonce: 'n-1', name: 'ID person' });
    const accessToken = await issuer.sign({ scp: 'User.Read', name: 'Access person' });
    const body = JSON.stringify({
      token_type: 'Bearer',
      expires_in: 3599,
      access_token: accessToken,
      id_token: idToken,
      refresh_token: '0.AVYAexampleexampleexample.AgABAAEAAAD',
    });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(body);
    const tabs = page.getByRole('tab');
    await expect(tabs).toHaveText([/ID token/, /Access token/, /Refresh token/]);
    await expect(page.getByText('"ID person"')).toBeVisible();
    await page.getByRole('tab', { name: /Access token/ }).click();
    await expect(page.getByText('"Access person"')).toBeVisible();
    await page.getByRole('tab', { name: /Refresh token/ }).press('ArrowRight');
    await page.getByRole('tab', { name: /Refresh token/ }).click();
    await expect(page.getByText(/Microsoft Entra ID refresh token/)).toBeVisible();
    await expect(page.getByRole('cell', { name: 'expires_in' })).toBeVisible();
  });

  test('a redirect URL with an error shows the error and its description', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', { name: 'Token' })
      .fill(
        'https://app.example/callback?error=access_denied&error_description=AADSTS65004%3A+User+declined+to+consent+to+access+the+app.&state=12345',
      );
    await expect(page.getByRole('alert')).toContainText('access_denied: AADSTS65004: User declined to consent to access the app.');
    await expect(page.getByRole('heading', { name: 'Error from the identity provider' })).toBeVisible();
    await expect(page.getByRole('cell', { name: '12345' })).toBeVisible();
  });

  test('a JWE is explained as encrypted, with its protected header', async ({ page }) => {
    await page.goto(deepLink(rawJwe()));
    await expect(page.getByRole('status')).toContainText('Encrypted token');
    await expect(page.getByText('"A256GCM"')).toBeVisible();
    await expect(page.getByText(/the encrypted content is itself a JWT/)).toBeVisible();
  });

  test('an alg none token is decoded and marked unsigned', async ({ page, issuer }) => {
    const token = await issuer.sign({ name: 'Nobody' }, { alg: 'none' });
    await page.goto(deepLink(token));
    await expect(page.getByRole('status')).toContainText('Unsigned token');
    await expect(page.getByText('"Nobody"')).toBeVisible();
  });

  test('a malformed payload is named precisely and the header stays readable', async ({ page, consoleErrors }) => {
    const good = rawJws('{"alg":"HS256","typ":"JWT","kid":"still-readable"}', SAMPLE_PAYLOAD);
    const [h, p, s] = good.split('.') as [string, string, string];
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(`${h}.${p.slice(0, 16)}!${p.slice(17)}.${s}`);
    await expect(page.getByRole('alert')).toHaveText('payload: not valid base64url (character 17, "!")');
    await expect(page.getByText('"still-readable"')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test.describe('other malformed input gets a clear message, never a blank page', () => {
    const cases: [string, string, string][] = [
      ['two segments', `${rawJws('{"alg":"HS256"}', SAMPLE_PAYLOAD).split('.').slice(0, 2).join('.')}`, '2 segments found; a JWS has 3'],
      ['header not an object', rawJws('"just a string"', SAMPLE_PAYLOAD), 'header: not a JSON object'],
      ['alg none with a signature', rawJws('{"alg":"none"}', SAMPLE_PAYLOAD), 'header declares alg none but a signature is present'],
      ['duplicate claims', rawJws('{"alg":"HS256"}', '{"sub":"a","sub":"b"}'), 'payload: member "sub" appears more than once'],
      ['free text', 'hello, this is not a token!', 'Not a token'],
      ['broken JSON', '{"access_token": "abc", ', 'not valid JSON'],
    ];
    for (const [name, input, message] of cases) {
      test(name, async ({ page, consoleErrors }) => {
        await page.goto('./');
        await page.getByRole('textbox', { name: 'Token' }).fill(input);
        await expect(page.getByRole('alert')).toContainText(message);
        await expect(page.getByRole('heading', { name: 'Token Explorer' })).toBeVisible();
        expect(consoleErrors).toEqual([]);
      });
    }
  });

  test('a 1 MB paste keeps the page responsive and decodes', async ({ page, consoleErrors }) => {
    const big = rawJws('{"alg":"RS256","typ":"JWT"}', `{"sub":"big","blob":"${'x'.repeat(780 * 1024)}"}`);
    expect(big.length).toBeGreaterThan(1024 * 1024);
    await page.goto('./');
    const box = page.getByRole('textbox', { name: 'Token' });
    await box.fill(big);
    await expect(page.getByRole('status')).toContainText('Not verified');
    await expect(page.getByText('"big"')).toBeVisible();
    // Still interactive afterwards: clearing responds at once.
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('');
    await expect(page.getByRole('status')).toHaveCount(0);
    expect(consoleErrors).toEqual([]);
  });

  test('a JWKS pasted into the token box is recognised as keys, not as a broken token', async ({ page, issuer }) => {
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(JSON.stringify(issuer.jwks()));
    await expect(page.getByRole('note')).toContainText('JSON Web Key Set with 10 keys');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test.describe('deep links', () => {
  test('#token= opens the token, and a later hash change replaces it', async ({ page, issuer }) => {
    const first = await issuer.sign({ name: 'First' });
    const second = await issuer.sign({ name: 'Second' });
    await page.goto(deepLink(first));
    await expect(page.getByRole('textbox', { name: 'Token' })).toHaveValue(first);
    await expect(page.getByText('"First"')).toBeVisible();
    await page.evaluate((t) => (window.location.hash = `token=${t}`), second);
    await expect(page.getByText('"Second"')).toBeVisible();
  });

  test('an OAuth implicit-flow fragment works as a redirect_uri landing', async ({ page, issuer }) => {
    const idToken = await issuer.sign({ name: 'Redirected' });
    await page.goto(`./#id_token=${idToken}&state=abc&session_state=s`);
    await expect(page.getByRole('tab', { name: /ID token/ })).toBeVisible();
    await expect(page.getByText('"Redirected"')).toBeVisible();
    await expect(page.getByRole('cell', { name: 'abc', exact: true })).toBeVisible();
  });

  test('an #error= fragment shows the error', async ({ page }) => {
    await page.goto('./#error=invalid_request&error_description=AADSTS50011%3A+The+redirect+URI+does+not+match.');
    await expect(page.getByRole('alert')).toContainText('invalid_request: AADSTS50011: The redirect URI does not match.');
  });

  test('Copy link produces a #token= link to this page that reopens the same token', async ({ page, context, issuer }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const token = await issuer.sign({ name: 'Shared' });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(token);
    await page.getByRole('combobox', { name: 'Link contents' }).selectOption('full');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByRole('button', { name: 'Copy full token link' }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${new URL(page.url()).origin}${new URL(page.url()).pathname}#token=${token}`);
    expect(new URL(link).search).toBe('');
    const other = await context.newPage();
    await other.goto(link);
    await expect(other.getByText('"Shared"')).toBeVisible();
  });
});

test.describe('static build', () => {
  test('works under a sub-path with a favicon, robots.txt and a no-referrer policy', async ({ page, request, baseURL }) => {
    await page.goto('./');
    await expect(page.locator('meta[name="referrer"]')).toHaveAttribute('content', 'no-referrer');
    expect(new URL(page.url()).pathname).toBe(new URL(baseURL ?? '').pathname);
    expect((await request.get('./favicon.svg')).status()).toBe(200);
    const robots = await request.get('./robots.txt');
    expect(await robots.text()).toContain('User-agent');
  });

  test('the page can be switched to Japanese', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('button', { name: '例を試す' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.getByRole('button', { name: '例を試す' }).click();
    await expect(page.getByRole('status')).toContainText('署名を検証しました');
    await expect(page.getByRole('textbox', { name: 'トークン' })).toBeVisible();
  });
});
