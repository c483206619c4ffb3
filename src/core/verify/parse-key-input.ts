import { importJWK } from 'jose';
import { decodeBase64, decodeBase64Url, encodeBase64Url, utf8 } from './bytes';
import { DerError } from './der';
import { checkJwkMembers } from './jwk-member-checks';
import { readFirstPemBlock } from './pem';
import { pemBlockToKey } from './pem-keys';
import { parseCertificate } from './x509';
import type { CertInfo, KeyInputError, KeyInputResult, KeyWarning, ParsedKey, PublicJwk } from './key-types';

/** How a pasted HMAC secret is turned into bytes. */
export interface KeyInputOptions {
  readonly secretEncoding?: 'text' | 'base64' | 'base64url';
}

type One = { ok: true; key: ParsedKey; warnings: KeyWarning[] } | { ok: false; error: KeyInputError };

// An algorithm per key type only so WebCrypto can check the material (EC point on the curve, ...).
function probeAlg(jwk: PublicJwk): string {
  if (jwk.kty === 'RSA') return 'RS256';
  if (jwk.kty === 'OKP') return 'EdDSA';
  if (jwk.kty === 'oct') return 'HS256';
  return { 'P-384': 'ES384', 'P-521': 'ES512' }[jwk.crv ?? ''] ?? 'ES256';
}

async function materialIsUsable(jwk: PublicJwk): Promise<boolean> {
  try {
    await importJWK({ ...jwk, alg: undefined, use: undefined, key_ops: undefined, x5c: undefined }, probeAlg(jwk));
    return true;
  } catch {
    return false;
  }
}

async function x5cInfo(jwk: PublicJwk): Promise<CertInfo | 'unreadable' | undefined> {
  const first = jwk.x5c?.[0];
  if (first === undefined) return undefined;
  const der = decodeBase64(first); // RFC 7517 4.7: x5c is standard base64, not base64url.
  if (der === null) return 'unreadable';
  try {
    return (await parseCertificate(der)).info;
  } catch (error) {
    if (error instanceof DerError) return 'unreadable';
    throw error;
  }
}

async function fromJwkObject(record: Record<string, unknown>, source: 'jwk' | 'jwks', index: number): Promise<One> {
  const checked = checkJwkMembers(record);
  if (!checked.ok) return { ok: false, error: source === 'jwks' ? { ...checked.error, index } : checked.error };
  if (!(await materialIsUsable(checked.jwk))) return { ok: false, error: { code: 'invalid_key_material', index } };
  const warnings: KeyWarning[] = checked.hadPrivate ? [{ code: 'private_key_pasted', index }] : [];
  const cert = await x5cInfo(checked.jwk);
  if (cert === 'unreadable') warnings.push({ code: 'x5c_unreadable', index });
  const key: ParsedKey = cert === undefined || cert === 'unreadable' ? { jwk: checked.jwk, source, index } : { jwk: checked.jwk, source, index, cert };
  return { ok: true, key, warnings };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

async function fromJson(text: string): Promise<KeyInputResult> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not_json' } };
  }
  if (!isRecord(value)) return { ok: false, error: { code: 'json_not_key' } };
  if ('keys' in value) {
    const entries = value['keys'];
    if (!Array.isArray(entries)) return { ok: false, error: { code: 'jwks_not_array' } };
    if (entries.length === 0) return { ok: false, error: { code: 'jwks_empty' } };
    const keys: ParsedKey[] = [];
    const warnings: KeyWarning[] = [];
    let firstError: KeyInputError | undefined;
    for (const [index, entry] of entries.entries()) {
      const one: One = isRecord(entry) ? await fromJwkObject(entry, 'jwks', index) : { ok: false, error: { code: 'json_not_key', index } };
      if (one.ok) {
        keys.push(one.key);
        warnings.push(...one.warnings);
      } else {
        firstError ??= one.error;
        // A JWKS may legitimately hold keys we cannot use (encryption keys, other curves): skip them.
        warnings.push({ code: 'jwks_entry_skipped', index, reason: one.error.code });
      }
    }
    if (keys.length === 0) return { ok: false, error: { ...firstError, code: 'jwks_no_usable_key' } };
    return { ok: true, keys, warnings };
  }
  if ('kty' in value) {
    const one = await fromJwkObject(value, 'jwk', 0);
    return one.ok ? { ok: true, keys: [one.key], warnings: one.warnings } : one;
  }
  // A discovery document is a common paste mistake: say so via the detail.
  return { ok: false, error: { code: 'json_not_key', detail: 'jwks_uri' in value ? 'discovery_document' : undefined } };
}

async function fromPem(text: string): Promise<KeyInputResult> {
  const block = readFirstPemBlock(text);
  if (!block.ok) return block;
  const converted = await pemBlockToKey(block.block);
  if (!converted.ok) return converted;
  if (!(await materialIsUsable(converted.jwk))) return { ok: false, error: { code: 'invalid_key_material', detail: block.block.label } };
  const key: ParsedKey = converted.cert === undefined ? { jwk: converted.jwk, source: converted.source, index: 0 } : { jwk: converted.jwk, source: converted.source, index: 0, cert: converted.cert };
  return { ok: true, keys: [key], warnings: converted.hadPrivate ? [{ code: 'private_key_pasted' }] : [] };
}

function fromSecret(text: string, encoding: 'text' | 'base64' | 'base64url'): KeyInputResult {
  const bytes = encoding === 'text' ? utf8(text) : encoding === 'base64' ? decodeBase64(text) : decodeBase64Url(text);
  if (bytes === null) return { ok: false, error: { code: 'secret_bad_encoding', detail: encoding } };
  if (bytes.length === 0) return { ok: false, error: { code: 'secret_empty' } };
  const warnings: KeyWarning[] = [];
  // Heuristic: long text made only of base64 characters was probably meant to be decoded.
  if (encoding === 'text' && text.length >= 16 && /^[A-Za-z0-9+/_-]+={0,2}$/.test(text) && /[0-9+/_-]/.test(text)) {
    warnings.push({ code: 'secret_looks_base64' });
  }
  // RFC 7518 3.2: the HMAC key must be at least as long as the hash output (32 bytes for HS256).
  if (bytes.length < 32) warnings.push({ code: 'secret_short' });
  return { ok: true, keys: [{ jwk: { kty: 'oct', k: encodeBase64Url(bytes) }, source: 'secret', index: 0 }], warnings };
}

/**
 * Reads pasted key material: a JWKS, one JWK, PEM (SPKI, PKCS#1 RSA public key, X.509
 * certificate, PKCS#8 / PKCS#1 / SEC1 private keys, reduced to their public half), or else an
 * HMAC secret in the chosen encoding (default: the text itself, trimmed).
 * Does NOT check certificate chains, validity periods or revocation, and never uses a key a
 * token names for itself.
 */
export async function parseKeyInput(text: string, options: KeyInputOptions = {}): Promise<KeyInputResult> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  if (trimmed.includes('-----BEGIN ')) return fromPem(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed);
  return fromSecret(trimmed, options.secretEncoding ?? 'text');
}
