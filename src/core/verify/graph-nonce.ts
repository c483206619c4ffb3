import { findDuplicateMembers } from '../token/json-members';
import { digest, encodeBase64Url, utf8 } from './bytes';
import { topLevelMembers } from './json-spans';

/**
 * True when the JOSE header carries a string `nonce`, the Microsoft first-party (Graph,
 * SharePoint) pattern. Does NOT mean the token is from Microsoft or that the transform will verify.
 */
export function isGraphNonceToken(header: Readonly<Record<string, unknown>>): boolean {
  return typeof header['nonce'] === 'string';
}

/**
 * Rebuilds the header Entra actually signed: the value of the top-level `nonce` member replaced by
 * base64url(SHA-256(UTF-8 of the nonce string)), every other byte of the header text unchanged
 * (member order, spacing, escapes, and any other member whose value happens to equal the nonce).
 * Returns the base64url header segment, or null when that exact transform is impossible: the
 * header has duplicate member names at any depth (parsers disagree on which one counts), no
 * top-level string `nonce`, or is not a single JSON object. It never re-serialises a parsed header.
 * Does NOT verify anything, and does NOT decide whether the transform applies (see verifyJws).
 */
export async function graphNonceSigningHeader(headerText: string): Promise<string | null> {
  if (findDuplicateMembers(headerText).length > 0) return null;
  const nonce = topLevelMembers(headerText)?.find((member) => member.name === 'nonce');
  if (nonce === undefined) return null;
  const value: unknown = JSON.parse(headerText.slice(nonce.valueStart, nonce.valueEnd));
  if (typeof value !== 'string') return null;
  const hashed = encodeBase64Url(await digest('SHA-256', utf8(value)));
  const rebuilt = headerText.slice(0, nonce.valueStart) + JSON.stringify(hashed) + headerText.slice(nonce.valueEnd);
  return encodeBase64Url(utf8(rebuilt));
}
