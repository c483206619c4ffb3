import { isSupportedAlg, keyMismatch } from './algorithms';
import type { KeyMismatch } from './algorithms';
import type { ParsedKey } from './key-types';

/** Outcome of choosing verification keys for a token header. */
export type KeySelection =
  /** Candidates to try, in order. `kidUnchecked`: the token has a kid but these keys have none. */
  | { readonly code: 'found'; readonly candidates: readonly ParsedKey[]; readonly kidUnchecked: boolean }
  /** The token names no kid and several keys fit: each is tried. */
  | { readonly code: 'no_kid_several_candidates'; readonly candidates: readonly ParsedKey[] }
  | { readonly code: 'kid_not_found'; readonly kid: string; readonly availableKids: readonly string[] }
  | { readonly code: 'no_compatible_key'; readonly mismatches: readonly { readonly key: ParsedKey; readonly reason: KeyMismatch }[] }
  | { readonly code: 'no_keys' }
  | { readonly code: 'unsupported_alg' };

/**
 * Picks the keys that may verify a token: by `kid` when the token has one (keys without a kid
 * stay usable, flagged), then by key type, curve, `alg`, `use` and `key_ops` against the header
 * `alg`. Entra JWKS entries have no `alg`, so kid + kty is what matches them.
 * Does NOT look at `jku`, `x5u`, `jwk` or `x5c` in the header: keys come only from `keys`.
 */
export function selectKeys(header: Readonly<Record<string, unknown>>, keys: readonly ParsedKey[]): KeySelection {
  const alg = header['alg'];
  if (!isSupportedAlg(alg)) return { code: 'unsupported_alg' };
  if (keys.length === 0) return { code: 'no_keys' };
  const kid = typeof header['kid'] === 'string' ? header['kid'] : undefined;
  let pool = keys;
  let kidUnchecked = false;
  if (kid !== undefined) {
    const matching = keys.filter((key) => key.jwk.kid === kid);
    const unkeyed = keys.filter((key) => key.jwk.kid === undefined);
    if (matching.length > 0) pool = matching;
    else if (unkeyed.length > 0) {
      pool = unkeyed;
      kidUnchecked = true;
    } else {
      const availableKids = keys.flatMap((key) => (key.jwk.kid === undefined ? [] : [key.jwk.kid]));
      return { code: 'kid_not_found', kid, availableKids };
    }
  }
  const mismatches: { key: ParsedKey; reason: KeyMismatch }[] = [];
  const candidates: ParsedKey[] = [];
  for (const key of pool) {
    const reason = keyMismatch(alg, key.jwk);
    if (reason === null) candidates.push(key);
    else mismatches.push({ key, reason });
  }
  if (candidates.length === 0) return { code: 'no_compatible_key', mismatches };
  if (kid === undefined && candidates.length > 1) return { code: 'no_kid_several_candidates', candidates };
  return { code: 'found', candidates, kidUnchecked };
}
