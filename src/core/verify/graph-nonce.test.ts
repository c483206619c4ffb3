import { describe, it, expect } from 'vitest';
import { createHash, createSign } from 'node:crypto';
import { exportPKCS8 } from 'jose';
import { graphNonceSigningHeader, isGraphNonceToken } from './graph-nonce';
import { parseKeyInput } from './parse-key-input';
import { verifyJws } from './verify-jws';
import { b64, keyPair, signToken } from './test-helpers.fixture';

const NONCE = 'AQABAAAAAAB2UyzwtQEKR7-rWbgdcBZIx3Hl0DEBm3Kr8VrNrOHN2Xv_-vkxQ5Hz7vOZ4Gq';
const KID = 'z039zdsFuizpBfBVK1Tn25QHYO0';

/** Builds a token the way Entra does for Graph: sign the hashed-nonce header, ship the raw nonce. */
async function graphStyleToken() {
  const pair = await keyPair('RS256');
  const hashed = createHash('sha256').update(NONCE, 'utf8').digest('base64url');
  const signedHeader = JSON.stringify({ typ: 'JWT', nonce: hashed, alg: 'RS256', x5t: KID, kid: KID });
  const shippedHeader = JSON.stringify({ typ: 'JWT', nonce: NONCE, alg: 'RS256', x5t: KID, kid: KID });
  const payload = b64(JSON.stringify({ aud: '00000003-0000-0000-c000-000000000000', ver: '1.0' }));
  const signature = createSign('sha256').update(`${b64(signedHeader)}.${payload}`).sign(await exportPKCS8(pair.privateKey), 'base64url');
  const parsed = await parseKeyInput(JSON.stringify({ keys: [{ kty: 'RSA', n: pair.jwk.n, e: pair.jwk.e, kid: KID, x5t: KID, use: 'sig' }] }));
  if (!parsed.ok) throw new Error(parsed.error.code);
  return { token: `${b64(shippedHeader)}.${payload}.${signature}`, keys: parsed.keys, signedHeader, shippedHeader, pair };
}

describe('Microsoft Graph header nonce', () => {
  it('recognises a header with a string nonce only', () => {
    expect(isGraphNonceToken({ alg: 'RS256', nonce: 'abc' })).toBe(true);
    expect(isGraphNonceToken({ alg: 'RS256' })).toBe(false);
    expect(isGraphNonceToken({ alg: 'RS256', nonce: 5 })).toBe(false);
  });

  it('rebuilds the signed header byte for byte by replacing the nonce text', async () => {
    const { signedHeader, shippedHeader } = await graphStyleToken();
    expect(await graphNonceSigningHeader(shippedHeader, NONCE)).toBe(b64(signedHeader));
  });

  it('keeps spacing of a non-compact header', async () => {
    const hashed = createHash('sha256').update('n1', 'utf8').digest('base64url');
    expect(await graphNonceSigningHeader('{ "nonce" : "n1",\n "alg":"RS256"}', 'n1')).toBe(b64(`{ "nonce" : "${hashed}",\n "alg":"RS256"}`));
  });

  it('verifies a Graph-style token only after the transform, and says so', async () => {
    const { token, keys } = await graphStyleToken();
    const result = await verifyJws(token, keys);
    expect(result).toMatchObject({ verdict: 'verified', transform: 'ms-graph-nonce', key: { kid: KID, x5t: KID } });
  });

  it('still fails a Graph-style token whose payload was changed', async () => {
    const { token, keys } = await graphStyleToken();
    const [h, , s] = token.split('.');
    const tampered = `${h}.${b64(JSON.stringify({ aud: 'api://mine', ver: '1.0' }))}.${s}`;
    expect(await verifyJws(tampered, keys)).toMatchObject({ verdict: 'invalid_signature' });
  });

  it('verifies a token with a nonce signed normally without reporting a transform', async () => {
    const pair = await keyPair('RS256');
    const token = await signToken({ alg: 'RS256', nonce: NONCE, kid: 'n' }, {}, pair.privateKey);
    const parsed = await parseKeyInput(JSON.stringify({ ...pair.jwk, kid: 'n' }));
    const result = await verifyJws(token, parsed.ok ? parsed.keys : []);
    expect(result.verdict).toBe('verified');
    expect(result.transform).toBeUndefined();
  });
});
