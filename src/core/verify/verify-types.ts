import type { KeyMismatch } from './algorithms';
import type { MalformedReason } from './jws-parts';
import type { CertInfo, KeySource } from './key-types';

/** Overall signature outcome. Only `verified` means the signature checked out. */
export type Verdict =
  | 'verified'
  | 'invalid_signature'
  | 'key_not_found'
  | 'alg_key_mismatch'
  | 'unsigned'
  | 'unsupported_alg'
  | 'unsupported_crit'
  | 'malformed';

/** The precise reason behind a verdict. */
export type VerifyReason =
  | 'signature_valid'
  | 'signature_mismatch'
  | 'no_keys'
  | 'kid_not_found'
  | 'alg_none'
  | 'alg_not_supported'
  | 'alg_not_allowed'
  | 'crit_not_understood'
  | 'key_unusable'
  | 'jws_invalid'
  /** RFC 7797 `b64` other than true: refused, the payload segment is not base64url claims. */
  | 'unencoded_payload'
  /** The header has a nonce, the signature failed, and the issuer is not Entra: no transform tried. */
  | 'nonce_issuer_not_microsoft'
  /** Entra issuer with a header nonce, but the exact-bytes transform is impossible (duplicates). */
  | 'nonce_transform_impossible'
  | KeyMismatch
  | MalformedReason;

/** Which key verified (or, for a single failed candidate, which key was tried). */
export interface UsedKeyInfo {
  readonly kid?: string;
  readonly kty: string;
  readonly alg?: string;
  readonly crv?: string;
  readonly x5t?: string;
  readonly source: KeySource;
  readonly index: number;
  /** From a PEM certificate or the JWKS entry's own `x5c`, never from the token header. */
  readonly cert?: CertInfo;
  /** The token names a kid but the key has none, so the kid was not compared. */
  readonly kidUnchecked: boolean;
}

/**
 * Key material the token names for itself (RFC 7515 4.1.2-4.1.6). Shown to the user only:
 * RFC 8725 3.10 warns that trusting it lets anyone sign tokens that "verify".
 */
export interface SelfAssertedKeys {
  readonly jku?: unknown;
  readonly x5u?: unknown;
  readonly jwk?: unknown;
  readonly x5c?: unknown;
}

export interface VerifyResult {
  readonly verdict: Verdict;
  readonly reason: VerifyReason;
  readonly alg?: string;
  readonly key?: UsedKeyInfo;
  readonly triedKeyCount: number;
  /** Set when the signature only verified over the Microsoft first-party nonce transform. */
  readonly transform?: 'ms-graph-nonce';
  readonly kid?: string;
  /** With `kid_not_found`: the kids the key set does have. */
  readonly availableKids?: readonly string[];
  /** With `unsupported_crit`: the extensions we do not understand. */
  readonly unknownCrit?: readonly string[];
  readonly selfAsserted: SelfAssertedKeys;
}

export interface VerifyOptions {
  /** Allowlist of algorithms (RFC 8725 3.1); everything supported when absent. */
  readonly algorithms?: readonly string[];
}
