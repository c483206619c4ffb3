import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK, type JWTPayload } from 'jose';

/** A fresh ES256 key pair with its public JWK and RFC 7638 thumbprint (tests only). */
export async function popKey() {
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk, thumbprint: await calculateJwkThumbprint(jwk, 'sha256') };
}

/** Signs a JWT with `privateKey`, putting `headerJwk` (maybe another key's) into the header. */
export async function signWith(
  privateKey: CryptoKey,
  header: { typ: string; jwk?: JWK; kid?: string },
  payload: JWTPayload,
): Promise<string> {
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', ...header }).sign(privateKey);
}
