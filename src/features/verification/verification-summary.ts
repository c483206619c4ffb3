import type { ParsedKey } from '../../core/verify/key-types';
import type { VerifyResult } from '../../core/verify/verify-types';
import type { VerificationSummary } from '../../lib/session';

/**
 * What the session keeps of a signature check: the verdict and the kind of key, never key material.
 * `fromIssuer` says the keys came from the issuer's own discovery; null until a result exists.
 */
export function verificationSummary(
  compact: string,
  result: VerifyResult | null,
  fromIssuer: boolean,
  keys: readonly ParsedKey[],
): VerificationSummary | null {
  if (result === null) return null;
  const keyAlg = result.key?.alg;
  return {
    compact,
    verdict: result.verdict,
    ...(keyAlg === undefined ? {} : { keyAlg }),
    fromIssuer,
    asymmetricKeys: keys.length > 0 && keys.every((k) => k.jwk.kty !== 'oct'),
  };
}
