import { describe, it, expect } from 'vitest';
import { generateKeyPairSync } from 'node:crypto';
import { exportSPKI } from 'jose';
import type { JWK } from 'jose';
import { parseKeyInput } from './parse-key-input';
import { selectKeys } from './select-keys';
import { verifyJws } from './verify-jws';
import type { ParsedKey } from './key-types';
import { hs256Raw, sharedKeyPair, signToken } from './test-helpers.fixture';

async function keys(...jwks: JWK[]): Promise<readonly ParsedKey[]> {
  const parsed = await parseKeyInput(JSON.stringify({ keys: jwks }));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return parsed.keys;
}

describe('verifyJws refuses algorithm / key mismatches', () => {
  it('refuses HS256 signed with an RSA public key PEM as the secret (key confusion)', async () => {
    const rsa = await sharedKeyPair('RS256', 0);
    const pem = await exportSPKI(rsa.publicKey);
    // The attack: use the public key's bytes as an HMAC secret.
    const forged = hs256Raw('{"alg":"HS256","kid":"r1"}', '{"sub":"admin"}', new TextEncoder().encode(pem));
    const result = await verifyJws(forged, await keys({ ...rsa.jwk, kid: 'r1' }));
    expect(result).toMatchObject({ verdict: 'alg_key_mismatch', reason: 'hmac_with_asymmetric_key', key: { kid: 'r1', kty: 'RSA' } });
  });

  it.each([
    ['RS256 token, EC key', 'RS256', 'ES256', {}, 'kty_mismatch'],
    ['ES256 token, P-384 key', 'ES256', 'ES384', {}, 'crv_mismatch'],
    ['ES512 token, P-256 key', 'ES512', 'ES256', {}, 'crv_mismatch'],
    ['EdDSA token, RSA key', 'EdDSA', 'RS256', {}, 'kty_mismatch'],
    ['RS256 token, JWK alg RS384', 'RS256', 'RS256', { alg: 'RS384' }, 'key_alg_differs'],
    ['RS256 token, encryption key', 'RS256', 'RS256', { use: 'enc' }, 'key_use_not_sig'],
    ['RS256 token, key_ops without verify', 'RS256', 'RS256', { key_ops: ['encrypt'] }, 'key_ops_without_verify'],
  ] as const)('%s gives %s', async (_label, tokenAlg, keyAlg, extra, reason) => {
    const signer = await sharedKeyPair(tokenAlg, 0, tokenAlg === 'EdDSA' ? { crv: 'Ed25519' } : {});
    const token = await signToken({ alg: tokenAlg }, { sub: 'x' }, signer.privateKey);
    const other = await sharedKeyPair(keyAlg, 1);
    const result = await verifyJws(token, await keys({ ...other.jwk, ...(extra as JWK) }));
    expect(result).toMatchObject({ verdict: 'alg_key_mismatch', reason });
  });

  it('refuses RS256 with an HMAC secret', async () => {
    const signer = await sharedKeyPair('RS256', 0);
    const token = await signToken({ alg: 'RS256' }, {}, signer.privateKey);
    const secret = await parseKeyInput('a'.repeat(40));
    expect(await verifyJws(token, secret.ok ? secret.keys : [])).toMatchObject({
      verdict: 'alg_key_mismatch',
      reason: 'asymmetric_alg_with_secret',
    });
  });

  it('refuses RSA keys shorter than 2048 bits (RFC 7518 3.3)', async () => {
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' }) as JWK;
    const signer = await sharedKeyPair('RS256', 0);
    const token = await signToken({ alg: 'RS256' }, {}, signer.privateKey);
    expect(await verifyJws(token, await keys(small))).toMatchObject({ verdict: 'alg_key_mismatch', reason: 'rsa_modulus_too_short' });
  });

  it('accepts an Ed25519 JWK marked alg EdDSA for a token with alg Ed25519 (RFC 9864 synonym)', async () => {
    const signer = await sharedKeyPair('Ed25519', 0);
    const token = await signToken({ alg: 'Ed25519' }, {}, signer.privateKey);
    expect((await verifyJws(token, await keys({ ...signer.jwk, alg: 'EdDSA' }))).verdict).toBe('verified');
  });
});

describe('selectKeys', () => {
  it('matches Entra-style keys (no alg member) by kid and kty', async () => {
    const a = await sharedKeyPair('RS256', 0);
    const b = await sharedKeyPair('RS256', 1);
    const set = await keys(
      { kty: a.jwk.kty, n: a.jwk.n, e: a.jwk.e, kid: 'A', use: 'sig', x5t: 'A' },
      { kty: b.jwk.kty, n: b.jwk.n, e: b.jwk.e, kid: 'B', use: 'sig' },
    );
    const selection = selectKeys({ alg: 'RS256', kid: 'B', x5t: 'B' }, set);
    expect(selection.code).toBe('found');
    expect(selection.code === 'found' && selection.candidates.map((k) => k.jwk.kid)).toEqual(['B']);
  });

  it('lists the kids present when the token kid is not in the set', async () => {
    const a = await sharedKeyPair('RS256', 0);
    const b = await sharedKeyPair('RS256', 1);
    const set = await keys({ ...a.jwk, kid: 'A' }, { ...b.jwk, kid: 'B' });
    expect(selectKeys({ alg: 'RS256', kid: 'Z' }, set)).toEqual({ code: 'kid_not_found', kid: 'Z', availableKids: ['A', 'B'] });
    const token = await signToken({ alg: 'RS256', kid: 'Z' }, {}, a.privateKey);
    expect(await verifyJws(token, set)).toMatchObject({
      verdict: 'key_not_found',
      reason: 'kid_not_found',
      kid: 'Z',
      availableKids: ['A', 'B'],
    });
  });

  it('tries every compatible key when the token has no kid, skipping other key types', async () => {
    const ec = await sharedKeyPair('ES256', 0);
    const a = await sharedKeyPair('RS256', 1);
    const b = await sharedKeyPair('RS256', 2);
    const set = await keys({ ...ec.jwk, kid: 'E' }, { ...a.jwk, kid: 'A' }, { ...b.jwk, kid: 'B' });
    const selection = selectKeys({ alg: 'RS256' }, set);
    expect(selection.code).toBe('no_kid_several_candidates');
    const token = await signToken({ alg: 'RS256' }, {}, b.privateKey);
    expect(await verifyJws(token, set)).toMatchObject({ verdict: 'verified', key: { kid: 'B' }, triedKeyCount: 2 });
  });

  it('reports no compatible key with the reason per key', async () => {
    const ec = await sharedKeyPair('ES256', 0);
    const set = await keys({ ...ec.jwk, kid: 'E' });
    expect(selectKeys({ alg: 'RS256', kid: 'E' }, set)).toMatchObject({
      code: 'no_compatible_key',
      mismatches: [{ reason: 'kty_mismatch' }],
    });
  });

  it('reports an invalid signature (not a missing key) when the only candidate fails', async () => {
    const a = await sharedKeyPair('RS256', 0);
    const b = await sharedKeyPair('RS256', 1);
    const token = await signToken({ alg: 'RS256', kid: 'A' }, {}, b.privateKey);
    expect(await verifyJws(token, await keys({ ...a.jwk, kid: 'A' }))).toMatchObject({
      verdict: 'invalid_signature',
      key: { kid: 'A' },
      triedKeyCount: 1,
    });
  });

  it('returns unsupported_alg and no_keys', () => {
    expect(selectKeys({ alg: 'none' }, [])).toEqual({ code: 'unsupported_alg' });
    expect(selectKeys({ alg: 'RS256' }, [])).toEqual({ code: 'no_keys' });
  });
});
