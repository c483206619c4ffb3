import { calculateJwkThumbprint, exportJWK, generateKeyPair, generateSecret } from 'jose';
import { encodeBase64Url } from '../verify/bytes';
import type { SigningAlg } from './algorithms';
import type { PrivateKey } from './private-key';

/**
 * Generates a key for `alg` with WebCrypto: a key pair (RSA 2048-bit, P-256/384/521, Ed25519) whose
 * `kid` is its RFC 7638 thumbprint, or for HS* a random secret as long as the hash (RFC 7518 3.2)
 * with a random `kid`. The key lives only in memory.
 */
export async function generateSigningKey(alg: SigningAlg): Promise<PrivateKey> {
  if (alg.startsWith('HS')) {
    const secret = await exportJWK(await generateSecret(alg, { extractable: true }));
    const kid = `hmac-${encodeBase64Url(crypto.getRandomValues(new Uint8Array(9)))}`;
    return { jwk: { kty: 'oct', k: secret.k, kid }, source: 'generated', kid };
  }
  const options = alg === 'EdDSA' ? { extractable: true, crv: 'Ed25519' } : { extractable: true, modulusLength: 2048 };
  const { privateKey } = await generateKeyPair(alg, options);
  const jwk = (await exportJWK(privateKey)) as PrivateKey['jwk'];
  const kid = await calculateJwkThumbprint(jwk);
  return { jwk: { ...jwk, kid }, source: 'generated', kid };
}
