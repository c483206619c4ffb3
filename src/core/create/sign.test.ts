import { createPrivateKey, createPublicKey, createSecretKey, generateKeyPairSync } from 'node:crypto';
import { compactVerify, decodeProtectedHeader, jwtVerify } from 'jose';
import { describe, expect, it } from 'vitest';
import { SIGNING_ALGS, type SigningAlg } from './algorithms';
import { generateSigningKey } from './generate';
import { parsePrivateKey, type PrivateKey } from './private-key';
import { publicJwkOf, publicJwksText, publicPemOf } from './public-export';
import { signToken } from './sign';
import { nodeKeyPair, privateKeyTexts } from './test-keys.fixture';

const NOW = 1_800_000_000;
const payload = { iss: 'https://issuer.example', aud: 'api://orders', sub: 'u1', iat: NOW, exp: NOW + 3600 };
const ASYMMETRIC = SIGNING_ALGS.filter((a) => !a.startsWith('HS')) as Exclude<SigningAlg, 'HS256' | 'HS384' | 'HS512'>[];
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

async function must(text: string, encoding?: 'text' | 'base64' | 'base64url'): Promise<PrivateKey> {
  const r = await parsePrivateKey(text, encoding);
  if (!r.ok) throw new Error(`key refused: ${r.error.code} ${r.error.detail ?? ''}`);
  return r.key;
}

async function sign(alg: SigningAlg, key: PrivateKey, header: Record<string, unknown> = { typ: 'JWT', alg }) {
  const r = await signToken({ header, payload, alg, key });
  if (!r.ok) throw new Error(`not signed: ${JSON.stringify(r.error)}`);
  return r;
}

describe('signing round trips, checked by jose in Node with a key Node derived itself', () => {
  it.each(SIGNING_ALGS)('a generated %s key signs a token that verifies', async (alg) => {
    const key = await generateSigningKey(alg);
    const { token } = await sign(alg, key, { typ: 'JWT', alg, kid: key.kid });
    // Node derives the verification key from the private JWK: independent of publicJwkOf.
    const nodeKey = alg.startsWith('HS')
      ? createSecretKey(Buffer.from(String(key.jwk.k), 'base64url'))
      : createPublicKey(createPrivateKey({ key: key.jwk as never, format: 'jwk' }));
    const { payload: verified, protectedHeader } = await jwtVerify(token, nodeKey, {
      algorithms: [alg],
      currentDate: new Date(NOW * 1000),
    });
    expect(verified).toEqual(payload);
    expect(protectedHeader).toEqual({ typ: 'JWT', alg, kid: key.kid });
  });

  it.each(ASYMMETRIC)('a pasted %s private key signs in every PEM and JWK format', async (alg) => {
    const pair = nodeKeyPair(alg);
    const texts = privateKeyTexts(pair);
    for (const [format, text] of Object.entries(texts)) {
      const key = await must(text);
      expect(key.source, format).toBe(format);
      const { token } = await sign(alg, key);
      await expect(compactVerify(token, pair.publicKey, { algorithms: [alg] }), `${alg} ${format}`).resolves.toBeTruthy();
    }
  });

  it('formats cover PKCS#8, PKCS#1 RSA PRIVATE KEY, SEC1 EC PRIVATE KEY and JWK', () => {
    expect(Object.keys(privateKeyTexts(nodeKeyPair('RS256')))).toEqual(['jwk', 'pkcs8', 'pkcs1']);
    expect(Object.keys(privateKeyTexts(nodeKeyPair('ES384')))).toEqual(['jwk', 'pkcs8', 'sec1']);
    expect(privateKeyTexts(nodeKeyPair('RS256'))['pkcs1']).toContain('-----BEGIN RSA PRIVATE KEY-----');
    expect(privateKeyTexts(nodeKeyPair('ES256'))['sec1']).toContain('-----BEGIN EC PRIVATE KEY-----');
  });

  it.each([
    ['text', 'a-shared-secret-that-is-long-enough-for-hs256', (s: string) => Buffer.from(s, 'utf8')],
    ['base64', Buffer.from('0123456789abcdef0123456789abcdef!!').toString('base64'), (s: string) => Buffer.from(s, 'base64')],
    ['base64url', Buffer.from('0123456789abcdef0123456789abcdef??>>').toString('base64url'), (s: string) => Buffer.from(s, 'base64url')],
  ] as const)('an HMAC secret pasted as %s signs HS256, HS384 and HS512', async (encoding, text, bytes) => {
    const key = await must(text, encoding);
    for (const alg of ['HS256', 'HS384', 'HS512'] as const) {
      const { token } = await sign(alg, key);
      await expect(compactVerify(token, bytes(text), { algorithms: [alg] })).resolves.toBeTruthy();
    }
  });

  it('signs with a short secret but warns with the RFC 7518 3.2 minimum for the chosen hash', async () => {
    const key = await must('x'.repeat(40));
    expect((await sign('HS256', key)).warnings).toEqual([]);
    expect((await sign('HS384', key)).warnings).toEqual([{ code: 'secret_short', bytes: 40, minimum: 48 }]);
    expect((await sign('HS512', key)).warnings).toEqual([{ code: 'secret_short', bytes: 40, minimum: 64 }]);
  });

  it('signs the header and payload bytes that are shown, member order kept', async () => {
    const key = await generateSigningKey('ES256');
    const header = { kid: 'z', alg: 'ES256', typ: 'at+jwt' };
    const { token } = await sign('ES256', key, header);
    const [h, p] = token.split('.');
    expect(Buffer.from(h ?? '', 'base64url').toString()).toBe(JSON.stringify(header));
    expect(Buffer.from(p ?? '', 'base64url').toString()).toBe(JSON.stringify(payload));
  });

  it('signs a header with crit names the person lists, as RFC 7515 4.1.11 lets a producer', async () => {
    const key = await generateSigningKey('ES256');
    const { token } = await sign('ES256', key, { alg: 'ES256', crit: ['exp-ext'], 'exp-ext': 1 });
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'ES256', crit: ['exp-ext'], 'exp-ext': 1 });
  });
});

describe('keys that do not fit the algorithm are refused before signing', () => {
  it.each([
    ['HS256', 'RS256', 'hmac_with_asymmetric_key'],
    ['ES256', 'RS256', 'kty_mismatch'],
    ['ES384', 'ES256', 'crv_mismatch'],
    ['RS256', 'EdDSA', 'kty_mismatch'],
  ] as const)('%s with a %s key: %s', async (alg, keyAlg, mismatch) => {
    const key = await must(privateKeyTexts(nodeKeyPair(keyAlg))['pkcs8'] ?? '');
    expect(await signToken({ header: { alg }, payload, alg, key })).toEqual({ ok: false, error: { code: 'key_mismatch', mismatch } });
  });

  it('refuses an RSA algorithm with a secret', async () => {
    const key = await must('a-long-enough-secret-for-anything-at-all');
    expect(await signToken({ header: { alg: 'PS256' }, payload, alg: 'PS256', key })).toEqual({
      ok: false,
      error: { code: 'key_mismatch', mismatch: 'asymmetric_alg_with_secret' },
    });
  });

  it('refuses an RSA key shorter than 2048 bits (RFC 7518 3.3)', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const key = await must(String(privateKey.export({ format: 'pem', type: 'pkcs1' })));
    expect(await signToken({ header: { alg: 'RS256' }, payload, alg: 'RS256', key })).toEqual({
      ok: false,
      error: { code: 'key_mismatch', mismatch: 'rsa_modulus_too_short' },
    });
  });

  it('refuses a JWK whose own alg names another algorithm', async () => {
    const jwk = { ...nodeKeyPair('RS256').privateKey.export({ format: 'jwk' }), alg: 'PS256' };
    const key = await must(JSON.stringify(jwk));
    expect(await signToken({ header: { alg: 'RS256' }, payload, alg: 'RS256', key })).toEqual({
      ok: false,
      error: { code: 'key_mismatch', mismatch: 'key_alg_differs' },
    });
  });

  it('refuses when the header says another alg than the one chosen', async () => {
    const key = await generateSigningKey('ES256');
    expect(await signToken({ header: { alg: 'HS256' }, payload, alg: 'ES256', key })).toEqual({
      ok: false,
      error: { code: 'header_alg_differs', headerAlg: 'HS256' },
    });
  });
});

describe('parsePrivateKey refuses what cannot sign, with a code', () => {
  const rsa = nodeKeyPair('RS256');
  it.each([
    ['an empty box', '  ', 'empty'],
    ['a public PEM key', String(rsa.publicKey.export({ format: 'pem', type: 'spki' })), 'public_key_only'],
    ['a public JWK', JSON.stringify(rsa.publicKey.export({ format: 'jwk' })), 'public_key_only'],
    ['a public JWKS', JSON.stringify({ keys: [rsa.publicKey.export({ format: 'jwk' })] }), 'public_key_only'],
    [
      'an encrypted PKCS#8 key',
      String(rsa.privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'pw' })),
      'pem_encrypted_private_key',
    ],
    ['broken JSON', '{"kty":', 'not_json'],
    ['JSON that is not a key', '{"issuer":"x"}', 'json_not_key'],
    ['an unknown kty', '{"kty":"XYZ","d":"AA"}', 'unsupported_kty'],
    ['a PEM block with bad DER', '-----BEGIN PRIVATE KEY-----\nMAMCAQA=\n-----END PRIVATE KEY-----', 'der_invalid'],
    ['a PEM block that never ends', '-----BEGIN PRIVATE KEY-----\nMIIB', 'pem_unterminated'],
    ['an Ed448 key', String(generateKeyPairSync('ed448').privateKey.export({ format: 'pem', type: 'pkcs8' })), 'unsupported_crv'],
    [
      'a certificate request label',
      '-----BEGIN CERTIFICATE REQUEST-----\nMAA=\n-----END CERTIFICATE REQUEST-----',
      'pem_unsupported_label',
    ],
    [
      'an EC JWK whose d is wrong',
      JSON.stringify({ ...nodeKeyPair('ES256').privateKey.export({ format: 'jwk' }), d: 'AAAA' }),
      'invalid_key_material',
    ],
  ])('%s', async (_name, text, code) => {
    expect(await parsePrivateKey(text)).toMatchObject({ ok: false, error: { code } });
  });

  it('refuses a secret that is not valid in the chosen encoding', async () => {
    expect(await parsePrivateKey('not base64!', 'base64')).toEqual({ ok: false, error: { code: 'secret_bad_encoding', detail: 'base64' } });
  });
});

describe('public key export', () => {
  it.each(ASYMMETRIC)('%s: the JWKS holds only public members and verifies; the PEM is the same key', async (alg) => {
    const key = await generateSigningKey(alg);
    const jwks = JSON.parse(publicJwksText(key, alg) ?? 'null') as { keys: Record<string, unknown>[] };
    const [entry] = jwks.keys;
    for (const member of PRIVATE_MEMBERS) expect(entry, member).not.toHaveProperty(member);
    expect(entry).toMatchObject({ kid: key.kid, use: 'sig', alg });
    const { token } = await sign(alg, key, { alg, kid: key.kid });
    await expect(compactVerify(token, createPublicKey({ key: entry as never, format: 'jwk' }))).resolves.toBeTruthy();
    await expect(compactVerify(token, createPublicKey(String(await publicPemOf(key, alg))))).resolves.toBeTruthy();
  });

  it('offers no public key for an HMAC secret', async () => {
    const key = await generateSigningKey('HS256');
    expect(publicJwkOf(key, 'HS256')).toBeNull();
    expect(publicJwksText(key, 'HS256')).toBeNull();
    expect(await publicPemOf(key, 'HS256')).toBeNull();
  });
});
