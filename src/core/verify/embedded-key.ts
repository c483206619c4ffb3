import { calculateJwkThumbprint, compactVerify, importJWK, type JWK } from 'jose';

/**
 * Verifies a compact JWS with a public key the JWS itself carries: only for proofs of possession
 * (a DPoP proof's `jwk` header, a Microsoft signed request's `cnf.jwk`), whose point is to show the
 * sender holds that key. Never use it for a token whose issuer must be trusted (RFC 8725 §3.10).
 * Resolves false for a bad signature or an unusable key; `alg` is pinned to the one given.
 */
export async function verifyWithCarriedKey(compact: string, jwk: Readonly<Record<string, unknown>>, alg: string): Promise<boolean> {
  try {
    await compactVerify(compact, await importJWK(jwk as JWK, alg), { algorithms: [alg] });
    return true;
  } catch {
    return false;
  }
}

/** RFC 7638 JWK thumbprint (SHA-256, base64url) of a public key; null for a key it cannot digest. */
export async function jwkThumbprint(jwk: Readonly<Record<string, unknown>>): Promise<string | null> {
  try {
    return await calculateJwkThumbprint(jwk as JWK, 'sha256');
  } catch {
    return null;
  }
}
