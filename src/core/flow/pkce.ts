import { encodeBase64url } from '../token/base64url';
import { digest, utf8 } from '../verify/bytes';

/** RFC 7636 4.1: 43 to 128 characters from the unreserved set. */
const VERIFIER = /^[A-Za-z0-9\-._~]{43,128}$/;

/** Bytes of randomness behind each value the page makes; 32 bytes give a 43-character verifier. */
export const RANDOM_BYTES = 32;

/**
 * Turns random bytes (made by the caller, e.g. crypto.getRandomValues) into a PKCE code verifier:
 * base64url without padding, as RFC 7636 4.1 recommends. Throws on fewer than 32 bytes, which
 * would give a verifier shorter than the RFC allows (a bug, not an input error).
 */
export function verifierFromBytes(bytes: Uint8Array): string {
  if (bytes.length < RANDOM_BYTES) throw new RangeError(`PKCE needs at least ${RANDOM_BYTES} random bytes`);
  return encodeBase64url(bytes);
}

/** True when `text` is a well-formed code verifier (RFC 7636 4.1). */
export function isCodeVerifier(text: string): boolean {
  return VERIFIER.test(text);
}

/**
 * The S256 code challenge for a verifier: base64url(SHA-256(ASCII(verifier))), RFC 7636 4.2.
 * Does NOT check the verifier's shape (see isCodeVerifier); `plain` is never offered.
 */
export async function s256Challenge(verifier: string): Promise<string> {
  return encodeBase64url(await digest('SHA-256', utf8(verifier)));
}
