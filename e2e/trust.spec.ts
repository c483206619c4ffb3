// Issue 9: verdicts that cannot be fooled. Each test forges what an attacker would and shows the
// verdict a person sees; tokens are made here with Node's crypto and jose, independent of the app.
import { createHash, createHmac, createSign } from 'node:crypto';
import { decodeJwt, exportJWK, exportPKCS8, exportSPKI, generateKeyPair, importPKCS8, CompactSign } from 'jose';
import type { Page } from '@playwright/test';
import { test, expect, deepLink, type Issuer } from './support/fixtures';
import { rawJwe } from './support/tokens';
import { TEST_CERT_KEY_PKCS8_PEM, TEST_CERT_PEM } from '../src/core/verify/test-certificate.fixture';

const status = (page: Page) => page.getByRole('status');
const keyBox = (page: Page) => page.getByRole('textbox', { name: 'Verification key' });
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const pemBody = (pem: string) => pem.replace(/-----[A-Z ]+-----/g, '').trim();
const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function hs256(headerText: string, payloadSegment: string, key: string | Buffer): string {
  const input = `${b64(headerText)}.${payloadSegment}`;
  return `${input}.${createHmac('sha256', key).update(input).digest('base64url')}`;
}

async function rsaPair() {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { jwk: await exportJWK(publicKey), pem: await exportSPKI(publicKey), pkcs8: await exportPKCS8(privateKey) };
}

/** An RS256 token whose signature covers `signedHeader` while it ships `shippedHeader` (Entra's Graph pattern). */
function graphStyle(pkcs8: string, signedHeader: string, shippedHeader: string, claims: Record<string, unknown>): string {
  const payload = b64(JSON.stringify(claims));
  const signature = createSign('sha256')
    .update(`${b64(signedHeader)}.${payload}`)
    .sign(pkcs8, 'base64url');
  return `${b64(shippedHeader)}.${payload}.${signature}`;
}

async function offlineWithToken(page: Page, token: string) {
  // Offline mode first, so the Microsoft issuer's discovery is never requested from the test.
  await page.goto('./');
  await page.getByRole('switch', { name: /Offline mode/ }).click();
  await page.getByRole('textbox', { name: 'Token' }).fill(token);
}

test.describe('unencoded payloads (RFC 7797 b64:false)', () => {
  test('a correct HMAC over a literal payload is refused, never "Signature verified" over claims', async ({ page, issuer }) => {
    const claims = b64(JSON.stringify({ iss: issuer.issuer, sub: 'admin', roles: ['Global Administrator'] }));
    const token = hs256('{"alg":"HS256","typ":"JWT","b64":false,"crit":["b64"]}', claims, issuer.hmacSecret);
    await page.goto(deepLink(token));
    await keyBox(page).fill(issuer.hmacSecret);
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('"b64" to false (RFC 7797)');
    await expect(status(page)).not.toContainText('Signature verified');
  });
});

test.describe('public key material is never an HMAC secret', () => {
  test('a bare PEM body pasted as the key refuses an HS256 token signed with it, naming key confusion', async ({ page, issuer }) => {
    const body = pemBody(await issuer.publicPem('RS256'));
    await page.goto(deepLink(await issuer.sign({}, { alg: 'HS256', secret: body })));
    await keyBox(page).fill(body);
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('key-confusion attack');
    await expect(page.getByText('PEM content without its BEGIN/END lines')).toBeVisible();
  });

  test('the DER of a public key is refused whatever "Secret encoding" says', async ({ page, issuer }) => {
    const der = Buffer.from(pemBody(await issuer.publicPem('ES256')), 'base64');
    await page.goto(deepLink(hs256('{"alg":"HS256","typ":"JWT"}', b64(JSON.stringify({ iss: issuer.issuer, sub: 'x' })), der)));
    await page.getByRole('combobox', { name: 'Secret encoding' }).selectOption('base64');
    await keyBox(page).fill(der.toString('base64'));
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('key-confusion attack');
  });

  test('PEM armor that cannot be read is refused as a secret, naming key confusion', async ({ page, issuer }) => {
    const armorless = (await issuer.publicPem('RS256')).replace(/-----/g, '');
    await page.goto(deepLink(await issuer.sign({}, { alg: 'HS256', secret: armorless.trim() })));
    await keyBox(page).fill(armorless);
    await expect(status(page)).toContainText('Not verified');
    await expect(status(page)).toContainText('key-confusion attack');
    await expect(status(page)).not.toContainText('Signature verified');
  });
});

test.describe('Microsoft Graph nonce tokens', () => {
  const NONCE = 'AQABAAAAAAB2UyzwtQEKR7-rWbgdcBZIx3Hl0DEBm3Kr8VrNrOHN2Xv';
  const hashed = createHash('sha256').update(NONCE, 'utf8').digest('base64url');

  test('an Entra Graph token verifies after the transform and says so', async ({ page }) => {
    const pair = await rsaPair();
    const signed = `{"typ":"JWT","nonce":"${hashed}","alg":"RS256","kid":"g1"}`;
    const shipped = `{"typ":"JWT","nonce":"${NONCE}","alg":"RS256","kid":"g1"}`;
    await offlineWithToken(
      page,
      graphStyle(pair.pkcs8, signed, shipped, { iss: `https://sts.windows.net/${TID}/`, tid: TID, aud: 'https://graph.microsoft.com' }),
    );
    await keyBox(page).fill(JSON.stringify({ ...pair.jwk, kid: 'g1' }));
    await expect(status(page)).toContainText('Signature verified');
    await expect(status(page)).toContainText("Verified after Microsoft's nonce transform");
  });

  test('the same construction from another issuer is an invalid signature that never says "Microsoft"', async ({ page, issuer }) => {
    const pair = await rsaPair();
    const signed = `{"typ":"JWT","nonce":"${hashed}","alg":"RS256","kid":"g1"}`;
    const shipped = `{"typ":"JWT","nonce":"${NONCE}","alg":"RS256","kid":"g1"}`;
    await page.goto(deepLink(graphStyle(pair.pkcs8, signed, shipped, { iss: issuer.issuer, sub: 'x' })));
    await keyBox(page).fill(JSON.stringify({ ...pair.jwk, kid: 'g1' }));
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('not a Microsoft identity platform issuer');
    await expect(status(page)).not.toContainText("the signature is Microsoft's");
  });

  test('a header with a repeated member is not re-serialised into a valid one', async ({ page }) => {
    const pair = await rsaPair();
    const signed = JSON.stringify({ alg: 'RS256', kid: 'g1', nonce: hashed });
    // Only JSON.parse + JSON.stringify of this header gives the signed bytes (escaped nonce, alg twice).
    const shipped = `{"alg":"none","alg":"RS256","kid":"g1","nonce":"\\u0041${NONCE.slice(1)}"}`;
    await offlineWithToken(page, graphStyle(pair.pkcs8, signed, shipped, { iss: `https://sts.windows.net/${TID}/`, tid: TID }));
    await keyBox(page).fill(JSON.stringify({ ...pair.jwk, kid: 'g1' }));
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('A header is never re-written to make it verify');
  });
});

test.describe('certificates are bound to their keys', () => {
  async function certToken(): Promise<{ token: string; certKey: Record<string, unknown> }> {
    const key = await importPKCS8(TEST_CERT_KEY_PKCS8_PEM, 'ES256', { extractable: true });
    const token = await new CompactSign(new TextEncoder().encode('{"sub":"x"}')).setProtectedHeader({ alg: 'ES256', kid: 'c1' }).sign(key);
    const { kty, crv, x, y } = await exportJWK(key);
    return { token, certKey: { kty, crv, x, y } };
  }

  test('a JWK with its own certificate shows the certificate identity', async ({ page }) => {
    const { token, certKey } = await certToken();
    await page.goto(deepLink(token));
    await keyBox(page).fill(JSON.stringify({ keys: [{ ...certKey, kid: 'c1', x5c: [pemBody(TEST_CERT_PEM).replace(/\s+/g, '')] }] }));
    await expect(status(page)).toContainText('Signature verified');
    await expect(page.getByText('C=JP, O=Token Explorer Tests, CN=test-signer.example')).toBeVisible();
  });

  test("a certificate for another key is reported and its identity is not given to the JWK's key", async ({ page, issuer }) => {
    const token = await issuer.sign({}, { alg: 'ES256', kid: 'c1' });
    const jwk = await issuer.publicJwk('ES256');
    await page.goto(deepLink(token));
    await keyBox(page).fill(JSON.stringify({ keys: [{ ...jwk, kid: 'c1', x5c: [pemBody(TEST_CERT_PEM).replace(/\s+/g, '')] }] }));
    await expect(status(page)).toContainText('Signature verified');
    await expect(page.getByText('holds a different public key than this JWK')).toBeVisible();
    await expect(page.getByText('test-signer.example')).toHaveCount(0);
    await expect(page.getByText('certificate subject')).toHaveCount(0);
  });
});

test.describe('redirected key fetches', () => {
  async function forgedFor(victim: Issuer, attacker: Issuer): Promise<string> {
    // Claims say the victim issued it; the attacker's key signed it.
    return attacker.sign({ iss: victim.issuer, aud: victim.audience }, { alg: 'RS256' });
  }

  test('a JWKS URL that redirects elsewhere is refused and the final host is named', async ({ page, issuer, startExtraIssuer }) => {
    const attacker = await startExtraIssuer({ path: '/evil' });
    issuer.redirect('jwks', attacker.jwksUri);
    await page.goto(deepLink(await forgedFor(issuer, attacker)));
    await page.getByRole('textbox', { name: 'JWKS or discovery URL' }).fill(issuer.jwksUri);
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await expect(status(page)).toContainText(`redirected to ${attacker.jwksUri} (host ${new URL(attacker.origin).host})`);
    await expect(status(page)).not.toContainText('Signature verified');
  });

  test("discovery that redirects to another issuer's metadata is refused before any key is used", async ({
    page,
    issuer,
    startExtraIssuer,
  }) => {
    const attacker = await startExtraIssuer({ path: '/evil' });
    issuer.redirect('discovery', attacker.discoveryUrl);
    await page.goto(deepLink(await forgedFor(issuer, attacker)));
    await page.getByRole('button', { name: `Fetch keys from ${new URL(issuer.origin).host}` }).click();
    await expect(status(page)).toContainText(`redirected to ${attacker.discoveryUrl}`);
    await expect(status(page)).not.toContainText('Signature verified');
    expect(attacker.requests.filter((r) => r.resource === 'jwks')).toEqual([]);
  });
});

test.describe('share links are safe by default for every input shape', () => {
  test.beforeEach(async ({ context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  const copied = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
  const linkInput = (link: string) => decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));
  const tokenBox = (page: Page) => page.getByRole('textbox', { name: 'Token' });

  test('a token-endpoint response is shared without signatures or the refresh token', async ({ page, context, issuer }) => {
    const idToken = await issuer.sign({ name: 'Ada Lovelace', nonce: 'n' });
    const accessToken = await issuer.sign({ scp: 'read' }, { alg: 'ES256' });
    const response = {
      token_type: 'Bearer',
      expires_in: 3599,
      id_token: idToken,
      access_token: accessToken,
      refresh_token: '0.AXYAvery-secret-refresh-token-value',
    };
    await page.goto('./');
    await tokenBox(page).fill(JSON.stringify(response));
    await expect(page.getByRole('combobox', { name: 'Link contents' })).toHaveValue('unsigned');
    await expect(
      page.getByText('Left out of the link (usable credentials, or members not known to be safe): refresh_token.'),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Copy link' }).click();
    const shared = JSON.parse(linkInput(await copied(page))) as Record<string, string>;
    expect(shared['refresh_token']).toBeUndefined();
    expect(JSON.stringify(shared)).not.toContain('very-secret-refresh');
    for (const [name, original] of [
      ['id_token', idToken],
      ['access_token', accessToken],
    ] as const) {
      const [h, p] = original.split('.');
      expect(shared[name]).toBe(`${h}.${p}.`);
      // An independent reading of what the link carries: the same claims, no signature.
      expect(decodeJwt(`${h}.${p}.x`)).toEqual(decodeJwt(original));
    }
    const other = await context.newPage();
    await other.goto(await copied(page));
    await expect(other.getByRole('tab', { name: /ID token/ })).toBeVisible();
    await expect(other.getByRole('tab', { name: /Refresh token/i })).toHaveCount(0);
    await expect(other.getByRole('status')).toContainText('Not verified');
  });

  test('a token response: redacted masks every token, full asks first', async ({ page, issuer }) => {
    const idToken = await issuer.sign({ name: 'Ada Lovelace', email: 'ada@example.com' });
    const accessToken = await issuer.sign({ upn: 'ada@contoso.com', scp: 'read' });
    await page.goto('./');
    await page.evaluate(() => navigator.clipboard.writeText('before'));
    await tokenBox(page).fill(JSON.stringify({ id_token: idToken, access_token: accessToken, refresh_token: '0.AXYArefresh' }));
    const contents = page.getByRole('combobox', { name: 'Link contents' });
    await contents.selectOption('full');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByRole('dialog', { name: 'Put a usable credential in a link?' })).toContainText('refresh token');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await copied(page)).toBe('before');
    await contents.selectOption('redacted');
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => copied(page)).not.toBe('before');
    const shared = JSON.parse(linkInput(await copied(page))) as Record<string, string>;
    expect(Object.keys(shared)).toEqual(['id_token', 'access_token']);
    expect(decodeJwt(`${shared['id_token']}x`)).toMatchObject({ name: '[redacted]', email: '[redacted]' });
    expect(decodeJwt(`${shared['access_token']}x`)).toMatchObject({ upn: '[redacted]', scp: 'read' });
    expect(JSON.stringify(shared)).not.toContain('Lovelace');
  });

  test('a redirect fragment that arrived in the address is shared without its signature', async ({ page, issuer }) => {
    const idToken = await issuer.sign({ name: 'Redirected' });
    // An implicit-flow fragment with an opaque access token beside the ID token.
    await page.goto(`./#id_token=${idToken}&access_token=EwBoA8l6BAAUopaqueopaqueopaqueopaque&state=st-1`);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const shared = linkInput(await copied(page));
    const [h, p, s] = idToken.split('.');
    expect(shared).toContain(`id_token=${h}.${p}.`);
    expect(shared).not.toContain(s);
    expect(shared).not.toContain('opaqueopaque');
    expect(shared).toContain('state=st-1');
  });

  for (const [name, input] of [
    ['a JWE', () => rawJwe()],
    ['an opaque token', () => 'EwBoA8l6BAAUO9chh8cJscQLmU+LSWpbnr0vmwwAAcRNzGLsecretsecret'],
  ] as const) {
    test(`${name} is put in a link only after confirmation`, async ({ page }) => {
      await page.goto('./');
      await page.evaluate(() => navigator.clipboard.writeText('before'));
      await tokenBox(page).fill(input());
      await expect(page.getByRole('combobox', { name: 'Link contents' })).toHaveCount(0);
      await page.getByRole('button', { name: 'Copy link' }).click();
      const dialog = page.getByRole('dialog', { name: 'Put a usable credential in a link?' });
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      expect(await copied(page)).toBe('before');
      await page.getByRole('button', { name: 'Copy link' }).click();
      await page.getByRole('button', { name: 'Copy full token link' }).click();
      await expect.poll(() => copied(page)).not.toBe('before');
      expect(linkInput(await copied(page))).toBe(input());
    });
  }

  for (const [name, input] of [
    ['a private JWK', async () => JSON.stringify(await exportJWK((await generateKeyPair('ES256', { extractable: true })).privateKey))],
    ['a PEM private key', async () => TEST_CERT_KEY_PKCS8_PEM],
  ] as const) {
    test(`${name} pasted into the Token box is never put in a link`, async ({ page }) => {
      await page.goto('./');
      await tokenBox(page).fill(await input());
      await expect(page.getByText('This input holds a private or secret key, so it is never put in a link.')).toBeVisible();
      await expect(page.getByRole('button', { name: 'Copy link' })).toHaveCount(0);
    });
  }

  test('a redacted link masks personal claims behind a byte-order mark', async ({ page, issuer }) => {
    const payload = `\uFEFF{"iss":"${issuer.issuer}","sub":"s1","name":"Ada Lovelace","email":"ada@example.com"}`;
    await page.goto('./');
    await tokenBox(page).fill(`${b64('{"alg":"RS256","typ":"JWT"}')}.${b64(payload)}.c2lnbmF0dXJl`);
    await page.getByRole('combobox', { name: 'Link contents' }).selectOption('redacted');
    await page.getByRole('button', { name: 'Copy link' }).click();
    const shared = linkInput(await copied(page));
    const claims = Buffer.from(shared.split('.')[1] ?? '', 'base64url').toString('utf8');
    expect(JSON.parse(claims)).toEqual({ iss: issuer.issuer, sub: 's1', name: '[redacted]', email: '[redacted]' });
    expect(shared.split('.')[2]).toBe('');
  });

  test('a payload that cannot be masked gets no redacted link, and the page says so', async ({ page }) => {
    await page.goto('./');
    await tokenBox(page).fill(`${b64('{"alg":"RS256"}')}.${b64('Ada Lovelace <ada@example.com>')}.c2lnbmF0dXJl`);
    await expect(page.getByRole('option', { name: 'Without signature, personal claims masked' })).toBeDisabled();
    await expect(page.getByText('personal claims cannot be masked: no redacted link is offered')).toBeVisible();
  });
});
