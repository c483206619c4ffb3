import { isGuid } from '../guid';
import { MICROSOFT_LOGIN_HOST_FOR_ISSUER } from './microsoft-hosts';

/**
 * True only for an issuer string of the Microsoft identity platform itself: Entra v1
 * (`https://sts.windows.net/{tenant}/`) or v2 (`https://login.microsoftonline.com/{tenant}/v2.0`)
 * on a global or sovereign-cloud host (domain-facts 3a), with a GUID tenant, written exactly as
 * Entra writes it (https, no port, query, fragment or user info; the text equals its parsed form).
 * B2C and External ID issuers are excluded: they never issue Graph nonce tokens.
 * Does NOT say that a token came from Microsoft: anyone can write this string into a token.
 */
export function isMicrosoftIdentityIssuer(iss: unknown): boolean {
  if (typeof iss !== 'string') return false;
  let url: URL;
  try {
    url = new URL(iss);
  } catch {
    return false;
  }
  if (url.href !== iss || url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return false;
  if (url.search !== '' || url.hash !== '' || MICROSOFT_LOGIN_HOST_FOR_ISSUER[url.hostname] === undefined) return false;
  const match = /^\/([^/]+)\/(?:v2\.0)?$/.exec(url.pathname);
  return match !== null && isGuid(match[1]);
}
