import { isJsonObject } from '../json';
import { importJWK } from 'jose';
import { decodeBase64, decodeBase64Url, encodeBase64Url, utf8, utf8Text } from './bytes';
import { checkJwkMembers } from './jwk-member-checks';
import { readFirstPemBlock } from './pem';
import { pemBlockToKey } from './pem-keys';
import { hasKeyArmor, keyFromDer, nestedKeyText, secretReadings } from './key-material';
import { x5cInfo } from './x5c-binding';
import type { KeyInputError, KeyInputResult, KeyWarning, ParsedKey, PublicJwk } from './key-types';

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

/** An `oct` JWK whose `k` is itself key material (DER, PEM, a JWK): refused like a pasted one. */
async function octHoldsKeyMaterial(jwk: PublicJwk): Promise<boolean> {
  if (jwk.kty !== 'oct') return false;
  const bytes = decodeBase64Url(jwk.k ?? '');
  if (bytes === null) return false;
  return (await keyFromDer(bytes)) !== null || nestedKeyText(bytes) !== null || hasKeyArmor(utf8Text(bytes) ?? '');
}

async function fromJwkObject(record: Record<string, unknown>, source: 'jwk' | 'jwks', index: number): Promise<One> {
  const checked = checkJwkMembers(record);
  if (!checked.ok) return { ok: false, error: source === 'jwks' ? { ...checked.error, index } : checked.error };
  if (await octHoldsKeyMaterial(checked.jwk)) return { ok: false, error: { code: 'public_key_as_secret', index } };
  if (!(await materialIsUsable(checked.jwk))) return { ok: false, error: { code: 'invalid_key_material', index } };
  const warnings: KeyWarning[] = checked.hadPrivate ? [{ code: 'private_key_pasted', index }] : [];
  const cert = await x5cInfo(checked.jwk);
  if (cert === 'unreadable') warnings.push({ code: 'x5c_unreadable', index });
  if (cert === 'mismatch') warnings.push({ code: 'x5c_key_mismatch', index });
  const key: ParsedKey = typeof cert === 'object' ? { jwk: checked.jwk, source, index, cert } : { jwk: checked.jwk, source, index };
  return { ok: true, key, warnings };
}

const isRecord = isJsonObject;

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
  const key: ParsedKey =
    converted.cert === undefined
      ? { jwk: converted.jwk, source: converted.source, index: 0 }
      : { jwk: converted.jwk, source: converted.source, index: 0, cert: converted.cert };
  return { ok: true, keys: [key], warnings: converted.hadPrivate ? [{ code: 'private_key_pasted' }] : [] };
}

/**
 * Public key material is never an HMAC secret (the key-confusion attack, RFC 8725 2.1): a bare PEM
 * body, an `x5c` entry, DER in any encoding, or base64 of a PEM file or JWK is read as the key it is,
 * so an HS* token meets the asymmetric-key refusal. Returns null when the text is no key at all.
 */
async function keyInSecret(text: string, bytes: Uint8Array, depth: number): Promise<KeyInputResult | null> {
  if (hasKeyArmor(text)) return { ok: false, error: { code: 'public_key_as_secret' } };
  for (const reading of secretReadings(text, bytes)) {
    const der = await keyFromDer(reading);
    if (der !== null) {
      if (!der.ok) return { ok: false, error: { ...der.error, code: 'public_key_as_secret', detail: der.error.detail ?? der.error.code } };
      const key: ParsedKey =
        der.cert === undefined
          ? { jwk: der.jwk, source: der.source, index: 0 }
          : { jwk: der.jwk, source: der.source, index: 0, cert: der.cert };
      return {
        ok: true,
        keys: [key],
        warnings: [{ code: 'key_without_armor' }, ...(der.hadPrivate ? [{ code: 'private_key_pasted' as const }] : [])],
      };
    }
    const nested = depth === 0 ? nestedKeyText(reading) : null;
    if (nested !== null) {
      const inner = await parseKeyInput(nested, {}, depth + 1);
      if (!inner.ok || inner.keys.some((k) => k.jwk.kty !== 'oct'))
        return inner.ok
          ? { ...inner, warnings: [{ code: 'key_without_armor' }, ...inner.warnings] }
          : { ok: false, error: { code: 'public_key_as_secret', detail: inner.error.code } };
    }
  }
  return null;
}

async function fromSecret(text: string, encoding: 'text' | 'base64' | 'base64url', depth: number): Promise<KeyInputResult> {
  const bytes = encoding === 'text' ? utf8(text) : encoding === 'base64' ? decodeBase64(text) : decodeBase64Url(text);
  const asKey = await keyInSecret(text, bytes ?? new Uint8Array(0), depth);
  if (asKey !== null) return asKey;
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
 * HMAC secret in the chosen encoding (default: the text itself, trimmed). Text that is or holds
 * public key material (a bare PEM body, an x5c entry, base64 of a PEM file or JWK) is read as that
 * key, never as a secret, whatever the encoding says; key armor it cannot read is refused.
 * Does NOT check certificate chains, validity periods or revocation, and never uses a key a
 * token names for itself.
 */
export async function parseKeyInput(text: string, options: KeyInputOptions = {}, depth = 0): Promise<KeyInputResult> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  if (trimmed.includes('-----BEGIN ')) return fromPem(trimmed);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return fromJson(trimmed);
  return fromSecret(trimmed, options.secretEncoding ?? 'text', depth);
}
