/** Types shared by key import, key selection and verification. */

/** JWK members kept after import: public members only (or `k` for a pasted HMAC secret). */
export interface PublicJwk {
  readonly kty: 'RSA' | 'EC' | 'OKP' | 'oct';
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  readonly key_ops?: readonly string[];
  readonly crv?: string;
  readonly n?: string;
  readonly e?: string;
  readonly x?: string;
  readonly y?: string;
  readonly k?: string;
  readonly x5t?: string;
  readonly 'x5t#S256'?: string;
  readonly x5c?: readonly string[];
  /** Entra v2 JWKS entries carry the issuer they sign for (may hold the `{tenantid}` template). */
  readonly issuer?: string;
}

/** Facts read from an X.509 certificate (RFC 5280 4.1). Times are seconds since the epoch. */
export interface CertInfo {
  /** Relative distinguished names in certificate order, e.g. `CN=example, O=Org`. */
  readonly subject: string;
  readonly issuer: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly selfIssued: boolean;
  /** base64url SHA-1 / SHA-256 of the DER certificate (RFC 7515 4.1.7 and 4.1.8). */
  readonly x5t: string;
  readonly x5tS256: string;
}

/** Where a key came from: a JWKS, one JWK, PEM of several kinds, or an HMAC secret. */
export type KeySource = 'jwks' | 'jwk' | 'spki' | 'pkcs1' | 'x509' | 'pkcs8' | 'pkcs1-private' | 'sec1' | 'secret';

/** A usable verification key. */
export interface ParsedKey {
  readonly jwk: PublicJwk;
  readonly source: KeySource;
  /** Position in the pasted JWKS (0 for single keys). */
  readonly index: number;
  /** From a PEM certificate, or from `x5c[0]` of a JWK supplied by the user / JWKS. */
  readonly cert?: CertInfo;
}

/** Non-fatal findings while importing keys. */
export type KeyWarningCode =
  | 'private_key_pasted'
  | 'secret_looks_base64'
  | 'secret_short'
  | 'jwks_entry_skipped'
  | 'x5c_unreadable'
  /** The certificate in x5c holds another key than the JWK: its identity is not shown for the key. */
  | 'x5c_key_mismatch'
  /** Key material without PEM armor (a bare base64 body, an x5c entry) was read as that key. */
  | 'key_without_armor';

export interface KeyWarning {
  readonly code: KeyWarningCode;
  /** JWKS entry the warning is about. */
  readonly index?: number;
  /** Error code of a skipped entry. */
  readonly reason?: KeyInputErrorCode;
}

/** Why pasted key text could not be used. */
export type KeyInputErrorCode =
  | 'empty'
  | 'not_json'
  | 'json_not_key'
  | 'jwk_missing_member'
  | 'jwk_bad_member'
  | 'unsupported_kty'
  | 'unsupported_crv'
  | 'jwks_not_array'
  | 'jwks_empty'
  | 'jwks_no_usable_key'
  | 'pem_unterminated'
  | 'pem_bad_base64'
  | 'pem_unsupported_label'
  | 'pem_encrypted_private_key'
  | 'der_invalid'
  | 'unsupported_key_algorithm'
  | 'invalid_key_material'
  | 'secret_empty'
  | 'secret_bad_encoding'
  /** Public key material pasted as an HMAC secret and not readable as a key: refused (key confusion). */
  | 'public_key_as_secret';

export interface KeyInputError {
  readonly code: KeyInputErrorCode;
  /** The JWK member, PEM label, OID, kty or crv the error is about. */
  readonly detail?: string;
  /** JWKS entry index when the error is about one entry. */
  readonly index?: number;
}

/** Result of `parseKeyInput`. */
export type KeyInputResult =
  | { readonly ok: true; readonly keys: readonly ParsedKey[]; readonly warnings: readonly KeyWarning[] }
  | { readonly ok: false; readonly error: KeyInputError };
