import { exportSPKI, importJWK, type JWK } from 'jose';
import type { SigningAlg } from './algorithms';
import type { PrivateKey } from './private-key';

// RFC 7518 6.2.1, 6.3.1 and RFC 8037 2: the public members per key type. Everything else
// (d, p, q, dp, dq, qi, oth, k) is private and is never copied.
const PUBLIC_MEMBERS = { RSA: ['n', 'e'], EC: ['crv', 'x', 'y'], OKP: ['crv', 'x'] } as const;

/**
 * The public JWK of a private key, labelled for `alg` (`use: sig`, `kid`), or null for an HMAC
 * secret, which has no public half. Built by copying named public members only.
 */
export function publicJwkOf(key: PrivateKey, alg: SigningAlg): JWK | null {
  if (key.jwk.kty === 'oct') return null;
  const out: Record<string, unknown> = { kty: key.jwk.kty };
  for (const name of PUBLIC_MEMBERS[key.jwk.kty]) out[name] = key.jwk[name];
  if (key.kid !== undefined) out['kid'] = key.kid;
  return { ...out, use: 'sig', alg } as JWK;
}

/** `{"keys":[...]}` holding the public JWK, as an API's JWKS endpoint would serve it; null for secrets. */
export function publicJwksText(key: PrivateKey, alg: SigningAlg): string | null {
  const jwk = publicJwkOf(key, alg);
  return jwk === null ? null : JSON.stringify({ keys: [jwk] }, null, 2);
}

/** The public key as PEM SubjectPublicKeyInfo (RFC 7468 13); null for secrets. */
export async function publicPemOf(key: PrivateKey, alg: SigningAlg): Promise<string | null> {
  const jwk = publicJwkOf(key, alg);
  if (jwk === null) return null;
  const imported = await importJWK(jwk, alg, { extractable: true });
  return imported instanceof Uint8Array ? null : exportSPKI(imported);
}
