import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import {
  CompactEncrypt,
  CompactSign,
  compactVerify,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  jwtVerify,
  type JWK,
} from 'jose';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, deepLink } from './support/fixtures';
import { RFC7520_JWE_VECTORS } from '../src/core/jwe/rfc7520-jwe.fixture';

const box = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });
/** WCAG 2.1 A/AA violations axe finds on the page as it is now. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return found.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
}

const views = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function signedToken(page: Page): Promise<string> {
  await expect(box(page, 'Signed token')).toHaveValue(/^eyJ[\w-]*\.[\w-]+\.[\w-]+$/);
  return box(page, 'Signed token').inputValue();
}

async function generate(page: Page, alg: string): Promise<{ token: string; privateJwk: JWK; jwks: { keys: JWK[] } }> {
  await page.getByRole('combobox', { name: 'Algorithm' }).selectOption(alg);
  await page.getByRole('button', { name: 'Generate key pair' }).click();
  await expect(box(page, 'Signing key')).toHaveValue(/"d"/);
  await expect(box(page, 'Public key')).toHaveValue(/"keys"/);
  const token = await signedToken(page);
  return {
    token,
    privateJwk: JSON.parse(await box(page, 'Signing key').inputValue()) as JWK,
    jwks: JSON.parse(await box(page, 'Public key').inputValue()) as { keys: JWK[] },
  };
}

/** A tiny API that authorizes like a correct one: its own JWKS, pinned issuer and audience. */
async function startApi(jwks: { keys: JWK[] }, issuer: string, audience: string): Promise<{ url: string; server: Server }> {
  const keySet = createLocalJWKSet(jwks);
  const server = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
    jwtVerify(token, keySet, { issuer, audience })
      .then(() => res.writeHead(200).end('ok'))
      .catch(() => res.writeHead(401, { 'WWW-Authenticate': 'Bearer error="invalid_token"' }).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`, server };
}

test.describe('Create view', () => {
  test('signs with a generated key: jose in Node verifies it with a key Node derives from the private JWK; "Public key" holds only public members', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('./#create');
    await expect(views(page).getByRole('link', { name: 'Create' })).toHaveAttribute('aria-current', 'page');
    const { token, privateJwk, jwks } = await generate(page, 'ES384');
    expect(await box(page, 'Header').inputValue()).toContain('"alg": "ES384"');
    const nodePublic = createPublicKey(createPrivateKey({ key: privateJwk as never, format: 'jwk' }));
    const { protectedHeader } = await compactVerify(token, nodePublic, { algorithms: ['ES384'] });
    const [published] = jwks.keys;
    for (const member of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(published).not.toHaveProperty(member);
    expect(published?.kid).toBe(protectedHeader.kid);
    await compactVerify(token, await importJWK(published as JWK, 'ES384'));
    await compactVerify(token, createPublicKey(await box(page, 'Public key (PEM)').inputValue()));
    // The payload signed is the payload shown.
    expect(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString())).toEqual(
      JSON.parse(await box(page, 'Payload').inputValue()),
    );
    expect(consoleErrors).toEqual([]);
  });

  test('a JSON error names the part, line and column; a public key or a key of the wrong type gets a clear message', async ({ page }) => {
    await page.goto('./#create');
    await box(page, 'Payload').fill('{\n  "sub": "a"\n  "aud": "b"\n}');
    await expect(page.getByRole('alert').filter({ hasText: 'Payload: JSON syntax error at line 3, column 3.' })).toBeVisible();
    await box(page, 'Payload').fill('{"sub":"a","sub":"b"}');
    await expect(page.getByRole('alert').filter({ hasText: 'Payload: the member "sub" appears twice.' })).toBeVisible();
    await box(page, 'Header').fill('[]');
    await expect(page.getByRole('alert').filter({ hasText: 'Header: must be a JSON object' })).toBeVisible();
    await box(page, 'Header').fill('{"alg":"RS256","typ":"JWT"}');
    await box(page, 'Payload').fill('{"sub":"a"}');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await box(page, 'Signing key').fill(String(rsa.publicKey.export({ format: 'pem', type: 'spki' })));
    await expect(page.getByRole('alert').filter({ hasText: 'This is a public key: signing needs the private key' })).toBeVisible();
    await box(page, 'Signing key').fill(
      String(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'pem', type: 'sec1' })),
    );
    await expect(page.getByRole('alert').filter({ hasText: 'This key is of another type than the algorithm needs' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Signed token' })).toHaveCount(0);
    // No kit from a key that cannot sign: the button waits for one that can.
    await expect(page.getByRole('button', { name: 'Make test tokens' })).toBeDisabled();
  });

  test('a pasted PKCS#1 RSA private key signs PS256, and a short HMAC secret signs HS512 with the RFC 7518 warning', async ({ page }) => {
    await page.goto('./#create');
    const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('PS256');
    await box(page, 'Signing key').fill(String(rsa.privateKey.export({ format: 'pem', type: 'pkcs1' })));
    await compactVerify(await signedToken(page), rsa.publicKey, { algorithms: ['PS256'] });
    await page.getByRole('combobox', { name: 'Algorithm' }).selectOption('HS512');
    await box(page, 'Signing key').fill('short-secret-of-32-bytes-exactly');
    await expect(
      page.getByRole('alert').filter({ hasText: 'This secret is 32 bytes; RFC 7518 section 3.2 requires at least 64 bytes' }),
    ).toBeVisible();
    const hs = await signedToken(page);
    await compactVerify(hs, new TextEncoder().encode('short-secret-of-32-bytes-exactly'), { algorithms: ['HS512'] });
    await expect(page.getByText('An HMAC secret has no public key')).toBeVisible();
  });

  test('"Open in explorer" shows the new token with its public key in "Verification key" and reads "Signature verified"', async ({
    page,
    consoleErrors,
  }) => {
    await page.goto('./#create');
    const { token } = await generate(page, 'EdDSA');
    await page.getByRole('button', { name: 'Open in explorer' }).click();
    await expect(box(page, 'Token')).toHaveValue(token);
    await expect(page.getByRole('status').first()).toContainText('Signature verified');
    const key = await box(page, 'Verification key').inputValue();
    expect(key).toContain('"keys"');
    expect(key).not.toContain('"d"');
    // The Create link works again after the switch.
    await views(page).getByRole('link', { name: 'Create' }).click();
    await expect(box(page, 'Header')).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test('"From the current token" starts from the explorer\'s token with every claim kept, its kid following the key, and verifies when opened', async ({
    page,
    issuer,
  }) => {
    const token = await issuer.sign({ name: 'From Explorer', roles: ['Orders.Read'] });
    await page.goto(deepLink(token));
    await views(page).getByRole('link', { name: 'Create' }).click();
    const { jwks } = await generate(page, 'ES256');
    await page.getByRole('button', { name: 'From the current token' }).click();
    const payload = JSON.parse(await box(page, 'Payload').inputValue()) as Record<string, unknown>;
    expect(payload).toEqual(JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()));
    const header = JSON.parse(await box(page, 'Header').inputValue()) as Record<string, unknown>;
    expect(header['kid']).toBe(jwks.keys[0]?.kid);
    expect(header['alg']).toBe('ES256'); // the issuer signed RS256; the chosen algorithm and key stay
    await page.getByRole('button', { name: 'Set iat and nbf to now, exp to now + lifetime' }).click();
    const timed = JSON.parse(await box(page, 'Payload').inputValue()) as Record<string, number>;
    expect((timed['exp'] ?? 0) - (timed['iat'] ?? 0)).toBe(3600);
    expect(Math.abs((timed['iat'] ?? 0) - Date.now() / 1000)).toBeLessThan(60);
    const signed = await signedToken(page);
    expect(JSON.parse(Buffer.from(signed.split('.')[1] ?? '', 'base64url').toString())).toEqual(timed);
    await page.getByRole('button', { name: 'Open in explorer' }).click();
    await expect(page.getByRole('status').first()).toContainText('Signature verified');
  });

  test('"Make test tokens": a correct API the test runs refuses every kit token with 401 and accepts the control; curl lines and the JSON file carry them', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#create');
    const { jwks } = await generate(page, 'ES256');
    const payload = JSON.parse(await box(page, 'Payload').inputValue()) as { iss: string; aud: string };
    const api = await startApi(jwks, payload.iss, payload.aud);
    try {
      await page.getByRole('button', { name: 'Make test tokens' }).click();
      await expect(page.getByText('These tokens are for testing your own API.')).toBeVisible();
      await box(page, 'API URL').fill(api.url);
      const list = page.getByRole('list', { name: 'Negative-test kit' });
      await expect(list.getByRole('listitem')).toHaveCount(1 + 16); // control, 4 claim faults, 4 none casings, 8 signature and header attacks
      await expect(list.getByText('Expected answer: 401 Unauthorized')).toHaveCount(16);
      await expect(list.getByText(`curl -H "Authorization: Bearer eyJ`).first()).toBeVisible();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Download JSON' }).click();
      const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
        apiUrl: string;
        control: { token: string; expectedStatus: number };
        tokens: { id: string; label: string; expectedStatus: number; token: string }[];
      };
      expect(file.apiUrl).toBe(api.url);
      const send = (token: string) => fetch(api.url, { headers: { Authorization: `Bearer ${token}` } }).then((r) => r.status);
      expect(await send(file.control.token)).toBe(200);
      const labels = file.tokens.map((t) => t.label);
      for (const label of [
        'Expired',
        'Not yet valid',
        'Wrong audience',
        'Wrong issuer',
        'alg: none',
        'Key confusion: HS256 signed with the public key',
        'Signature bit flipped',
        'Unknown kid',
        'Embedded attacker jwk',
        'jku pointing elsewhere',
        'Unknown crit',
        'Empty signature',
        'ECDSA r = s = 0',
      ])
        expect(labels).toContain(label);
      // "Copy curl" on the Expired item gives the full command for that token and the typed URL.
      await list.getByRole('listitem').filter({ hasText: 'Expired' }).getByRole('button', { name: 'Copy curl' }).click();
      const expired = file.tokens.find((t) => t.id === 'expired')?.token ?? '';
      await expect
        .poll(() => page.evaluate(() => navigator.clipboard.readText()))
        .toBe(`curl -H "Authorization: Bearer ${expired}" '${api.url}'`);
      for (const t of file.tokens) {
        expect(t.expectedStatus).toBe(401);
        expect(await send(t.token), t.id).toBe(401);
      }
    } finally {
      api.server.close();
    }
  });

  test('"Copy link" carries the header and payload only; the key is never stored or sent and is gone on reload', async ({
    page,
    context,
    pageRequests,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('./#create');
    const { privateJwk } = await generate(page, 'RS256');
    const d = String(privateJwk.d);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('#create=');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    const [h, p, ...rest] = link.split('#create=')[1]?.split('.') ?? [];
    expect(rest).toEqual([]);
    expect(JSON.parse(Buffer.from(h ?? '', 'base64url').toString())).toEqual(JSON.parse(await box(page, 'Header').inputValue()));
    expect(JSON.parse(Buffer.from(p ?? '', 'base64url').toString())).toEqual(JSON.parse(await box(page, 'Payload').inputValue()));
    expect(link).not.toContain(d.slice(0, 20));
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(d.slice(0, 20));
    expect(pageRequests.join(' ')).not.toContain(d.slice(0, 20));
    // The link reopens the same header and payload, with an empty key box.
    await page.goto(link);
    await page.reload();
    await expect(box(page, 'Payload')).toBeVisible();
    expect(JSON.parse(await box(page, 'Payload').inputValue())).toEqual(JSON.parse(Buffer.from(p ?? '', 'base64url').toString()));
    await expect(box(page, 'Signing key')).toHaveValue('');
  });
});

test.describe('Japanese', () => {
  test('the Create view and its messages read in Japanese, and signing still works', async ({ page, consoleErrors }) => {
    await page.goto('./#create');
    await page.getByRole('combobox', { name: 'Language' }).selectOption('ja');
    await expect(page.getByRole('heading', { name: 'トークンを作成' })).toBeVisible();
    await page.getByRole('button', { name: '鍵ペアを生成' }).click();
    await expect(box(page, '署名済みトークン')).toHaveValue(/^eyJ/);
    await box(page, 'ペイロード').fill('{"a":1,}');
    await expect(page.getByRole('alert').filter({ hasText: 'ペイロード: 1 行 8 列目に JSON の構文エラーがあります。' })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('accessibility of the new controls', () => {
  test('axe finds no WCAG 2.1 A/AA violation in Create with a key, errors and the kit shown, nor in the decrypted JWE view', async ({
    page,
  }) => {
    await page.goto('./#create');
    await generate(page, 'ES256');
    await page.getByRole('button', { name: 'Make test tokens' }).click();
    await expect(page.getByRole('list', { name: 'Negative-test kit' })).toBeVisible();
    await box(page, 'Payload').fill('{');
    await expect(page.getByRole('alert').filter({ hasText: 'Payload: JSON syntax error' })).toBeVisible();
    expect(await violations(page)).toEqual([]);
    const dir = RFC7520_JWE_VECTORS.find((v) => v.section === '5.6');
    await page.goto(deepLink(dir?.compact ?? ''));
    await box(page, 'Decryption key').fill((dir?.key as Record<string, string>)['k'] ?? '');
    await expect(page.getByLabel('Plaintext')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
});

test.describe('JWE "Decryption key" in the explorer', () => {
  test('decrypts RFC 7520 5.6 (dir, A128GCM) and names RFC 7520 5.1 RSA1_5 as unsupported', async ({ page }) => {
    const dir = RFC7520_JWE_VECTORS.find((v) => v.section === '5.6');
    const rsa15 = RFC7520_JWE_VECTORS.find((v) => v.section === '5.1');
    await page.goto(deepLink(dir?.compact ?? ''));
    await expect(page.getByRole('status').first()).toContainText('Encrypted token');
    await box(page, 'Decryption key').fill((dir?.key as Record<string, string>)['k'] ?? '');
    await expect(page.getByLabel('Plaintext')).toHaveText(dir?.plaintext ?? 'x');
    await box(page, 'Decryption key').fill('AAAAAAAAAAAAAAAAAAAAAA');
    await expect(page.getByRole('alert').filter({ hasText: 'Decryption failed: the key is not the right one' })).toBeVisible();
    await page.goto(deepLink(rsa15?.compact ?? ''));
    await box(page, 'Decryption key').fill(JSON.stringify(rsa15?.key));
    await expect(page.getByRole('alert').filter({ hasText: 'The key management algorithm "RSA1_5" is not supported here.' })).toBeVisible();
  });

  test('a nested JWT (cty: JWT) is shown decoded and verifies like any other token', async ({ page }) => {
    const signer = await generateKeyPair('ES256', { extractable: true });
    const claims = { iss: 'https://nested.invalid', sub: 'inner-subject', aud: 'api://nested', exp: Math.floor(Date.now() / 1000) + 600 };
    const inner = await new CompactSign(new TextEncoder().encode(JSON.stringify(claims)))
      .setProtectedHeader({ alg: 'ES256', typ: 'JWT' })
      .sign(signer.privateKey);
    const recipient = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwe = await new CompactEncrypt(new TextEncoder().encode(inner))
      .setProtectedHeader({ alg: 'RSA-OAEP-256', enc: 'A256GCM', cty: 'JWT' })
      .encrypt(recipient.publicKey);
    await page.goto(deepLink(jwe));
    await box(page, 'Decryption key').fill(String(recipient.privateKey.export({ format: 'pem', type: 'pkcs8' })));
    await expect(page.getByText('Inner token (cty: JWT), decoded and verifiable below:')).toBeVisible();
    await expect(page.getByText('"inner-subject"').first()).toBeVisible();
    await box(page, 'Verification key').fill(JSON.stringify(await exportJWK(signer.publicKey)));
    await expect(page.getByRole('status').filter({ hasText: 'Signature verified' })).toBeVisible();
  });
});
