import { ALGORITHMS, type SupportedAlg } from '../verify/algorithms';

/** The 13 JWS algorithms offered for signing (RFC 7518 3.1, RFC 8037 3.1). */
export type SigningAlg = Exclude<SupportedAlg, 'Ed25519'>;

export const SIGNING_ALGS: readonly SigningAlg[] = [
  'HS256',
  'HS384',
  'HS512',
  'RS256',
  'RS384',
  'RS512',
  'PS256',
  'PS384',
  'PS512',
  'ES256',
  'ES384',
  'ES512',
  'EdDSA',
];

/** True when `value` names one of the signing algorithms. */
export function isSigningAlg(value: unknown): value is SigningAlg {
  return typeof value === 'string' && (SIGNING_ALGS as readonly string[]).includes(value);
}

/** RFC 7518 3.2: an HMAC key must be at least as long as the hash output. */
export function minimumSecretBytes(alg: SigningAlg): number {
  return { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 }[ALGORITHMS[alg].hash];
}
