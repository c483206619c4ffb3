import { decodeJwt } from 'jose';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { chromeHar, firefoxHar } from '../src/core/exchange/samples/har-samples';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** WCAG 2.1 A/AA violations axe finds on the page as it is now, one line per offending node. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const TOKEN_BOX = { name: 'Token' } as const;

function curlVerbose(token: string, body: string): string {
  return [
    '* Connected to graph.microsoft.com (20.190.135.22) port 443',
    '* using HTTP/2',
    '> GET /v1.0/me HTTP/2',
    '> Host: graph.microsoft.com',
    '> User-Agent: curl/8.5.0',
    `> Authorization: Bearer ${token}`,
    '> Cookie: session=topsecretcookie',
    '> ',
    '< HTTP/2 401 ',
    '< content-type: application/json',
    '< www-authenticate: Bearer realm="", error="invalid_token", error_description="Lifetime validation failed"',
    '< ',
    body,
    '* Connection #0 to host graph.microsoft.com left intact',
  ].join('\n');
}

test.describe('the Token box understands whole exchanges', () => {
  test('a curl -v transcript: token decoded, call summarised, Graph error explained against the token, diagnosis started for Graph', async ({
    page,
    issuer,
    consoleErrors,
  }) => {
    // The whole explanation renders and axe walks all of it: more time on a loaded machine, same checks.
    test.slow();
    const hourAgo = Math.floor(Date.now() / 1000) - 7200;
    const token = await issuer.sign({ name: 'Curl Person' }, { now: hourAgo, lifetimeSeconds: 3600 });
    const body = '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid."}}';
    await page.goto('./');
    await page.getByRole('textbox', TOKEN_BOX).fill(curlVerbose(token, body));
    await expect(page.getByText('"Curl Person"')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'The call: curl -v transcript' })).toBeVisible();
    await expect(page.getByText('GET https://graph.microsoft.com/v1.0/me')).toBeVisible();
    await expect(page.getByText('graph.microsoft.com (Microsoft Graph)')).toBeVisible();
    await expect(page.getByText(/invalid_token: the API refused the token itself/)).toBeVisible();
    const errors = page.getByRole('heading', { name: 'API error messages' }).locator('..').locator('..');
    await expect(errors).toContainText('Token expired');
    await expect(errors).toContainText('(Microsoft Graph InvalidAuthenticationToken)');
    await expect(errors).toContainText('exp says the token expired 1 hour ago.');
    await expect(page.getByRole('combobox', { name: 'API being called' })).toHaveValue('graph');
    await expect(page.getByRole('textbox', { name: /WWW-Authenticate header of the 401\/403 response/ })).toHaveValue(
      /error="invalid_token"/,
    );
    // The paste itself stays in the Token box; nothing shown from it repeats the cookie.
    await expect(page.getByText('topsecretcookie')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Explanation' })).not.toContainText('topsecretcookie');
    await expect(page.getByText(/Left out, never shown or shared: user-agent, cookie/)).toBeVisible();
    expect(await violations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  test('the link to a pasted curl -v transcript carries only its token, without signature', async ({
    page,
    context,
    issuer,
    consoleErrors,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const token = await issuer.sign({ name: 'Curl Person' });
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill(
        curlVerbose(
          token,
          '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}',
        ),
      );
    await expect(page.getByText('"Curl Person"')).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#token=');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).not.toContain('topsecretcookie');
    expect(link).not.toContain('graph.microsoft.com');
    const shared = new URLSearchParams(new URL(link).hash.slice(1)).get('token') ?? '';
    expect(shared.split('.')[2]).toBe('');
    expect(decodeJwt(shared)).toEqual(decodeJwt(token));
    expect(consoleErrors).toEqual([]);
  });

  test('a raw HTTP/1.1 exchange with CRLF: the 403 insufficient_scope challenge is explained', async ({ page, issuer }) => {
    const token = await issuer.sign({ scp: 'Orders.Read' });
    const text = [
      'GET /orders/42 HTTP/1.1',
      'Host: api.contoso.com',
      `Authorization: Bearer ${token}`,
      '',
      'HTTP/1.1 403 Forbidden',
      'WWW-Authenticate: Bearer error="insufficient_scope", scope="Orders.Write"',
      '',
    ].join('\r\n');
    await page.goto('./');
    await page.getByRole('textbox', TOKEN_BOX).fill(text);
    await expect(page.getByRole('heading', { name: 'The call: HTTP exchange' })).toBeVisible();
    await expect(page.getByText(/insufficient_scope: the token is valid but lacks the permission/)).toBeVisible();
    await expect(page.getByText('api.contoso.com (your API)')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'API being called' })).toHaveValue('custom');
  });

  test('HTTP/2 request headers as DevTools copies them (pseudo-headers, LF) give the token and the URL', async ({ page, issuer }) => {
    const token = await issuer.sign({ name: 'H2 Person' });
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill(
        [
          ':authority: api.contoso.com',
          ':method: DELETE',
          ':path: /v2/invoices/7',
          ':scheme: https',
          `authorization: Bearer ${token}`,
          'cookie: ai_session=h2cookiesecret',
        ].join('\n'),
      );
    await expect(page.getByRole('heading', { name: 'The call: HTTP exchange' })).toBeVisible();
    await expect(page.getByText('DELETE https://api.contoso.com/v2/invoices/7')).toBeVisible();
    await expect(page.getByText('"H2 Person"')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Explanation' })).not.toContainText('h2cookiesecret');
  });

  test('messages of jsonwebtoken, jose, Spring Security and PyJWT are explained against the token', async ({ page, issuer }) => {
    const token = await issuer.sign({ aud: 'api://orders' });
    await page.goto('./');
    const box = page.getByRole('textbox', TOKEN_BOX);
    await box.fill(
      `JsonWebTokenError: jwt audience invalid. expected: api://billing\n    at /srv/app/node_modules/jsonwebtoken/verify.js:209:21\nauthorization: Bearer ${token}`,
    );
    await expect(page.getByText('(Node jsonwebtoken JsonWebTokenError)')).toBeVisible();
    await expect(page.getByText('aud is api://orders; the API expects api://billing.')).toBeVisible();
    await box.fill('JWTClaimValidationFailed: unexpected "iss" claim value');
    await expect(page.getByText('Issuer not accepted')).toBeVisible();
    await box.fill(
      'o.s.s.o.s.r.a.JwtAuthenticationProvider : Failed to authenticate since the JWT was invalid: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-11-30T09:00:00Z',
    );
    await expect(page.getByText('(Spring Security JwtValidationException)')).toBeVisible();
    await box.fill('jwt.exceptions.InvalidSignatureError: Signature verification failed');
    await expect(page.getByText('(PyJWT InvalidSignatureError)')).toBeVisible();
    await expect(page.getByText('Signature invalid')).toBeVisible();
  });

  test('a WWW-Authenticate claims challenge alone is decoded', async ({ page }) => {
    const claims = Buffer.from('{"access_token":{"acrs":{"essential":true,"value":"c1"}}}').toString('base64');
    await page.goto('./');
    await page.getByRole('textbox', TOKEN_BOX).fill(`WWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="${claims}"`);
    await expect(page.getByRole('heading', { name: 'The call: WWW-Authenticate header' })).toBeVisible();
    await expect(page.getByText('Requested claims (decoded)')).toBeVisible();
    await expect(page.getByText('"value": "c1"')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });

  test('a curl command, PowerShell and fetch code give the token and the URL', async ({ page, issuer }) => {
    const token = await issuer.sign({ name: 'Code Person' });
    await page.goto('./');
    const box = page.getByRole('textbox', TOKEN_BOX);
    await box.fill(`curl 'https://api.contoso.com/v1/items?top=5' \\\n  -H 'authorization: Bearer ${token}' \\\n  -b 'sid=cookievalue'`);
    await expect(page.getByRole('heading', { name: 'The call: curl command' })).toBeVisible();
    await expect(page.getByText('GET https://api.contoso.com/v1/items')).toBeVisible();
    await expect(page.getByText('"Code Person"')).toBeVisible();
    await expect(page.getByText('cookievalue')).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Explanation' })).not.toContainText('cookievalue');

    await box.fill(
      `Invoke-RestMethod -Uri "https://management.azure.com/subscriptions?api-version=2022-12-01" -Headers @{ Authorization = "Bearer ${token}" }`,
    );
    await expect(page.getByRole('heading', { name: 'The call: PowerShell command' })).toBeVisible();
    await expect(page.getByText('management.azure.com (Azure Resource Manager)')).toBeVisible();

    await box.fill(`await fetch("https://api.contoso.com/me", { method: "PATCH", headers: { Authorization: "Bearer ${token}" } })`);
    await expect(page.getByRole('heading', { name: 'The call: fetch code' })).toBeVisible();
    await expect(page.getByText('PATCH https://api.contoso.com/me')).toBeVisible();
    await expect(page.getByText('"Code Person"')).toBeVisible();
  });

  test('code whose token is a variable says so instead of failing', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill('Invoke-WebRequest -Uri https://graph.microsoft.com/v1.0/me -Headers @{Authorization = "Bearer $token"}');
    await expect(
      page.getByText('The token is the variable $token in this code, not a value: paste the token itself to decode it.'),
    ).toBeVisible();
  });

  test('an exchange without any token says that no token was sent', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill(
        'GET /v1.0/me HTTP/1.1\nHost: graph.microsoft.com\nAccept: */*\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=""\n',
      );
    await expect(page.getByText('No token was sent with this request.')).toBeVisible();
    await expect(page.getByText(/A challenge without an error: the API received no usable token/)).toBeVisible();
  });

  test('an IDX10214 log line with the token: the audience is set beside what the API expected', async ({ page, issuer }) => {
    const token = await issuer.sign({ aud: 'https://graph.microsoft.com' });
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill(
        `fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[3]\n      Exception occurred while processing message.\n      Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'https://graph.microsoft.com'. Did not match: validationParameters.ValidAudience: 'api://contoso-orders' or validationParameters.ValidAudiences: 'null'.\ntoken: ${token}`,
      );
    await expect(page.getByText('Audience not accepted')).toBeVisible();
    await expect(page.getByText('aud is https://graph.microsoft.com; the API expects api://contoso-orders.')).toBeVisible();
  });

  test('API error messages alone are explained in Japanese too', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', TOKEN_BOX)
      .fill('{"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}');
    await expect(page.getByText('Permission missing')).toBeVisible();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByText('アクセス許可が不足しています')).toBeVisible();
  });
});

test.describe('HAR files', () => {
  test('opened with the file picker: requests listed, one selected shows its token and explanation, cookies and passwords never shown', async ({
    page,
    issuer,
    consoleErrors,
  }) => {
    const token = await issuer.sign({ name: 'HAR Person', scp: 'Mail.Read' });
    const har = JSON.stringify(chromeHar(token));
    await page.goto('./');
    await page.getByLabel('Open a HAR file').setInputFiles({ name: 'contoso.har', mimeType: 'application/json', buffer: Buffer.from(har) });
    await expect(page.getByText('2 of 3 requests listed; 1 without a token, a 401/403 or returned tokens are left out.')).toBeVisible();
    const list = page.getByRole('table', { name: 'Requests with tokens or refused' });
    await expect(list.getByRole('row')).toHaveCount(3);
    await list.getByRole('button', { name: 'Show GET https://graph.microsoft.com/v1.0/me/messages' }).click();
    const selected = page.getByRole('region', { name: 'Selected: GET https://graph.microsoft.com/v1.0/me/messages' });
    await expect(selected.getByText('"HAR Person"')).toBeVisible();
    await expect(selected.getByText('Permission missing')).toBeVisible();
    await expect(selected.getByText('scp: Mail.Read; roles: (none).')).toBeVisible();
    expect(await violations(page)).toEqual([]);

    await list.getByRole('button', { name: /^Show POST https:\/\/login\.microsoftonline\.com/ }).click();
    await expect(page.getByRole('tab', { name: /access/i })).toBeVisible();
    await expect(page.locator('body')).not.toContainText('chrome-cookie-secret');
    await expect(page.locator('body')).not.toContainText('chrome-password-secret');
    expect(consoleErrors).toEqual([]);
  });

  test('dropped onto the page or pasted into the Token box, a HAR is listed the same way', async ({ page, issuer }) => {
    const token = await issuer.sign();
    const har = JSON.stringify(firefoxHar(token));
    await page.goto('./');
    const dropTarget = page.getByText(/or drop a \.har file here/);
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'firefox.har', { type: 'application/json' }));
      return dt;
    }, har);
    await dropTarget.dispatchEvent('drop', { dataTransfer: transfer });
    await expect(page.getByText('1 of 2 requests listed; 1 without a token, a 401/403 or returned tokens are left out.')).toBeVisible();
    await expect(page.getByText('Exported by Firefox 133.0.')).toBeVisible();

    await page.getByRole('textbox', TOKEN_BOX).fill(JSON.stringify(chromeHar(token)));
    await expect(page.getByText('2 of 3 requests listed; 1 without a token, a 401/403 or returned tokens are left out.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
  });

  test('a broken HAR gets a clear message', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('textbox', TOKEN_BOX).fill('{"log": {"version": "1.2", "creator": {"name": "x"}}}');
    await expect(page.getByRole('alert')).toContainText('This JSON is not a HAR file (no log.entries).');
    await page.getByRole('textbox', TOKEN_BOX).fill('{"log": {"entries": [');
    await expect(page.getByRole('alert')).toContainText('This HAR file is not valid JSON');
  });
});
