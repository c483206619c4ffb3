import { errors } from 'jose';

/** The jose outcomes verification cares about. */
export type JoseFailure = 'signature_mismatch' | 'jws_invalid' | 'not_supported' | 'alg_not_allowed' | 'key_unusable';

/**
 * The one place where jose's exceptions become our codes. Anything unrecognised is a bug in
 * this module (we pre-check alg, key type and structure), so it is rethrown.
 */
export function fromJoseError(error: unknown): JoseFailure {
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'signature_mismatch';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'alg_not_allowed';
  if (error instanceof errors.JOSENotSupported) return 'not_supported';
  if (error instanceof errors.JWSInvalid) return 'jws_invalid';
  // WebCrypto rejects key material it cannot import (for example a point not on the curve).
  if (error instanceof errors.JWKInvalid || (error instanceof Error && error.name === 'DataError')) return 'key_unusable';
  throw error;
}
