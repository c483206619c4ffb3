/** A JSON object as decoded from a token segment. */
export type JsonObject = { [key: string]: unknown };

/** Names for the parts of a compact JWS (RFC 7515 §7.1) and JWE (RFC 7516 §7.1). */
export type SegmentName = 'header' | 'payload' | 'signature' | 'encrypted_key' | 'iv' | 'ciphertext' | 'tag';

/**
 * Everything that can be wrong (or worth noting) about a token's structure.
 * The UI switches on `code` and renders its own words; core never produces prose.
 */
export type TokenIssue =
  | { code: 'segment_count'; found: number }
  | { code: 'empty_segment'; part: SegmentName }
  | { code: 'base64url_char'; part: SegmentName; position: number; char: string }
  | { code: 'base64url_padding'; part: SegmentName }
  | { code: 'base64url_length'; part: SegmentName }
  | { code: 'utf8_invalid'; part: SegmentName }
  | { code: 'json_invalid'; part: SegmentName; detail: string }
  | { code: 'not_json_object'; part: SegmentName; actual: 'array' | 'string' | 'number' | 'boolean' | 'null' }
  | { code: 'duplicate_member'; part: SegmentName; name: string; path: string }
  | { code: 'alg_missing' }
  | { code: 'alg_not_string' }
  | { code: 'alg_none_with_signature' }
  | { code: 'signature_missing'; alg: string }
  | { code: 'enc_missing' }
  | { code: 'payload_not_json' }
  | { code: 'payload_binary' };

export type IssueSeverity = 'error' | 'warning' | 'info';

/** How serious an issue is: errors make a part unreadable, warnings are risks, info is a note. */
export function issueSeverity(issue: TokenIssue): IssueSeverity {
  switch (issue.code) {
    case 'duplicate_member':
    case 'alg_none_with_signature':
    case 'signature_missing':
    case 'alg_not_string':
    case 'alg_missing':
    case 'enc_missing':
      return 'warning';
    case 'payload_not_json':
    case 'payload_binary':
    case 'base64url_padding':
      return 'info';
    default:
      return 'error';
  }
}

/** A segment decoded to a JSON object, or the reason it could not be. */
export type JsonPart = { ok: true; value: JsonObject; text: string } | { ok: false; issue: TokenIssue; text?: string };

/** A JWS payload: JSON claims, plain text (RFC 8037 A.4 signs text), raw bytes, or unreadable. */
export type PayloadPart =
  | { ok: true; kind: 'json'; value: JsonObject; text: string }
  | { ok: true; kind: 'text'; text: string }
  | { ok: true; kind: 'binary'; bytes: Uint8Array }
  | { ok: false; issue: TokenIssue; text?: string };

export type SignaturePart = { ok: true; bytes: Uint8Array } | { ok: false; issue: TokenIssue };

/** A compact JWS (three segments), decoded as far as it can be. */
export type JwsToken = {
  format: 'jws';
  compact: string;
  segments: readonly [string, string, string];
  header: JsonPart;
  payload: PayloadPart;
  signature: SignaturePart;
  /** alg "none" with an empty signature: RFC 7519 §6 unsecured JWT. */
  unsecured: boolean;
  issues: TokenIssue[];
};

/** A compact JWE (five segments): only the protected header is readable. */
export type JweToken = {
  format: 'jwe';
  compact: string;
  segments: readonly [string, string, string, string, string];
  header: JsonPart;
  /** cty "JWT" means the plaintext is itself a JWT (RFC 7519 §5.2). */
  nested: boolean;
  /** Byte lengths of the readable binary parts; null where the segment is empty or invalid. */
  lengths: { encryptedKey: number | null; iv: number | null; ciphertext: number | null; tag: number | null };
  issues: TokenIssue[];
};

/** Best guess at what an undecodable token is, from its shape. */
export type OpaqueKind =
  | 'msa_access_token'
  | 'msa_refresh_token'
  | 'entra_refresh_token'
  | 'entra_authorization_code'
  | 'google_access_token'
  | 'google_refresh_token'
  | 'github_token'
  | 'saml'
  | 'unknown';

export type OpaqueToken = {
  format: 'opaque';
  compact: string;
  kind: OpaqueKind;
  length: number;
};

/** Dotted input that is neither a 3-part JWS nor a 5-part JWE; the first segment is still tried as a header. */
export type MalformedToken = {
  format: 'malformed';
  compact: string;
  segments: string[];
  header: JsonPart | null;
  issues: TokenIssue[];
};

export type AnalyzedToken = JwsToken | JweToken | OpaqueToken | MalformedToken;
