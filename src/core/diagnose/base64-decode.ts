const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const VALUES = new Map<string, number>();
[...ALPHABET].forEach((ch, i) => VALUES.set(ch, i));
// Both alphabets map 62/63 to the same bits (RFC 4648 §4 and §5), so one table serves both.
VALUES.set('+', 62).set('-', 62).set('/', 63).set('_', 63);

export type Base64Flavor = 'base64' | 'base64url';
export type DecodedBase64 = { bytes: Uint8Array; flavor: Base64Flavor };

/**
 * Decodes standard base64 (RFC 4648 §4, padding optional) or base64url (§5).
 * Returns undefined for any character outside the alphabets, a mix of both
 * alphabets, misplaced padding or an impossible length.
 * Does not ignore whitespace and does not check that unused trailing bits are zero.
 */
export function decodeBase64Lenient(text: string): DecodedBase64 | undefined {
  const padStart = text.indexOf('=');
  const body = padStart === -1 ? text : text.slice(0, padStart);
  const padding = padStart === -1 ? '' : text.slice(padStart);
  if (!/^={0,2}$/.test(padding)) return undefined;
  if (padding !== '' && text.length % 4 !== 0) return undefined;
  if (body.length % 4 === 1) return undefined;
  const standard = /[+/]/.test(body);
  const url = /[-_]/.test(body);
  if (standard && url) return undefined;

  const bytes = new Uint8Array(Math.floor((body.length * 3) / 4));
  let bits = 0;
  let buffer = 0;
  let out = 0;
  for (const ch of body) {
    const value = VALUES.get(ch);
    if (value === undefined) return undefined;
    buffer = ((buffer << 6) | value) & 0xffff; // keep only the bits still unread
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[out++] = (buffer >> bits) & 0xff;
    }
  }
  return { bytes, flavor: url ? 'base64url' : 'base64' };
}
