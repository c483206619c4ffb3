/** Just enough DER writing (ITU-T X.690 8.1) to wrap legacy private keys into PKCS#8. */

function lengthBytes(length: number): number[] {
  if (length < 0x80) return [length];
  const out: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) out.unshift(n % 256);
  return [0x80 | out.length, ...out];
}

/** One tag-length-value element. */
export function tlv(tag: number, contents: Uint8Array): Uint8Array {
  const head = [tag, ...lengthBytes(contents.length)];
  const out = new Uint8Array(head.length + contents.length);
  out.set(head, 0);
  out.set(contents, head.length);
  return out;
}

/** Concatenates encoded elements. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

// OBJECT IDENTIFIER encodings, written out: rsaEncryption (RFC 8017 A.1) and id-ecPublicKey (RFC 5480 2.1.1).
const RSA_ENCRYPTION_OID = Uint8Array.of(0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01);
const EC_PUBLIC_KEY_OID = Uint8Array.of(0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01);
const VERSION_0 = Uint8Array.of(0x02, 0x01, 0x00);
const NULL = Uint8Array.of(0x05, 0x00);

/** PKCS#8 PrivateKeyInfo (RFC 5208 5) around a PKCS#1 RSAPrivateKey. */
export function pkcs8FromPkcs1(rsaPrivateKey: Uint8Array): Uint8Array {
  return tlv(0x30, concat(VERSION_0, tlv(0x30, concat(RSA_ENCRYPTION_OID, NULL)), tlv(0x04, rsaPrivateKey)));
}

/** PKCS#8 PrivateKeyInfo around a SEC1 ECPrivateKey (RFC 5915 3); `curveOid` is the encoded OID element. */
export function pkcs8FromSec1(ecPrivateKey: Uint8Array, curveOid: Uint8Array): Uint8Array {
  return tlv(0x30, concat(VERSION_0, tlv(0x30, concat(EC_PUBLIC_KEY_OID, curveOid)), tlv(0x04, ecPrivateKey)));
}

/** PEM text (RFC 7468) for DER bytes. */
export function toPem(label: string, der: Uint8Array): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----`;
}
