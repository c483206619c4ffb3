import type { SegmentName, TokenIssue } from './types';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export type Base64Result = { ok: true; bytes: Uint8Array; padded: boolean } | { ok: false; issue: TokenIssue };

/**
 * Strict base64url decoding (RFC 4648 §5, as used by RFC 7515 §2) that says *where* it failed.
 * Trailing "=" padding is tolerated but reported through `padded` (JWS forbids it).
 * Does not check that unused trailing bits are zero.
 */
export function decodeBase64url(input: string, part: SegmentName): Base64Result {
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 61 /* = */) end--;
  const padded = end !== input.length;
  for (let i = 0; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c >= 128 || LOOKUP[c] === -1) {
      return { ok: false, issue: { code: 'base64url_char', part, position: i + 1, char: String.fromCodePoint(input.codePointAt(i) ?? c) } };
    }
  }
  if (end % 4 === 1) return { ok: false, issue: { code: 'base64url_length', part } };
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = (acc << 6) | (LOOKUP[input.charCodeAt(i)] as number);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return { ok: true, bytes: out, padded };
}

export type Base64Flavor = 'base64' | 'base64url';
export type DecodedBase64 = { bytes: Uint8Array; flavor: Base64Flavor };

// Both alphabets map 62/63 to the same bits (RFC 4648 §4 and §5), so one table serves both.
const LENIENT = Int16Array.from(LOOKUP);
LENIENT[43 /* + */] = 62;
LENIENT[47 /* / */] = 63;

/**
 * Lenient decoding, for text people paste (claims challenges, keys): standard base64 (RFC 4648 §4)
 * or base64url (§5), padding optional. Returns undefined for a character outside the alphabets,
 * a mix of both alphabets, misplaced padding or an impossible length. Token segments use the
 * strict `decodeBase64url` instead. Does not ignore whitespace or check the unused trailing bits.
 */
export function decodeBase64Lenient(text: string): DecodedBase64 | undefined {
  const padStart = text.indexOf('=');
  const end = padStart === -1 ? text.length : padStart;
  const padding = text.slice(end);
  if (!/^={0,2}$/.test(padding)) return undefined;
  if (padding !== '' && text.length % 4 !== 0) return undefined;
  if (end % 4 === 1) return undefined;
  let standard = false;
  let url = false;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || LENIENT[c] === -1) return undefined;
    if (c === 43 || c === 47) standard = true;
    else if (c === 45 || c === 95) url = true;
  }
  if (standard && url) return undefined;
  const bytes = new Uint8Array(Math.floor((end * 3) / 4));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    acc = ((acc << 6) | (LENIENT[text.charCodeAt(i)] as number)) & 0xffff; // keep only the bits still unread
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[o++] = (acc >> bits) & 0xff;
    }
  }
  return { bytes, flavor: url ? 'base64url' : 'base64' };
}

/**
 * Strict unpadded base64url to bytes, or null: for callers that only need yes/no (key members,
 * signatures) rather than where it failed. Padding is refused, as RFC 7515 §2 requires.
 */
export function base64urlBytes(input: string): Uint8Array | null {
  // The part name only labels a failure, which this function discards.
  const r = decodeBase64url(input, 'signature');
  return r.ok && !r.padded ? r.bytes : null;
}

function sextets(n: number, count: number): string {
  let s = '';
  for (let k = 0; k < count; k++) s += ALPHABET.charAt((n >> (18 - 6 * k)) & 63);
  return s;
}

/** base64url without padding, for building links and test tokens. */
export function encodeBase64url(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out += sextets(n, 4);
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    out += sextets((bytes[i] as number) << 16, 2);
  } else if (rest === 2) {
    out += sextets(((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8), 3);
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes UTF-8 strictly (RFC 8725 §3.7 requires UTF-8); null when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes);
  } catch {
    return null;
  }
}
