import { decodeBase64Url, utf8Text } from './bytes';
import type { JwsToken, TokenIssue } from '../token/types';

/** Why a compact string is not a JWS we can check. */
export type MalformedReason =
  | 'jwe_not_jws'
  | 'not_three_segments'
  | 'header_not_base64url'
  | 'header_not_utf8'
  | 'header_not_json'
  | 'header_not_object'
  | 'alg_missing'
  | 'crit_invalid'
  | 'payload_not_base64url'
  | 'signature_not_base64url'
  | 'signature_empty';

/** The three segments of a compact JWS with the decoded header (text kept for the nonce transform). */
export interface JwsParts {
  readonly headerB64: string;
  readonly payloadB64: string;
  readonly signatureB64: string;
  readonly headerText: string;
  readonly header: Readonly<Record<string, unknown>>;
}

export type JwsPartsResult = { readonly ok: true; readonly parts: JwsParts } | { readonly ok: false; readonly reason: MalformedReason };

/**
 * Splits a JWS Compact Serialization (RFC 7515 7.1) and decodes the protected header.
 * Does NOT decode the payload (it may be any bytes) and does NOT check the signature.
 */
export function splitJws(compact: string): JwsPartsResult {
  const segments = compact.trim().split('.');
  if (segments.length === 5) return { ok: false, reason: 'jwe_not_jws' };
  const [headerB64, payloadB64, signatureB64] = segments;
  if (segments.length !== 3 || headerB64 === undefined || payloadB64 === undefined || signatureB64 === undefined) {
    return { ok: false, reason: 'not_three_segments' };
  }
  const headerBytes = decodeBase64Url(headerB64);
  if (headerBytes === null || headerB64 === '') return { ok: false, reason: 'header_not_base64url' };
  const headerText = utf8Text(headerBytes);
  if (headerText === null) return { ok: false, reason: 'header_not_utf8' };
  let header: unknown;
  try {
    header = JSON.parse(headerText);
  } catch {
    return { ok: false, reason: 'header_not_json' };
  }
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return { ok: false, reason: 'header_not_object' };
  return { ok: true, parts: { headerB64, payloadB64, signatureB64, headerText, header: header as Record<string, unknown> } };
}

function headerReason(issue: TokenIssue): MalformedReason {
  switch (issue.code) {
    case 'utf8_invalid':
      return 'header_not_utf8';
    case 'json_invalid':
      return 'header_not_json';
    case 'not_json_object':
      return 'header_not_object';
    default:
      return 'header_not_base64url';
  }
}

/**
 * The same parts from a token the decoder (core/token) already read, so verification does not
 * split and decode it a second time. The header text and object are the decoder's own.
 */
export function jwsPartsOf(token: JwsToken): JwsPartsResult {
  if (!token.header.ok) return { ok: false, reason: headerReason(token.header.issue) };
  // The decoder reads a padded segment (and says so); a JWS segment has no padding (RFC 7515 2), as splitJws holds.
  if (token.issues.some((i) => i.code === 'base64url_padding' && i.part === 'header')) return { ok: false, reason: 'header_not_base64url' };
  const [headerB64, payloadB64, signatureB64] = token.segments;
  return { ok: true, parts: { headerB64, payloadB64, signatureB64, headerText: token.header.text, header: token.header.value } };
}
