import { describe, it, expect } from 'vitest';
import { createHmac, createPrivateKey, sign } from 'node:crypto';
import { compactVerify, importJWK, CompactSign } from 'jose';
import type { JWK } from 'jose';
import { RFC7515_VECTORS } from '../test-vectors/rfc7515';
import { RFC7520_VECTORS } from '../test-vectors/rfc7520';
import { RFC8037_VECTORS } from '../test-vectors/rfc8037';
import type { JwsTestVector, VectorJwk } from '../test-vectors/types';

const SIGNED = [...RFC7515_VECTORS, ...RFC7520_VECTORS, ...RFC8037_VECTORS].filter(
  (v): v is JwsTestVector & { key: VectorJwk } => v.key !== null,
);
// Signatures that are a pure function of key and input: re-signing must give the RFC bytes.
const DETERMINISTIC = new Set(['HS256', 'RS256', 'EdDSA']);
const PRIVATE_MEMBERS = ['d', 'p', 'q', 'dp', 'dq', 'qi'];

function publicPart(key: VectorJwk): JWK {
  return Object.fromEntries(Object.entries(key).filter(([name]) => !PRIVATE_MEMBERS.includes(name)));
}

describe('RFC vectors checked directly with jose', () => {
  it.each(SIGNED)('$source verifies with its published (public) key', async (v) => {
    const key = await importJWK(v.key.kty === 'oct' ? v.key : publicPart(v.key), v.alg);
    const result = await compactVerify(v.compact, key);
    expect(new TextDecoder().decode(result.payload)).toBe(v.expectedPayloadText);
  });

  it.each(SIGNED)('$source private key signs something its public key verifies', async (v) => {
    const [headerB64, payloadB64] = v.compact.split('.');
    const payload = Buffer.from(payloadB64 ?? '', 'base64url');
    const signed = await new CompactSign(payload).setProtectedHeader({ alg: v.alg }).sign(await importJWK(v.key, v.alg));
    const verifyKey = await importJWK(v.key.kty === 'oct' ? v.key : publicPart(v.key), v.alg);
    await expect(compactVerify(signed, verifyKey)).resolves.toBeTruthy();
    expect(headerB64).toBeDefined();
  });

  // node:crypto, not jose, recomputes these: the stored signature must be the exact bytes
  // of HMAC / PKCS#1 v1.5 / Ed25519 over the stored signing input (the RFC's header bytes included).
  it.each(SIGNED.filter((v) => DETERMINISTIC.has(v.alg)))('$source signature is reproduced byte for byte', (v) => {
    const [h, p, s] = v.compact.split('.');
    const input = Buffer.from(`${h}.${p}`, 'ascii');
    let recomputed: string;
    if (v.key.kty === 'oct') {
      recomputed = createHmac('sha256', Buffer.from(v.key['k'] ?? '', 'base64url'))
        .update(input)
        .digest('base64url');
    } else {
      const privateKey = createPrivateKey({ key: { ...v.key }, format: 'jwk' });
      recomputed = sign(v.alg === 'EdDSA' ? null : 'sha256', input, privateKey).toString('base64url');
    }
    expect(recomputed).toBe(s);
  });
});
