import { encodeBase64url } from './base64url';
import type { AnalyzedToken } from './types';

/** What a shared link carries: the whole token, the token without its signature, or that plus masked personal claims. */
export type ShareMode = 'unsigned' | 'redacted' | 'full';

export const REDACTED = '[redacted]';

/** Claims that identify or describe a person (OIDC Core §5.1, Entra, B2C); masked in a redacted link. */
export const PERSONAL_CLAIMS: ReadonlySet<string> = new Set([
  'name', 'given_name', 'family_name', 'middle_name', 'nickname', 'preferred_username', 'unique_name', 'upn',
  'email', 'emails', 'verified_primary_email', 'verified_secondary_email', 'phone_number', 'address',
  'birthdate', 'picture', 'profile', 'website', 'ipaddr', 'fwd', 'login_hint', 'onprem_sid', 'ctry',
  'country', 'postalCode', 'city', 'state', 'streetAddress', 'jobTitle', 'cognito:username', 'username',
  'app_displayname',
]);

/**
 * The token text to put in a shared link. Without its signature a token still decodes fully but is
 * useless as a bearer credential (no API accepts it), so that is the safe default; "redacted" also
 * masks personal claims. Only a JWS with a JSON payload can be reduced; anything else is shared whole.
 * Does not check expiry (the UI asks before sharing a live full token).
 */
export function shareableToken(token: AnalyzedToken, mode: ShareMode): string {
  if (mode === 'full' || token.format !== 'jws' || !token.header.ok) return token.compact;
  const [header, payload] = token.segments;
  if (mode === 'unsigned') return `${header}.${payload}.`;
  if (!token.payload.ok || token.payload.kind !== 'json') return `${header}.${payload}.`;
  const masked = Object.fromEntries(
    Object.entries(token.payload.value).map(([k, v]) => [k, PERSONAL_CLAIMS.has(k) ? REDACTED : v]),
  );
  return `${header}.${encodeBase64url(new TextEncoder().encode(JSON.stringify(masked)))}.`;
}
