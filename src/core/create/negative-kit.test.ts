import { createHmac, createPrivateKey, createPublicKey } from 'node:crypto';
import { compactVerify, createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JWK } from 'jose';
import { describe, expect, it } from 'vitest';
import type { SigningAlg } from './algorithms';
import { generateSigningKey } from './generate';
import { KIT_ATTACKER_JKU, KIT_UNKNOWN_CRIT, KIT_WRONG_AUDIENCE, KIT_WRONG_ISSUER, makeTestKit, type KitCaseId } from './negative-kit';
import type { PrivateKey } from './private-key';

const NOW = 1_800_000_000;
const ISSUER = 'https://login.example.com/tenant/v2.0';
const AUDIENCE = 'api://orders';
const claims = { iss: ISSUER, aud: AUDIENCE, sub: 'user-1', scp: 'Orders.Read', iat: 1, exp: 2 };

/** A correct API's verifier: its own JWKS (built by Node from the private key), pinned iss and aud, the clock at NOW. */
function correctVerifier(key: PrivateKey, alg: SigningAlg) {
  const { kid } = key;
  const options = { issuer: ISSUER, audience: AUDIENCE, currentDate: new Date(NOW * 1000) };
  if (key.jwk.kty === 'oct') {
    // jose's JWKS helper serves public keys only; an HMAC API looks its secret up by kid and pins the alg.
    const secret = Buffer.from(String(key.jwk.k), 'base64url');
    const lookup = (header: { kid?: string }) => {
      if (header.kid !== kid) throw new Error('unknown kid');
      return secret;
    };
    return (token: string) => jwtVerify(token, lookup, { ...options, algorithms: [alg] });
  }
  const jwk = { ...(createPublicKey(createPrivateKey({ key: key.jwk as never, format: 'jwk' })).export({ format: 'jwk' }) as JWK), kid };
  const jwks = createLocalJWKSet({ keys: [jwk] });
  return (token: string) => jwtVerify(token, jwks, options);
}

function segment(token: string, i: number): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[i] ?? '', 'base64url').toString()) as Record<string, unknown>;
}

const ALGS: SigningAlg[] = ['RS256', 'PS384', 'ES256', 'ES512', 'EdDSA', 'HS256', 'HS512'];

describe('the negative-test kit', () => {
  it.each(ALGS)('%s: a correct verifier accepts the control token and rejects every kit token', async (alg) => {
    const key = await generateSigningKey(alg);
    const kit = await makeTestKit({ header: { typ: 'JWT', alg, kid: key.kid }, payload: claims, alg, key, now: NOW });
    const verify = correctVerifier(key, alg);
    const { payload } = await verify(kit.valid);
    expect(payload).toEqual({ ...claims, iat: NOW, nbf: NOW, exp: NOW + 3600 });
    expect(kit.tokens.length).toBeGreaterThanOrEqual(10);
    for (const t of kit.tokens) {
      expect(t.expectedStatus).toBe(401);
      await expect(verify(t.token), `${t.id} ${t.variant ?? ''}`).rejects.toThrow();
    }
    const ids = new Set(kit.tokens.map((t) => t.id));
    const expected: KitCaseId[] = [
      'expired',
      'not_yet_valid',
      'wrong_audience',
      'wrong_issuer',
      'alg_none',
      'signature_bit_flipped',
      'unknown_kid',
      'embedded_jwk',
      'jku_elsewhere',
      'unknown_crit',
      'empty_signature',
    ];
    if (key.jwk.kty !== 'oct') expected.push('hmac_with_public_key');
    if (alg.startsWith('ES')) expected.push('ecdsa_zero_signature');
    expect([...ids].sort()).toEqual(expected.sort());
  });

  it('rejects the time, audience and issuer tokens for exactly that claim', async () => {
    const key = await generateSigningKey('ES256');
    const kit = await makeTestKit({ header: { alg: 'ES256' }, payload: claims, alg: 'ES256', key, now: NOW });
    const verify = correctVerifier(key, 'ES256');
    const byId = (id: KitCaseId) => kit.tokens.find((t) => t.id === id)?.token ?? '';
    await expect(verify(byId('expired'))).rejects.toMatchObject({ code: 'ERR_JWT_EXPIRED' });
    await expect(verify(byId('not_yet_valid'))).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', claim: 'nbf' });
    await expect(verify(byId('wrong_audience'))).rejects.toMatchObject({ claim: 'aud' });
    await expect(verify(byId('wrong_issuer'))).rejects.toMatchObject({ claim: 'iss' });
    expect(segment(byId('wrong_audience'), 1)['aud']).toBe(KIT_WRONG_AUDIENCE);
    expect(segment(byId('wrong_issuer'), 1)['iss']).toBe(KIT_WRONG_ISSUER);
    await expect(verify(byId('unknown_crit'))).rejects.toMatchObject({ code: 'ERR_JOSE_NOT_SUPPORTED' });
  });

  it('builds real attacks: each token passes a verifier broken in the way it probes', async () => {
    const key = await generateSigningKey('RS256');
    const kit = await makeTestKit({ header: { typ: 'JWT', alg: 'RS256', kid: key.kid }, payload: claims, alg: 'RS256', key, now: NOW });
    const byId = (id: KitCaseId) => kit.tokens.filter((t) => t.id === id);
    // A verifier that trusts the embedded jwk accepts that token.
    const embedded = byId('embedded_jwk')[0]?.token ?? '';
    const header = decodeProtectedHeader(embedded);
    await expect(compactVerify(embedded, createPublicKey({ key: header.jwk as never, format: 'jwk' }))).resolves.toBeTruthy();
    expect(header.jwk).not.toHaveProperty('d');
    // A verifier that lets the token choose HS256 and feeds it the PEM file accepts the confusion token.
    const pem = `${String(createPublicKey(createPrivateKey({ key: key.jwk as never, format: 'jwk' })).export({ format: 'pem', type: 'spki' })).trim()}\n`;
    const confusion = byId('hmac_with_public_key')[0]?.token ?? '';
    const [h, p, s] = confusion.split('.');
    expect(createHmac('sha256', pem).update(`${h}.${p}`).digest('base64url')).toBe(s);
    // The casings of none, each without a signature.
    expect(byId('alg_none').map((t) => decodeProtectedHeader(t.token).alg)).toEqual(['none', 'None', 'NONE', 'nOnE']);
    for (const t of byId('alg_none')) expect(t.token.endsWith('.')).toBe(true);
    // The jku token points elsewhere and the unknown kid is not the key's kid.
    expect(decodeProtectedHeader(byId('jku_elsewhere')[0]?.token ?? '').jku).toBe(KIT_ATTACKER_JKU);
    expect(decodeProtectedHeader(byId('unknown_kid')[0]?.token ?? '').kid).not.toBe(key.kid);
    expect(decodeProtectedHeader(byId('unknown_crit')[0]?.token ?? '').crit).toEqual([KIT_UNKNOWN_CRIT]);
    // The flipped signature differs from the valid one in exactly one bit.
    const a = Buffer.from(kit.valid.split('.')[2] ?? '', 'base64url');
    const b = Buffer.from(byId('signature_bit_flipped')[0]?.token.split('.')[2] ?? '', 'base64url');
    let bits = 0;
    for (let i = 0; i < a.length; i++) for (let x = (a[i] ?? 0) ^ (b[i] ?? 0); x; x >>= 1) bits += x & 1;
    expect(bits).toBe(1);
    expect(byId('empty_signature')[0]?.token).toBe(`${kit.valid.split('.').slice(0, 2).join('.')}.`);
  });

  it('gives ES512 an r = s = 0 signature of the right length (132 bytes)', async () => {
    const key = await generateSigningKey('ES512');
    const kit = await makeTestKit({ header: { alg: 'ES512' }, payload: claims, alg: 'ES512', key, now: NOW });
    const zero = kit.tokens.find((t) => t.id === 'ecdsa_zero_signature')?.token ?? '';
    expect([...Buffer.from(zero.split('.')[2] ?? '', 'base64url')]).toEqual(new Array(132).fill(0));
  });
});
