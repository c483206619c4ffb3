import { compactDecrypt, decodeProtectedHeader, errors, importJWK } from 'jose';
import { decodeBase64Url, utf8Text } from '../verify/bytes';
import { parsePrivateKey, type PrivateKeyError, type SecretEncoding } from '../create/private-key';
import { isJweEnc, isJweKeyAlg, keyKindOf, type JweKeyAlg } from './jwe-algorithms';

/** Why a JWE could not be decrypted. */
export type JweDecryptError =
  | { readonly code: 'not_compact_jwe' }
  | { readonly code: 'unsupported_alg'; readonly alg: string }
  | { readonly code: 'unsupported_enc'; readonly enc: string }
  | { readonly code: 'unsupported_zip'; readonly zip: string }
  | { readonly code: 'unsupported_here'; readonly alg: string; readonly enc: string }
  | { readonly code: 'key_input'; readonly error: PrivateKeyError }
  | { readonly code: 'key_kind'; readonly alg: string; readonly needs: 'rsa' | 'ecdh' | 'symmetric' }
  | { readonly code: 'key_unusable'; readonly alg: string }
  | { readonly code: 'jwe_invalid' }
  | { readonly code: 'decryption_failed' };

export interface Decrypted {
  readonly header: Readonly<Record<string, unknown>>;
  readonly plaintext: Uint8Array;
  /** The plaintext as UTF-8 text, or null when it is not valid UTF-8. */
  readonly text: string | null;
  /** The inner compact token when the header says `cty: JWT` (RFC 7519 5.2) and the text is one. */
  readonly nested: string | null;
}

export type JweDecryptResult = { readonly ok: true; readonly value: Decrypted } | { readonly ok: false; readonly error: JweDecryptError };

const NESTED_CTY = /^(application\/)?jwt$/i;
const COMPACT_TOKEN = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){2}$|^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]*){4}$/;

async function keyFor(
  alg: JweKeyAlg,
  keyText: string,
  encoding: SecretEncoding,
): Promise<{ ok: true; key: CryptoKey | Uint8Array } | { ok: false; error: JweDecryptError }> {
  const kind = keyKindOf(alg);
  // PBES2 takes a password: the text itself, never decoded (RFC 7518 4.8.1.1).
  const parsed = await parsePrivateKey(keyText, kind === 'password' ? 'text' : encoding);
  if (!parsed.ok) return { ok: false, error: { code: 'key_input', error: parsed.error } };
  const { jwk } = parsed.key;
  const needs = kind === 'password' ? 'symmetric' : kind;
  const isKind = needs === 'rsa' ? jwk.kty === 'RSA' : needs === 'ecdh' ? jwk.kty === 'EC' || jwk.kty === 'OKP' : jwk.kty === 'oct';
  if (!isKind) return { ok: false, error: { code: 'key_kind', alg, needs } };
  if (jwk.kty === 'oct') {
    const bytes = decodeBase64Url(String(jwk.k));
    return bytes === null ? { ok: false, error: { code: 'key_unusable', alg } } : { ok: true, key: bytes };
  }
  try {
    const key = await importJWK({ ...jwk, alg: undefined, use: undefined, key_ops: undefined }, alg);
    return key instanceof Uint8Array ? { ok: false, error: { code: 'key_unusable', alg } } : { ok: true, key };
  } catch {
    return { ok: false, error: { code: 'key_unusable', alg } };
  }
}

function fromJoseError(error: unknown, alg: string, enc: string): JweDecryptError {
  if (error instanceof errors.JWEDecryptionFailed) return { code: 'decryption_failed' };
  if (error instanceof errors.JWEInvalid) return { code: 'jwe_invalid' };
  // A browser may lack an algorithm jose knows (Chromium has no 192-bit AES).
  if (error instanceof errors.JOSENotSupported || (error instanceof Error && error.name === 'NotSupportedError'))
    return { code: 'unsupported_here', alg, enc };
  return { code: 'key_unusable', alg };
}

/**
 * Decrypts a compact JWE (RFC 7516 7.1) in the page with jose, with a pasted key: a private JWK or
 * PEM (RSA-OAEP*, ECDH-ES*), a symmetric key as text/base64/base64url (`dir`, `A*KW`, `A*GCMKW`), or
 * a password (PBES2, at most jose's default iteration count). Algorithms outside the supported
 * lists are named in the error. Does NOT verify a nested token: the caller shows it like any other.
 */
export async function decryptJwe(compact: string, keyText: string, encoding: SecretEncoding = 'text'): Promise<JweDecryptResult> {
  const trimmed = compact.trim();
  if (trimmed.split('.').length !== 5) return { ok: false, error: { code: 'not_compact_jwe' } };
  let header: Record<string, unknown>;
  try {
    header = decodeProtectedHeader(trimmed) as Record<string, unknown>;
  } catch {
    return { ok: false, error: { code: 'not_compact_jwe' } };
  }
  const { alg, enc, zip } = header;
  if (!isJweKeyAlg(alg)) return { ok: false, error: { code: 'unsupported_alg', alg: String(alg) } };
  if (!isJweEnc(enc)) return { ok: false, error: { code: 'unsupported_enc', enc: String(enc) } };
  if (zip !== undefined && zip !== 'DEF') return { ok: false, error: { code: 'unsupported_zip', zip: String(zip) } };
  const key = await keyFor(alg, keyText, encoding);
  if (!key.ok) return key;
  try {
    const { plaintext } = await compactDecrypt(trimmed, key.key, { keyManagementAlgorithms: [alg], contentEncryptionAlgorithms: [enc] });
    const text = utf8Text(plaintext);
    const cty = header['cty'];
    const nested = typeof cty === 'string' && NESTED_CTY.test(cty) && text !== null && COMPACT_TOKEN.test(text.trim()) ? text.trim() : null;
    return { ok: true, value: { header, plaintext, text, nested } };
  } catch (error) {
    return { ok: false, error: fromJoseError(error, alg, enc) };
  }
}
