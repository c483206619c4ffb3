import { keyMismatch, type KeyMismatch } from '../verify/algorithms';
import type { PublicJwk } from '../verify/key-types';
import { decodeBase64Url } from '../verify/bytes';
import { minimumSecretBytes, type SigningAlg } from './algorithms';
import type { PrivateKey } from './private-key';

/** Why a key cannot sign with an algorithm (the verifier's key-confusion rules, applied before signing). */
export type KeyFitError = Exclude<KeyMismatch, 'key_ops_without_verify'>;

/** A secret shorter than the hash output: allowed, but RFC 7518 3.2 says it must not be. */
export interface ShortSecret {
  readonly code: 'secret_short';
  readonly bytes: number;
  readonly minimum: number;
}

export type KeyFit = { readonly ok: true; readonly warnings: readonly ShortSecret[] } | { readonly ok: false; readonly error: KeyFitError };

/** The JWK members the algorithm rules look at; private members never leave this function. */
export function publicView(jwk: PrivateKey['jwk']): PublicJwk {
  const { kty, crv, n, e, x, y, k, alg, use } = jwk;
  const picked = { kty, crv, n, e, x, y, k, alg, use };
  return Object.fromEntries(Object.entries(picked).filter(([, v]) => v !== undefined)) as unknown as PublicJwk;
}

/**
 * Says whether `key` may sign `alg`, by the same rules the verifier applies (RFC 8725 3.1: the key
 * decides the algorithm family; RFC 7518 3.3: RSA keys of at least 2048 bits). `key_ops` is not
 * consulted here: it names `sign` on a private key, not `verify`. HMAC secrets shorter than the
 * hash output pass with a `secret_short` warning (RFC 7518 3.2).
 */
export function keyFit(alg: SigningAlg, key: PrivateKey): KeyFit {
  const mismatch = keyMismatch(alg, publicView(key.jwk));
  if (mismatch !== null && mismatch !== 'key_ops_without_verify') return { ok: false, error: mismatch };
  if (key.jwk.kty !== 'oct') return { ok: true, warnings: [] };
  const bytes = decodeBase64Url(key.jwk.k ?? '')?.length ?? 0;
  const minimum = minimumSecretBytes(alg);
  return { ok: true, warnings: bytes < minimum ? [{ code: 'secret_short', bytes, minimum }] : [] };
}
