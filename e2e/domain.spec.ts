import { test, expect, deepLink, type Issuer } from './support/fixtures';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, jwtVerify, SignJWT, createLocalJWKSet } from 'jose';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status');
const checkRow = (page: Page, name: RegExp) => page.getByRole('row', { name });
const host = (issuer: Issuer) => new URL(issuer.origin).host;

async function offlineMode(page: Page): Promise<void> {
  await page.addInitScript(() => localStorage.setItem('token-explorer.offline-mode', 'on'));
}

test.describe('azp is compared with the client ID, not the audience (OIDC Core 3.1.3.7)', () => {
  test('a v2-style access token checked against its own API no longer reports an azp mismatch', async ({ page, issuer }) => {
    const token = await issuer.sign({ azp: 'client-app-1234', scp: 'read', ver: '2.0' });
    await page.goto(deepLink(token));
    await page.getByRole('button', { name: `Fetch keys from ${host(issuer)}` }).click();
    await expect(status(page)).toContainText('Signature verified');
    await page.getByRole('textbox', { name: 'Expected audience' }).fill(issuer.audience);
    await expect(checkRow(page, /Audience \(aud\)/)).toContainText('pass: matches');
    await expect(checkRow(page, /Authorized party \(azp\)/)).toContainText('nothing to compare with');
    await expect(checkRow(page, /Authorized party \(azp\)/)).not.toContainText('fail');
    await page.getByRole('textbox', { name: 'Expected client ID' }).fill('client-app-1234');
    await expect(checkRow(page, /Authorized party \(azp\)/)).toContainText('pass: matches');
    await page.getByRole('textbox', { name: 'Expected client ID' }).fill('another-client');
    await expect(checkRow(page, /Authorized party \(azp\)/)).toContainText('fail: does not match');
  });
});

test.describe('agent identity tokens (Entra Agent ID)', () => {
  test('an autonomous agent token is labelled and its facets are named, not "undocumented"', async ({ page }) => {
    await offlineMode(page);
    const { privateKey } = await generateKeyPair('RS256');
    const tenant = '00000001-0000-0ff1-ce00-000000000000';
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({
      aud: 'f2510d34-8dca-4ab8-a0bc-aaec4d3a3e36',
      iss: `https://sts.windows.net/${tenant}/`,
      appid: 'aaaaaaaa-1111-2222-3333-444444444444',
      appidacr: '2',
      idtyp: 'app',
      oid: 'bbbbbbbb-1111-2222-3333-444444444444',
      sub: 'cccccccc-1111-2222-3333-444444444444',
      tid: tenant,
      ver: '1.0',
      scp: '/',
      xms_act_fct: '3 9 11',
      xms_idrel: '7 10',
      xms_sub_fct: '9 3 11',
      xms_tnt_fct: '3 9',
      xms_par_app_azp: '30cf4c22-9985-4ef7-8756-91cc888176bd',
      iat: now,
      nbf: now,
      exp: now + 3600,
    })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'agent-key' })
      .sign(privateKey);
    await page.goto(deepLink(token));
    const summary = page.locator('p').filter({ hasText: /^This token:/ });
    await expect(summary).toContainText('agent identity acting on its own');
    // scp "/" is the unscoped marker of app-only agent tokens, not a delegated permission.
    await expect(summary).toContainText('app-only (no user)');
    const claims = page.getByRole('table', { name: /Every claim in the payload/ });
    const idrel = claims.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'xms_idrel' }) });
    await expect(idrel).toContainText('Service principal');
    await expect(idrel).not.toContainText('not publicly documented');
    const parent = claims.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: 'xms_par_app_azp' }) });
    await expect(parent.getByRole('cell').nth(2)).toHaveText(/Never/);
  });
});

test.describe('Azure AD B2C error codes', () => {
  test('an AADB2C code in an error redirect is explained offline with what to do', async ({ page, consoleErrors }) => {
    await page.goto(
      './#error=access_denied&error_description=AADB2C90118%3a+The+user+has+forgotten+their+password.%0d%0aTimestamp%3a+2026-01-01',
    );
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /AADB2C90118/ }) });
    await expect(item).toContainText('Forgot your password?');
    await expect(item).toContainText('password-reset user flow');
    await expect(item.getByRole('link', { name: /B2C error-code reference/ })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/azure/active-directory-b2c/error-codes',
    );
    expect(consoleErrors).toEqual([]);
  });

  test('an AADSTS code outside the common list still gets a one-line meaning', async ({ page }) => {
    await page.goto('./');
    await page
      .getByRole('textbox', { name: 'Token' })
      .fill('{"error":"invalid_request","error_description":"AADSTS81010: Seamless SSO failed","error_codes":[81010]}');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /AADSTS81010/ }) });
    await expect(item).toContainText('Kerberos ticket is expired or invalid');
    await expect(item).not.toContainText('Not in the offline list');
  });
});

/** A DPoP-protected request (RFC 9449 §7.1) built in the test, with an independent check in Node. */
async function dpopRequest(bound: boolean) {
  const client = await generateKeyPair('ES256', { extractable: true });
  const issuerKey = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(client.publicKey);
  const jkt = await calculateJwkThumbprint(jwk, 'sha256');
  const now = Math.floor(Date.now() / 1000);
  const accessToken = await new SignJWT({ sub: 'user-1', scope: 'read', ...(bound ? { cnf: { jkt } } : {}) })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: 'as-key' })
    .setIssuer('https://as.example.test')
    .setAudience('https://resource.example.test')
    .setIssuedAt(now)
    .setExpirationTime(now + 600)
    .sign(issuerKey.privateKey);
  const ath = createHash('sha256').update(accessToken).digest('base64url');
  const proof = await new SignJWT({ htm: 'GET', htu: 'https://resource.example.test/protected', iat: now, jti: `j-${now}`, ath })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
    .sign(client.privateKey);
  // Independent verifier: the proof verifies with its own key, and the binding holds only when bound.
  const verified = await jwtVerify(proof, createLocalJWKSet({ keys: [jwk] }), { typ: 'dpop+jwt' });
  expect(verified.payload['ath']).toBe(ath);
  const text = `GET /protected HTTP/1.1\nHost: resource.example.test\nAuthorization: DPoP ${accessToken}\nDPoP: ${proof}`;
  return { text, jkt };
}

test.describe('DPoP requests (RFC 9449)', () => {
  test('a bound request passes ath and the key binding, with the proof key thumbprint shown', async ({ page }) => {
    await offlineMode(page);
    const { text, jkt } = await dpopRequest(true);
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(text);
    await expect(page.getByRole('tab', { name: 'DPoP proof' })).toBeVisible();
    await expect(checkRow(page, /Proof for this token \(ath\)/)).toContainText('pass: matches');
    await expect(checkRow(page, /Key binding \(cnf\)/)).toContainText('pass: matches');
    await expect(checkRow(page, /Key binding \(cnf\)/)).toContainText(jkt);
    await expect(checkRow(page, /DPoP proof signature/)).toContainText('valid with the embedded key');
    await expect(checkRow(page, /Proof method \(htm\)/)).toContainText('pass: matches');
    await expect(checkRow(page, /Proof URL \(htu\)/)).toContainText('pass: matches');
    // The proof's own key never vouches for the access token.
    await expect(status(page)).not.toContainText('Signature verified');
  });

  test('an unbound access token fails the key binding', async ({ page }) => {
    await offlineMode(page);
    const { text } = await dpopRequest(false);
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(text);
    await expect(checkRow(page, /Key binding \(cnf\)/)).toContainText('fail: the access token names no key');
    await expect(checkRow(page, /Proof for this token \(ath\)/)).toContainText('pass: matches');
  });
});
