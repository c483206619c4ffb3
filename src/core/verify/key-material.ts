import { decodeBase64, decodeBase64Url, utf8Text } from './bytes';
import { pemBlockToKey } from './pem-keys';
import type { PemKeyResult } from './pem-keys';

// The DER structures a pasted base64 body can be (RFC 7468 labels), most common first.
const DER_LABELS = ['CERTIFICATE', 'PUBLIC KEY', 'RSA PUBLIC KEY', 'PRIVATE KEY', 'RSA PRIVATE KEY', 'EC PRIVATE KEY'] as const;

// Pieces of PEM armor (RFC 7468, RFC 4716 "---- BEGIN SSH2 PUBLIC KEY ----") and OpenSSH public key lines.
const ARMOR = /\b(?:BEGIN|END)\s+[A-Z0-9 ]*(?:KEY|CERTIFICATE)\b/;
const OPENSSH = /^(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-[a-z0-9@.-]+)\s+[A-Za-z0-9+/]{16,}/;

/** Text with the quotes, brackets and commas of a copied JSON value (an `x5c` entry) taken off. */
export function unquoted(text: string): string {
  return text.trim().replace(/^[\s"'[,]+|[\s"'\],]+$/g, '');
}

// A JWK member list, even when the text around it is not valid JSON.
const JWK_FRAGMENT = /"kty"\s*:/;

/** True when text carries PEM armor, an OpenSSH public key line or JWK members: key material, never a secret. */
export function hasKeyArmor(text: string): boolean {
  return ARMOR.test(text) || OPENSSH.test(unquoted(text)) || JWK_FRAGMENT.test(text);
}

function standardBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * Reads DER bytes as a key or certificate by trying each PEM type in turn (a bare PEM body, an
 * `x5c` entry). Returns the first reading that succeeds, or the most specific failure of a
 * structure that is recognisably a key (an unsupported curve, say); null when the bytes are no key.
 */
export async function keyFromDer(der: Uint8Array): Promise<PemKeyResult | null> {
  if (der[0] !== 0x30) return null; // every one of these structures is a DER SEQUENCE
  let recognised: PemKeyResult | null = null;
  for (const label of DER_LABELS) {
    const text = `-----BEGIN ${label}-----\n${standardBase64(der)}\n-----END ${label}-----`;
    const result = await pemBlockToKey({ label, der, text });
    if (result.ok) return result;
    if (result.error.code !== 'der_invalid' && result.error.code !== 'invalid_key_material') recognised ??= result;
  }
  return recognised;
}

/**
 * The byte strings a pasted "secret" could stand for: as typed in its chosen encoding, read as
 * base64 or base64url (whatever the encoding setting says, since the person may have chosen wrongly),
 * and every long base64 run inside it.
 */
export function secretReadings(text: string, bytes: Uint8Array): Uint8Array[] {
  const body = unquoted(text);
  // Long base64 runs inside other text too ("x5c: MIIC..."): key material contained in a secret.
  const runs = (text.match(/[A-Za-z0-9+/_-]{64,}={0,2}/g) ?? []).flatMap((run) => [decodeBase64(run), decodeBase64Url(run)]);
  return [bytes, decodeBase64(body), decodeBase64Url(body.replace(/\s+/g, '')), ...runs].filter(
    (b): b is Uint8Array => b !== null && b.length > 0,
  );
}

/** The UTF-8 text of decoded secret bytes when it is itself PEM or JSON (base64 of a PEM file or a JWK). */
export function nestedKeyText(bytes: Uint8Array): string | null {
  const text = utf8Text(bytes)?.trim();
  if (text === undefined || text === '') return null;
  return text.includes('-----BEGIN ') || text.startsWith('{') ? text : null;
}
