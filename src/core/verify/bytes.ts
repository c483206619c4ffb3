/** Byte helpers for the verify module. Strict: they report bad input instead of guessing. */
// base64url and UTF-8 have one implementation, in core/token; these are the names verify uses.
export { base64urlBytes as decodeBase64Url, encodeBase64url as encodeBase64Url, decodeUtf8 as utf8Text } from '../token/base64url';

const B64_STD = /^[A-Za-z0-9+/]*={0,2}$/;

/** Decodes standard base64 (padding optional, whitespace removed first); `null` when not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (!B64_STD.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return null;
  const padded = compact.replace(/=+$/, '');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** UTF-8 encodes text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Digest with WebCrypto; `name` like 'SHA-256'. */
export async function digest(name: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(name, bytes as Uint8Array<ArrayBuffer>));
}
