/** Byte helpers for the verify module. Strict: they report bad input instead of guessing. */
// base64url and UTF-8 have one implementation, in core/token; these are the names verify uses.
import { decodeBase64Lenient } from '../token/base64url';

export { base64urlBytes as decodeBase64Url, encodeBase64url as encodeBase64Url, decodeUtf8 as utf8Text } from '../token/base64url';

/** Decodes standard base64 (padding optional, whitespace removed first); `null` when not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const decoded = decodeBase64Lenient(text.replace(/\s+/g, ''));
  // PEM bodies and base64 secrets use the standard alphabet; url-safe characters are refused here.
  return decoded !== undefined && decoded.flavor === 'base64' ? decoded.bytes : null;
}

/** UTF-8 encodes text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Digest with WebCrypto; `name` like 'SHA-256'. */
export async function digest(name: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(name, bytes as Uint8Array<ArrayBuffer>));
}
