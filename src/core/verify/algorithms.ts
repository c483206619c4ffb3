import { decodeBase64Url } from './bytes';
import type { PublicJwk } from './key-types';

/** JWS algorithms this tool verifies (RFC 7518 3.1, RFC 8037 3.1; `Ed25519` per RFC 9864). */
export type SupportedAlg =
  | 'HS256'
  | 'HS384'
  | 'HS512'
  | 'RS256'
  | 'RS384'
  | 'RS512'
  | 'PS256'
  | 'PS384'
  | 'PS512'
  | 'ES256'
  | 'ES384'
  | 'ES512'
  | 'EdDSA'
  | 'Ed25519';

interface AlgInfo {
  readonly kty: PublicJwk['kty'];
  readonly crv?: string;
  /** Hash behind the algorithm; OIDC at_hash / c_hash use it (EdDSA with Ed25519: SHA-512). */
  readonly hash: 'SHA-256' | 'SHA-384' | 'SHA-512';
}

export const ALGORITHMS = {
  HS256: { kty: 'oct', hash: 'SHA-256' },
  HS384: { kty: 'oct', hash: 'SHA-384' },
  HS512: { kty: 'oct', hash: 'SHA-512' },
  RS256: { kty: 'RSA', hash: 'SHA-256' },
  RS384: { kty: 'RSA', hash: 'SHA-384' },
  RS512: { kty: 'RSA', hash: 'SHA-512' },
  PS256: { kty: 'RSA', hash: 'SHA-256' },
  PS384: { kty: 'RSA', hash: 'SHA-384' },
  PS512: { kty: 'RSA', hash: 'SHA-512' },
  ES256: { kty: 'EC', crv: 'P-256', hash: 'SHA-256' },
  ES384: { kty: 'EC', crv: 'P-384', hash: 'SHA-384' },
  ES512: { kty: 'EC', crv: 'P-521', hash: 'SHA-512' },
  EdDSA: { kty: 'OKP', crv: 'Ed25519', hash: 'SHA-512' },
  Ed25519: { kty: 'OKP', crv: 'Ed25519', hash: 'SHA-512' },
} as const satisfies Record<SupportedAlg, AlgInfo>;

/** True when `alg` is one of the verified algorithms. Does NOT accept `none`. */
export function isSupportedAlg(alg: unknown): alg is SupportedAlg {
  return typeof alg === 'string' && Object.hasOwn(ALGORITHMS, alg);
}

/** Why a key cannot be used with an algorithm. */
export type KeyMismatch =
  | 'hmac_with_asymmetric_key'
  | 'asymmetric_alg_with_secret'
  | 'kty_mismatch'
  | 'crv_mismatch'
  | 'key_alg_differs'
  | 'key_use_not_sig'
  | 'key_ops_without_verify'
  | 'rsa_modulus_too_short';

/**
 * Returns why `jwk` must not verify `alg`, or null when the pair is allowed (RFC 8725 3.1 and 2.1:
 * the key, not the token, decides the algorithm family). HS* with an RSA/EC/OKP key is the
 * classic key-confusion attack. Does NOT check the key material itself.
 */
export function keyMismatch(alg: SupportedAlg, jwk: PublicJwk): KeyMismatch | null {
  const info: AlgInfo = ALGORITHMS[alg];
  if (info.kty === 'oct' && jwk.kty !== 'oct') return 'hmac_with_asymmetric_key';
  if (info.kty !== 'oct' && jwk.kty === 'oct') return 'asymmetric_alg_with_secret';
  if (info.kty !== jwk.kty) return 'kty_mismatch';
  if (info.crv !== undefined && info.crv !== jwk.crv) return 'crv_mismatch';
  // `EdDSA` and `Ed25519` name the same signature for an Ed25519 key (RFC 9864).
  const sameEd = (a: string, b: string) => (a === 'EdDSA' || a === 'Ed25519') && (b === 'EdDSA' || b === 'Ed25519');
  if (jwk.alg !== undefined && jwk.alg !== alg && !sameEd(jwk.alg, alg)) return 'key_alg_differs';
  if (jwk.use !== undefined && jwk.use !== 'sig') return 'key_use_not_sig';
  if (jwk.key_ops !== undefined && !jwk.key_ops.includes('verify')) return 'key_ops_without_verify';
  // RFC 7518 3.3 and 3.5: RSA keys of 2048 bits or more.
  if (jwk.kty === 'RSA' && (decodeBase64Url(jwk.n ?? '')?.length ?? 0) * 8 < 2048) return 'rsa_modulus_too_short';
  return null;
}
