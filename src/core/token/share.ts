import { decodeBase64url, decodeUtf8, encodeBase64url } from './base64url';
import type { AnalyzedToken, JsonObject } from './types';
import { isJsonObject } from '../json';

/** What a shared link carries: the whole token, the token without its signature, or that plus masked personal claims. */
export type ShareMode = 'unsigned' | 'redacted' | 'full';

export const REDACTED = '[redacted]';

/** Claims that identify or describe a person (OIDC Core §5.1, Entra, B2C); masked in a redacted link. */
export const PERSONAL_CLAIMS: ReadonlySet<string> = new Set([
  'name',
  'given_name',
  'family_name',
  'middle_name',
  'nickname',
  'preferred_username',
  'unique_name',
  'upn',
  'email',
  'emails',
  'verified_primary_email',
  'verified_secondary_email',
  'phone_number',
  'address',
  'birthdate',
  'picture',
  'profile',
  'website',
  'ipaddr',
  'fwd',
  'login_hint',
  'onprem_sid',
  'ctry',
  'country',
  'postalCode',
  'city',
  'state',
  'streetAddress',
  'jobTitle',
  'cognito:username',
  'username',
  'app_displayname',
]);

/**
 * The claims of a JWS payload segment read for redaction: the UTF-8 text with a leading byte-order
 * mark dropped, parsed as one JSON object (surrounding whitespace allowed). Duplicate names collapse
 * to one member, which is then masked by name like any other. Null when that is impossible.
 */
function claimsForRedaction(payloadSegment: string): JsonObject | null {
  const decoded = decodeBase64url(payloadSegment, 'payload');
  const text = decoded.ok ? decodeUtf8(decoded.bytes) : null;
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text.replace(/^\uFEFF/, ''));
    return isJsonObject(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

/**
 * The claims to mask: those the analysis already read from this very segment (the same bytes, the
 * same JSON.parse, so the same object: nothing is decoded twice on a keystroke), else the segment
 * read again with the byte-order mark dropped, which the analysis does not do.
 */
function claimsOf(token: AnalyzedToken & { format: 'jws' }): JsonObject | null {
  if (token.payload.ok && token.payload.kind === 'json') return token.payload.value;
  return claimsForRedaction(token.segments[1] ?? '');
}

// A compact JWS with a signature: a JSON header ("eyJ" is base64url of '{"'), three segments, the last non-empty.
const SIGNED_COMPACT = /^eyJ[\w-]*\.[\w-]*\.[\w-]+$/;

/**
 * Whether a token's claims carry another signed token (a Microsoft PoP signed request's `at` is the
 * whole access token): dropping the outer signature would leave that credential usable in a link.
 */
export function carriesSignedToken(token: AnalyzedToken): boolean {
  if (token.format !== 'jws' || !token.payload.ok || token.payload.kind !== 'json') return false;
  return Object.values(token.payload.value).some((v) => typeof v === 'string' && SIGNED_COMPACT.test(v));
}

/**
 * True when a JWS can be reduced (signature dropped) for a link: it has three segments, a readable
 * header, and no other signed token inside its claims.
 */
export function isReducible(token: AnalyzedToken): boolean {
  return token.format === 'jws' && token.header.ok && !carriesSignedToken(token);
}

/**
 * The token text to put in a shared link. Without its signature a token still decodes fully but is
 * useless as a bearer credential (no API accepts it), so that is the safe default; "redacted" also
 * masks personal claims, and is null when the payload cannot be read as a JSON object (then no
 * redacted link exists: sharing it unmasked would break the promise). A token that cannot be reduced
 * (JWE, opaque, malformed) is returned whole for every mode: callers ask before sharing it (see share-plan).
 * Does not check expiry (the UI asks before sharing a live full token).
 */
export function shareableToken(token: AnalyzedToken, mode: ShareMode): string | null {
  if (mode === 'full' || token.format !== 'jws' || !isReducible(token)) return token.compact;
  const [header, payload] = token.segments;
  if (mode === 'unsigned') return `${header}.${payload}.`;
  const claims = claimsOf(token);
  if (claims === null) return null;
  const masked = Object.fromEntries(Object.entries(claims).map(([k, v]) => [k, PERSONAL_CLAIMS.has(k) ? REDACTED : v]));
  return `${header}.${encodeBase64url(new TextEncoder().encode(JSON.stringify(masked)))}.`;
}

/** Whether a redacted link exists for this token: what shareableToken(token, 'redacted') !== null says, without building it. */
export function isRedactable(token: AnalyzedToken): boolean {
  if (token.format !== 'jws' || !isReducible(token)) return true;
  return claimsOf(token) !== null;
}
