import { test, expect, deepLink, type Issuer } from './support/fixtures';
import { ASYMMETRIC_ALGS } from './support/issuer-server.mjs';
import type { Page } from '@playwright/test';

const host = (issuer: Issuer) => new URL(issuer.origin).host;
const status = (page: Page) => page.getByRole('status');

async function openAndFetch(page: Page, issuer: Issuer, token: string) {
  await page.goto(deepLink(token));
  await page.getByRole('button', { name: `Fetch keys from ${host(issuer)}` }).click();
}

test.describe("verifying against the issuer's published keys", () => {
  for (const alg of ASYMMETRIC_ALGS) {
    test(`${alg} verifies end to end from a #token= deep link`, async ({ page, issuer, consoleErrors }) => {
      const token = await issuer.sign({ name: `signed with ${alg}` }, { alg });
      await openAndFetch(page, issuer, token);
      await expect(status(page)).toContainText('Signature verified');
      await expect(page.getByText(issuer.kidFor(alg), { exact: true })).toBeVisible();
      await expect(page.getByText(issuer.jwksUri, { exact: true })).toBeVisible();
      expect(consoleErrors).toEqual([]);
    });
  }

  test('nothing is requested from an unknown issuer until the button is pressed', async ({ page, issuer }) => {
    const token = await issuer.sign();
    await page.goto(deepLink(token));
    await expect(status(page)).toContainText('Not verified');
    await expect(status(page)).toContainText(`The issuer ${host(issuer)} is not one Token Explorer contacts on its own`);
    await page.waitForTimeout(300);
    expect(issuer.requests).toEqual([]);
    await page.getByRole('button', { name: `Fetch keys from ${host(issuer)}` }).click();
    await expect(status(page)).toContainText('Signature verified');
    expect(issuer.requests.map((r) => r.resource)).toEqual(['discovery', 'jwks']);
  });

  test('a tampered token is an invalid signature, with the decoded view intact', async ({ page, issuer }) => {
    const token = await issuer.sign({ name: 'Original' });
    const [h, , s] = token.split('.') as [string, string, string];
    const forged = Buffer.from(JSON.stringify({ iss: issuer.issuer, aud: issuer.audience, sub: 'e2e-user', name: 'Forged' })).toString(
      'base64url',
    );
    await openAndFetch(page, issuer, `${h}.${forged}.${s}`);
    await expect(status(page)).toContainText('Invalid signature');
    await expect(page.getByText('"Forged"')).toBeVisible();
  });

  test('a rotated key is found after one refetch of the JWKS', async ({ page, issuer }) => {
    await issuer.prepareRotation({ publishAfterJwksFetches: 1 });
    const token = await issuer.sign({}, { key: 'pending' });
    await openAndFetch(page, issuer, token);
    await expect(status(page)).toContainText('Signature verified');
    expect(issuer.requests.filter((r) => r.resource === 'jwks')).toHaveLength(2);
  });

  test('a kid that stays missing says "Key not found" with the kids that exist', async ({ page, issuer }) => {
    await issuer.prepareRotation();
    const token = await issuer.sign({}, { key: 'pending' });
    await openAndFetch(page, issuer, token);
    await expect(status(page)).toContainText('Key not found');
    await expect(page.getByText(/kids in the key set: .*rs256-1/)).toBeVisible();
    await expect(page.getByText('The key set was fetched again in case the keys rotated; the kid is still missing.')).toBeVisible();
    await expect(page.getByText(/add \?appid=<client id> to the discovery URL/)).toBeVisible();
    expect(issuer.requests.filter((r) => r.resource === 'jwks')).toHaveLength(2);
  });

  test('a discovery issuer that differs from iss is shown, not ignored', async ({ page, issuer }) => {
    issuer.setDiscoveryIssuer('https://impostor.example/tenant-a');
    await openAndFetch(page, issuer, await issuer.sign());
    await expect(status(page)).toContainText("The metadata issuer differs from the token's iss");
    await expect(page.getByRole('row', { name: /Issuer \(iss\)/ })).toContainText('fail: does not match');
  });
});

test.describe("when the issuer's server misbehaves, the message names the URL and the decoded view stays", () => {
  const cases: [string, 'discovery' | 'jwks', '404' | '500' | 'invalid-json' | 'no-cors', RegExp][] = [
    ['discovery answering 404', 'discovery', '404', /answered HTTP 404/],
    ['discovery answering 500', 'discovery', '500', /answered HTTP 500/],
    ['discovery answering invalid JSON', 'discovery', 'invalid-json', /did not answer with JSON/],
    ['JWKS without a CORS header', 'jwks', 'no-cors', /blocked \(most often by CORS/],
    ['JWKS answering 500', 'jwks', '500', /answered HTTP 500/],
  ];
  for (const [name, resource, mode, message] of cases) {
    test(name, async ({ page, issuer }) => {
      issuer.setMode(resource, mode);
      await openAndFetch(page, issuer, await issuer.sign({ name: 'Still readable' }));
      await expect(status(page)).toContainText(message, { timeout: 10_000 });
      await expect(status(page)).toContainText('Not verified');
      await expect(page.getByText('"Still readable"')).toBeVisible();
    });
  }

  test.describe('slow answers', () => {
    test.use({ issuerOptions: { slowMs: 12_000 } });
    test('a JWKS that answers too slowly times out with a message', async ({ page, issuer }) => {
      issuer.setMode('jwks', 'slow');
      await openAndFetch(page, issuer, await issuer.sign({ name: 'Patient' }));
      await expect(status(page)).toContainText('Fetching keys from');
      await expect(status(page)).toContainText(`${issuer.jwksUri} did not answer in time.`, { timeout: 12_000 });
      await expect(page.getByText('"Patient"')).toBeVisible();
    });
  });
});

test.describe('pasted keys', () => {
  test('a pasted JWKS verifies with the network off', async ({ page, context, issuer }) => {
    const token = await issuer.sign({}, { alg: 'ES256' });
    await page.goto(deepLink(token));
    const keyBox = page.getByRole('textbox', { name: 'Verification key' });
    await keyBox.waitFor();
    await context.setOffline(true);
    await keyBox.fill(JSON.stringify(issuer.jwks()));
    await expect(status(page)).toContainText('Signature verified');
    await expect(page.getByText('pasted', { exact: true })).toBeVisible();
    expect(issuer.requests).toEqual([]);
  });

  test('a pasted PEM public key verifies', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({}, { alg: 'PS384' })));
    await page.getByRole('textbox', { name: 'Verification key' }).fill(await issuer.publicPem('PS384'));
    await expect(status(page)).toContainText('Signature verified');
  });

  test('an HMAC secret verifies, and a wrong one does not', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign({}, { alg: 'HS256' })));
    const key = page.getByRole('textbox', { name: 'Verification key' });
    await key.fill(issuer.hmacSecret);
    await expect(status(page)).toContainText('Signature verified');
    await key.fill(`${issuer.hmacSecret}x`);
    await expect(status(page)).toContainText('Invalid signature');
  });

  test('HS256 "signed" with the public key is refused as key confusion', async ({ page, issuer }) => {
    const pem = await issuer.publicPem('RS256');
    await page.goto(deepLink(await issuer.sign({}, { alg: 'HS256', secret: pem })));
    await page.getByRole('textbox', { name: 'Verification key' }).fill(pem);
    await expect(status(page)).toContainText('Invalid signature');
    await expect(status(page)).toContainText('key-confusion attack');
  });

  test('malformed key material gets a clear message', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await page.getByRole('textbox', { name: 'Verification key' }).fill('{"kty":"RSA","n":"abc"}');
    await expect(status(page)).toContainText('The JWK lacks a required member');
    await page.getByRole('textbox', { name: 'Verification key' }).fill('-----BEGIN PUBLIC KEY-----\n%%%%\n-----END PUBLIC KEY-----');
    await expect(status(page)).toContainText('The PEM body is not valid base64.');
  });

  test('a typed JWKS URL is fetched and used', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await page.getByRole('textbox', { name: 'JWKS or discovery URL' }).fill(issuer.jwksUri);
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await expect(status(page)).toContainText('Signature verified');
    expect(issuer.requests.map((r) => r.resource)).toEqual(['jwks']);
  });

  test('a typed http URL to a non-local host is refused before any request', async ({ page, issuer }) => {
    await page.goto(deepLink(await issuer.sign()));
    await page.getByRole('textbox', { name: 'JWKS or discovery URL' }).fill('http://keys.example.com/jwks');
    await page.getByRole('button', { name: 'Fetch', exact: true }).click();
    await expect(status(page)).toContainText('http is only allowed for localhost');
  });
});

test.describe('claim checks', () => {
  test('an expected audience that differs fails the aud check while the signature verifies', async ({ page, issuer }) => {
    await openAndFetch(page, issuer, await issuer.sign());
    await page.getByRole('textbox', { name: 'Expected audience' }).fill('api://someone-else');
    await expect(status(page)).toContainText('Signature verified');
    await expect(page.getByRole('row', { name: /Audience \(aud\)/ })).toContainText('fail: does not match');
  });

  test('an expired token verifies but fails the exp check', async ({ page, issuer }) => {
    const token = await issuer.sign({}, { now: Math.floor(Date.now() / 1000) - 7200 });
    await openAndFetch(page, issuer, token);
    await expect(status(page)).toContainText('Signature verified');
    await expect(page.getByRole('row', { name: /Expiry \(exp\)/ })).toContainText('fail: expired');
  });

  test('one clock-skew setting serves the checks and the timeline', async ({ page, issuer }) => {
    const token = await issuer.sign({}, { now: Math.floor(Date.now() / 1000) - 3600 - 600 });
    await page.goto(deepLink(token));
    await expect(page.getByRole('row', { name: /Expiry \(exp\)/ })).toContainText('fail: expired');
    await page.getByRole('spinbutton', { name: 'Clock skew (minutes)' }).fill('30');
    await expect(page.getByRole('row', { name: /Expiry \(exp\)/ })).toContainText('expired, but within the clock skew');
    await expect(page.getByRole('spinbutton', { name: 'Clock skew allowed (minutes)' })).toHaveValue('30');
  });

  test('at_hash is checked when the access token arrives in the same response', async ({ page, issuer }) => {
    const accessToken = await issuer.sign({ scp: 'read' });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(accessToken));
    const atHash = Buffer.from(digest.slice(0, 16)).toString('base64url');
    const idToken = await issuer.sign({ at_hash: atHash, nonce: 'n' });
    await page.goto('./');
    await page.getByRole('textbox', { name: 'Token' }).fill(JSON.stringify({ id_token: idToken, access_token: accessToken }));
    await expect(page.getByRole('row', { name: /Access token hash/ })).toContainText('pass: matches');
  });
});

test('one click on the example shows it verified with its own key, with no request after the page loaded', async ({ page, issuer }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(status(page)).toContainText('Signature verified');
  await expect(page.getByRole('textbox', { name: 'Verification key' })).toHaveValue(/"kty"/);
  expect(issuer.requests).toEqual([]);
});
