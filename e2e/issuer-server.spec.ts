// Tests of the test issuer itself (e2e/support): if it lied, every end-to-end verdict would be
// worthless. Node's fetch is fine here because this is infrastructure; the app is never mocked.
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, errors, jwtVerify, type JSONWebKeySet } from 'jose';
import { deepLink, expect, foreignOrigins, test } from './support/fixtures';
import { ASYMMETRIC_ALGS, HMAC_ALGS, startIssuer, type FaultMode, type IssuerResource } from './support/issuer-server.mjs';

const APP_ORIGIN = 'http://127.0.0.1:4317';

async function fetchJwks(url: string): Promise<JSONWebKeySet> {
  return (await (await fetch(url)).json()) as JSONWebKeySet;
}

test.describe('discovery and JWKS', () => {
  test('discovery names the issuer and its JWKS and answers with CORS and no-store', async ({ issuer }) => {
    const response = await fetch(issuer.discoveryUrl, { headers: { origin: APP_ORIGIN } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(issuer.issuer).toBe(`${issuer.origin}/tenant-a`);
    expect(issuer.discoveryUrl).toBe(`${issuer.issuer}/.well-known/openid-configuration`);
    expect(body).toMatchObject({ issuer: issuer.issuer, jwks_uri: `${issuer.issuer}/keys` });
    expect(body['id_token_signing_alg_values_supported']).toEqual([...ASYMMETRIC_ALGS]);
    expect(issuer.requests).toEqual([
      expect.objectContaining({
        method: 'GET',
        path: '/tenant-a/.well-known/openid-configuration',
        origin: APP_ORIGIN,
        resource: 'discovery',
      }),
    ]);
  });

  test('the JWKS holds one signing key per algorithm, each with its own kid', async ({ issuer }) => {
    const response = await fetch(issuer.jwksUri);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const { keys } = (await response.json()) as JSONWebKeySet;
    expect(keys.map((key) => key.alg)).toEqual([...ASYMMETRIC_ALGS]);
    expect(new Set(keys.map((key) => key.kid)).size).toBe(ASYMMETRIC_ALGS.length);
    expect(keys.find((key) => key.alg === 'RS256')).toMatchObject({ kid: 'rs256-1', kty: 'RSA', use: 'sig' });
    expect(keys.find((key) => key.alg === 'ES512')).toMatchObject({ kty: 'EC', crv: 'P-521' });
    expect(keys.find((key) => key.alg === 'EdDSA')).toMatchObject({ kty: 'OKP', crv: 'Ed25519' });
    for (const key of keys) expect(key).not.toHaveProperty('d');
  });

  test('omitAlg publishes keys without alg, as Entra ID does, and they still verify', async ({ issuer }) => {
    issuer.setOmitAlg(true);
    const jwks = await fetchJwks(issuer.jwksUri);
    expect(jwks.keys.every((key) => key.alg === undefined)).toBe(true);
    const token = await issuer.sign({}, { alg: 'PS384' });
    await expect(jwtVerify(token, createLocalJWKSet(jwks), { issuer: issuer.issuer })).resolves.toBeTruthy();
  });

  test('an issuer with a trailing slash keeps it and builds discovery without a double slash', async () => {
    const auth0Like = await startIssuer({ path: '/tenant-b/' });
    try {
      expect(auth0Like.issuer).toBe(`${auth0Like.origin}/tenant-b/`);
      const body = (await (await fetch(`${auth0Like.origin}/tenant-b/.well-known/openid-configuration`)).json()) as { issuer: string };
      expect(body.issuer).toBe(auth0Like.issuer);
    } finally {
      await auth0Like.close();
    }
  });
});

test.describe('signed tokens', () => {
  for (const alg of ASYMMETRIC_ALGS) {
    test(`a ${alg} token verifies against the published JWKS`, async ({ issuer }) => {
      const token = await issuer.sign({ scp: 'read' }, { alg });
      const { payload, protectedHeader } = await jwtVerify(token, createLocalJWKSet(await fetchJwks(issuer.jwksUri)), {
        issuer: issuer.issuer,
        audience: issuer.audience,
        algorithms: [alg],
      });
      expect(protectedHeader).toEqual({ typ: 'JWT', alg, kid: issuer.kidFor(alg) });
      expect(payload['scp']).toBe('read');
    });
  }

  for (const alg of HMAC_ALGS) {
    test(`a ${alg} token verifies with the shared secret and carries no kid`, async ({ issuer }) => {
      const token = await issuer.sign({}, { alg });
      expect(decodeProtectedHeader(token).kid).toBeUndefined();
      await expect(jwtVerify(token, new TextEncoder().encode(issuer.hmacSecret), { algorithms: [alg] })).resolves.toBeTruthy();
    });
  }

  test('default claims sit around the current time, and undefined removes one', async ({ issuer }) => {
    const before = Math.floor(Date.now() / 1000);
    const claims = decodeJwt(await issuer.sign({ sub: 'alice', nbf: undefined }, { lifetimeSeconds: 600 }));
    expect(claims).toMatchObject({ iss: issuer.issuer, aud: issuer.audience, sub: 'alice' });
    expect(claims.iat).toBeGreaterThanOrEqual(before);
    expect(claims.iat).toBeLessThanOrEqual(before + 5);
    expect(claims.exp).toBe((claims.iat ?? 0) + 600);
    expect(claims).not.toHaveProperty('nbf');
  });

  test('header options set, replace or drop the kid and add members but never change alg', async ({ issuer }) => {
    const withExtra = decodeProtectedHeader(await issuer.sign({}, { alg: 'ES256', kid: 'other', header: { nonce: 'n1', alg: 'HS256' } }));
    expect(withExtra).toEqual({ typ: 'JWT', kid: 'other', nonce: 'n1', alg: 'ES256' });
    expect(decodeProtectedHeader(await issuer.sign({}, { omitKid: true }))).toEqual({ typ: 'JWT', alg: 'RS256' });
    const unsecured = await issuer.sign({}, { alg: 'none' });
    expect(unsecured.endsWith('.')).toBe(true);
    expect(decodeProtectedHeader(unsecured).alg).toBe('none');
  });

  test('a foreign key signs under the published kid and fails signature verification', async ({ issuer }) => {
    const token = await issuer.sign({}, { key: 'foreign' });
    expect(decodeProtectedHeader(token).kid).toBe(issuer.kidFor('RS256'));
    await expect(jwtVerify(token, createLocalJWKSet(await fetchJwks(issuer.jwksUri)))).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });

  test('two issuers open at the same time never share a key', async ({ issuer, startExtraIssuer }) => {
    const other = await startExtraIssuer({ path: '/tenant-b' });
    expect((await other.publicJwk('RS256')).n).not.toBe((await issuer.publicJwk('RS256')).n);
    const token = await other.sign({});
    await expect(jwtVerify(token, createLocalJWKSet(await fetchJwks(issuer.jwksUri)))).rejects.toBeInstanceOf(
      errors.JWSSignatureVerificationFailed,
    );
  });
});

interface FaultCase {
  mode: FaultMode;
  status: number;
  contentType: string;
  cors: boolean;
  jsonParses: boolean;
}

const FAULTS: FaultCase[] = [
  { mode: 'ok', status: 200, contentType: 'application/json', cors: true, jsonParses: true },
  { mode: '404', status: 404, contentType: 'application/json', cors: true, jsonParses: true },
  { mode: '500', status: 500, contentType: 'application/json', cors: true, jsonParses: true },
  { mode: 'invalid-json', status: 200, contentType: 'application/json', cors: true, jsonParses: false },
  { mode: 'no-cors', status: 200, contentType: 'application/json', cors: false, jsonParses: true },
  { mode: 'html', status: 200, contentType: 'text/html; charset=utf-8', cors: true, jsonParses: false },
];
const RESOURCES: IssuerResource[] = ['discovery', 'jwks'];

test.describe('fault injection', () => {
  for (const resource of RESOURCES) {
    for (const fault of FAULTS) {
      test(`${resource} in mode ${fault.mode} answers ${fault.status} ${fault.cors ? 'with' : 'without'} CORS`, async ({ issuer }) => {
        issuer.setMode(resource, fault.mode);
        const url = resource === 'discovery' ? issuer.discoveryUrl : issuer.jwksUri;
        const response = await fetch(url);
        expect(response.status).toBe(fault.status);
        expect(response.headers.get('content-type')).toBe(fault.contentType);
        expect(response.headers.get('access-control-allow-origin')).toBe(fault.cors ? '*' : null);
        expect(response.headers.get('cache-control')).toBe('no-store');
        const text = await response.text();
        expect(canParseJson(text)).toBe(fault.jsonParses);
        const preflight = await fetch(url, {
          method: 'OPTIONS',
          headers: { origin: APP_ORIGIN, 'access-control-request-method': 'GET' },
        });
        expect(preflight.status).toBe(204);
        expect(preflight.headers.get('access-control-allow-origin')).toBe(fault.cors ? '*' : null);
      });
    }
  }

  test.describe('with a short delay', () => {
    test.use({ issuerOptions: { slowMs: 400 } });
    test('slow mode answers correctly but only after slowMs', async ({ issuer }) => {
      issuer.setMode('jwks', 'slow');
      const started = Date.now();
      const jwks = await fetchJwks(issuer.jwksUri);
      expect(Date.now() - started).toBeGreaterThanOrEqual(390);
      expect(jwks.keys).toHaveLength(ASYMMETRIC_ALGS.length);
    });
  });

  test('close ends a pending slow answer at once', async ({ issuer }) => {
    issuer.setMode('discovery', 'slow');
    const outcome = fetch(issuer.discoveryUrl).then(
      () => 'answered',
      () => 'aborted',
    );
    await expect.poll(() => issuer.requests.length).toBe(1);
    const started = Date.now();
    await issuer.close();
    expect(await outcome).toBe('aborted');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('setDiscoveryIssuer answers with a mismatching issuer while the real one stays', async ({ issuer }) => {
    issuer.setDiscoveryIssuer('https://evil.example/tenant-a');
    const body = (await (await fetch(issuer.discoveryUrl)).json()) as { issuer: string };
    expect(body.issuer).toBe('https://evil.example/tenant-a');
    expect(issuer.issuer).toBe(`${issuer.origin}/tenant-a`);
  });

  test('unknown paths answer 404 and are recorded as other', async ({ issuer }) => {
    const response = await fetch(`${issuer.origin}/tenant-z/.well-known/openid-configuration?x=1`);
    expect(response.status).toBe(404);
    expect(issuer.requests).toEqual([
      expect.objectContaining({ path: '/tenant-z/.well-known/openid-configuration?x=1', origin: null, resource: 'other' }),
    ]);
  });
});

test.describe('key rotation', () => {
  test('rotate publishes new kids and drops the old ones', async ({ issuer }) => {
    const oldToken = await issuer.sign({}, { alg: 'ES384' });
    const kids = await issuer.rotate();
    expect(kids.ES384).toBe('es384-2');
    const jwks = await fetchJwks(issuer.jwksUri);
    expect(jwks.keys.map((key) => key.kid)).toEqual(Object.values(kids));
    await expect(jwtVerify(await issuer.sign({}, { alg: 'ES384' }), createLocalJWKSet(jwks))).resolves.toBeTruthy();
    await expect(jwtVerify(oldToken, createLocalJWKSet(jwks))).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    expect(issuer.kidFor('ES384', 'previous')).toBe('es384-1');
  });

  test('rotate with keepPrevious serves both generations', async ({ issuer }) => {
    await issuer.rotate({ keepPrevious: true });
    const kids = (await fetchJwks(issuer.jwksUri)).keys.map((key) => key.kid);
    expect(kids).toContain('rs256-1');
    expect(kids).toContain('rs256-2');
  });

  test('a prepared key is missing from the next JWKS answer and present in the one after', async ({ issuer }) => {
    const pendingKids = await issuer.prepareRotation({ publishAfterJwksFetches: 1 });
    const token = await issuer.sign({}, { key: 'pending' });
    expect(decodeProtectedHeader(token).kid).toBe(pendingKids.RS256);
    const first = await fetchJwks(issuer.jwksUri);
    expect(first.keys.map((key) => key.kid)).not.toContain(pendingKids.RS256);
    await expect(jwtVerify(token, createLocalJWKSet(first))).rejects.toBeInstanceOf(errors.JWKSNoMatchingKey);
    const second = await fetchJwks(issuer.jwksUri);
    await expect(jwtVerify(token, createLocalJWKSet(second))).resolves.toBeTruthy();
  });

  test('a prepared key without a fetch count stays unpublished until publishRotation', async ({ issuer }) => {
    const pendingKids = await issuer.prepareRotation();
    for (let i = 0; i < 3; i += 1) expect((await fetchJwks(issuer.jwksUri)).keys.map((key) => key.kid)).not.toContain(pendingKids.EdDSA);
    issuer.publishRotation();
    expect((await fetchJwks(issuer.jwksUri)).keys.map((key) => key.kid)).toContain(pendingKids.EdDSA);
  });
});

test.describe('seen from the app origin in Chromium', () => {
  test('a cross-origin fetch succeeds with CORS and is blocked without it', async ({ page, issuer, consoleErrors, pageRequests }) => {
    await page.goto('./');
    const fetchFromPage = (url: string) =>
      page.evaluate(async (target) => {
        try {
          return (await fetch(target, { credentials: 'omit' })).status;
        } catch (error) {
          return error instanceof Error ? error.name : 'unknown';
        }
      }, url);
    expect(await fetchFromPage(issuer.discoveryUrl)).toBe(200);
    issuer.setMode('jwks', 'no-cors');
    expect(await fetchFromPage(issuer.jwksUri)).toBe('TypeError');
    expect(issuer.requests.map((request) => request.origin)).toEqual([new URL(page.url()).origin, new URL(page.url()).origin]);
    expect(pageRequests).toContain(issuer.jwksUri);
    await expect.poll(() => consoleErrors.some((text) => text.includes('CORS'))).toBe(true);
  });
});

test.describe('fixture helpers', () => {
  test('deepLink builds a relative fragment URL', () => {
    expect(deepLink('a.b.c')).toBe('./#token=a.b.c');
  });

  test('foreignOrigins lists only http(s) origins outside the allowed set', () => {
    const urls = ['http://127.0.0.1:4317/x.js', 'https://cdn.example/a.js', 'data:text/plain,hi', 'https://cdn.example/b.js'];
    expect(foreignOrigins(urls, ['http://127.0.0.1:4317'])).toEqual(['https://cdn.example']);
  });
});

function canParseJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
