import { ALGORITHMS, isSupportedAlg } from './algorithms';
import { digest, encodeBase64Url, utf8 } from './bytes';

/**
 * OIDC Core 3.1.3.6 / 3.3.2.11: base64url of the left half of the hash of the ASCII value, the
 * hash being the one of the ID token's `alg` (SHA-512 for EdDSA with Ed25519). Returns null for
 * an algorithm with no defined hash (`none`, unknown). Does NOT compare anything.
 */
export async function oidcHalfHash(alg: unknown, value: string): Promise<string | null> {
  if (!isSupportedAlg(alg)) return null;
  const full = await digest(ALGORITHMS[alg].hash, utf8(value));
  return encodeBase64Url(full.subarray(0, full.length / 2));
}
