/** Byte helpers for the verify module. Strict: they report bad input instead of guessing. */

const B64_STD = /^[A-Za-z0-9+/]*={0,2}$/;
const B64_URL = /^[A-Za-z0-9_-]*$/;

/** Decodes standard base64 (padding optional, whitespace removed first); `null` when not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const compact = text.replace(/\s+/g, '');
  if (!B64_STD.test(compact) || compact.replace(/=+$/, '').length % 4 === 1) return null;
  const padded = compact.replace(/=+$/, '');
  const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Decodes unpadded base64url (RFC 4648 section 5); `null` when not base64url. */
export function decodeBase64Url(text: string): Uint8Array | null {
  if (!B64_URL.test(text) || text.length % 4 === 1) return null;
  return decodeBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
}

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** UTF-8 encodes text. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Strict UTF-8 decode; `null` on invalid sequences (RFC 8725 section 3.7 asks for UTF-8 only). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Digest with WebCrypto; `name` like 'SHA-256'. */
export async function digest(name: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest(name, bytes as Uint8Array<ArrayBuffer>));
}
