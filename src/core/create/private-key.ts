import { calculateJwkThumbprint, exportJWK, importJWK, importPKCS8, type JWK } from 'jose';
import { decodeBase64, decodeBase64Url, encodeBase64Url, utf8 } from '../verify/bytes';
import { DerError, TAG, child, children, readSingle } from '../verify/der';
import { readFirstPemBlock, type PemBlock } from '../verify/pem';
import { CURVE_OIDS, KEY_OIDS, algorithmOids } from '../verify/spki';
import { pkcs8FromPkcs1, pkcs8FromSec1, toPem } from './der-write';

/** Where a private key or secret came from. */
export type PrivateKeySource = 'jwk' | 'pkcs8' | 'pkcs1' | 'sec1' | 'secret' | 'generated';

/** Why pasted text is not a usable private key or secret. */
export type PrivateKeyErrorCode =
  | 'empty'
  | 'not_json'
  | 'json_not_key'
  | 'public_key_only'
  | 'unsupported_kty'
  | 'unsupported_crv'
  | 'unsupported_key_algorithm'
  | 'invalid_key_material'
  | 'pem_unterminated'
  | 'pem_bad_base64'
  | 'pem_unsupported_label'
  | 'pem_encrypted_private_key'
  | 'der_invalid'
  | 'secret_empty'
  | 'secret_bad_encoding';

export interface PrivateKeyError {
  readonly code: PrivateKeyErrorCode;
  /** The PEM label, OID, kty or crv the error is about. */
  readonly detail?: string;
}

/** A private JWK (or an `oct` secret) with the key id it will be published under. */
export interface PrivateKey {
  readonly jwk: JWK & { readonly kty: 'RSA' | 'EC' | 'OKP' | 'oct' };
  readonly source: PrivateKeySource;
  /** The JWK's own `kid`, else its RFC 7638 thumbprint; undefined for a bare secret. */
  readonly kid: string | undefined;
}

export type PrivateKeyResult = { readonly ok: true; readonly key: PrivateKey } | { readonly ok: false; readonly error: PrivateKeyError };

export type SecretEncoding = 'text' | 'base64' | 'base64url';

const OID_X25519 = '1.3.101.110';
const EC_ALG: Readonly<Record<string, string>> = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' };
const PUBLIC_LABELS = new Set(['PUBLIC KEY', 'RSA PUBLIC KEY', 'CERTIFICATE']);

// An algorithm per key type only so WebCrypto checks the material; the caller picks the real one.
function probeAlg(kty: string, crv: unknown): string | undefined {
  if (kty === 'RSA') return 'RS256';
  if (kty === 'EC') return EC_ALG[String(crv)];
  if (kty === 'OKP') return crv === 'Ed25519' ? 'EdDSA' : crv === 'X25519' ? 'ECDH-ES' : undefined;
  return undefined;
}

async function withKid(jwk: PrivateKey['jwk'], source: PrivateKeySource): Promise<PrivateKey> {
  if (typeof jwk.kid === 'string' && jwk.kid !== '') return { jwk, source, kid: jwk.kid };
  // A bare secret gets no derived kid: its thumbprint would be a hash of the secret itself.
  if (jwk.kty === 'oct') return { jwk, source, kid: undefined };
  return { jwk, source, kid: await calculateJwkThumbprint(jwk) };
}

async function fromJwk(record: Record<string, unknown>): Promise<PrivateKeyResult> {
  const { kty, crv } = record;
  if (kty === 'oct') {
    const k = typeof record['k'] === 'string' ? decodeBase64Url(record['k']) : null;
    if (k === null) return { ok: false, error: { code: 'invalid_key_material', detail: 'k' } };
    if (k.length === 0) return { ok: false, error: { code: 'secret_empty' } };
    return { ok: true, key: await withKid(record as PrivateKey['jwk'], 'jwk') };
  }
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP') return { ok: false, error: { code: 'unsupported_kty', detail: String(kty) } };
  const alg = probeAlg(kty, crv);
  if (alg === undefined) return { ok: false, error: { code: 'unsupported_crv', detail: String(crv) } };
  if (record['d'] === undefined) return { ok: false, error: { code: 'public_key_only', detail: kty } };
  try {
    await importJWK({ ...record, alg: undefined, use: undefined, key_ops: undefined }, alg);
  } catch {
    return { ok: false, error: { code: 'invalid_key_material', detail: kty } };
  }
  return { ok: true, key: await withKid(record as PrivateKey['jwk'], 'jwk') };
}

function fromJson(text: string): Promise<PrivateKeyResult> | PrivateKeyResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not_json' } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { code: 'json_not_key' } };
  const record = value as Record<string, unknown>;
  if (Array.isArray(record['keys'])) {
    // A JWKS: use its first private key; a published (public) JWKS cannot sign or decrypt.
    const entry = (record['keys'] as unknown[]).find(
      (k) => typeof k === 'object' && k !== null && ('d' in k || (k as { kty?: unknown }).kty === 'oct'),
    );
    return entry === undefined
      ? { ok: false, error: { code: 'public_key_only', detail: 'JWKS' } }
      : fromJwk(entry as Record<string, unknown>);
  }
  if (!('kty' in record)) return { ok: false, error: { code: 'json_not_key' } };
  return fromJwk(record);
}

async function fromPkcs8Der(der: Uint8Array, source: PrivateKeySource, label: string): Promise<PrivateKeyResult> {
  const { oid, parameterOid } = algorithmOids(child(readSingle(der), 1, TAG.sequence));
  let alg: string | undefined;
  if (oid === KEY_OIDS.rsa) alg = 'RS256';
  else if (oid === KEY_OIDS.rsaPss) alg = 'PS256';
  else if (oid === KEY_OIDS.ed25519) alg = 'EdDSA';
  else if (oid === OID_X25519) alg = 'ECDH-ES';
  else if (oid === KEY_OIDS.ec) {
    const crv = CURVE_OIDS[parameterOid ?? ''];
    if (crv === undefined) return { ok: false, error: { code: 'unsupported_crv', detail: parameterOid ?? 'implicit' } };
    alg = EC_ALG[crv];
  } else if (oid === KEY_OIDS.ed448) return { ok: false, error: { code: 'unsupported_crv', detail: 'Ed448' } };
  if (alg === undefined) return { ok: false, error: { code: 'unsupported_key_algorithm', detail: oid } };
  try {
    const jwk = await exportJWK(await importPKCS8(toPem('PRIVATE KEY', der), alg, { extractable: true }));
    return { ok: true, key: await withKid(jwk as PrivateKey['jwk'], source) };
  } catch {
    return { ok: false, error: { code: 'invalid_key_material', detail: label } };
  }
}

async function fromPem(block: PemBlock): Promise<PrivateKeyResult> {
  try {
    switch (block.label) {
      case 'PRIVATE KEY':
        return await fromPkcs8Der(block.der, 'pkcs8', block.label);
      case 'RSA PRIVATE KEY':
        // PKCS#1 RSAPrivateKey (RFC 8017 A.1.2): WebCrypto imports PKCS#8 only, so wrap it.
        readSingle(block.der);
        return await fromPkcs8Der(pkcs8FromPkcs1(block.der), 'pkcs1', block.label);
      case 'EC PRIVATE KEY': {
        // SEC1 ECPrivateKey (RFC 5915 3): the curve is in [0]; PKCS#8 moves it to the algorithm.
        const parameters = children(readSingle(block.der)).find((f) => f.tag === 0xa0);
        const curve = parameters === undefined ? undefined : children(parameters)[0];
        if (curve?.tag !== TAG.oid) return { ok: false, error: { code: 'unsupported_crv', detail: 'implicit' } };
        return await fromPkcs8Der(pkcs8FromSec1(block.der, curve.raw), 'sec1', block.label);
      }
      case 'ENCRYPTED PRIVATE KEY':
        return { ok: false, error: { code: 'pem_encrypted_private_key', detail: block.label } };
      default:
        return PUBLIC_LABELS.has(block.label)
          ? { ok: false, error: { code: 'public_key_only', detail: block.label } }
          : { ok: false, error: { code: 'pem_unsupported_label', detail: block.label } };
    }
  } catch (error) {
    if (error instanceof DerError) return { ok: false, error: { code: 'der_invalid', detail: block.label } };
    throw error;
  }
}

function fromSecret(text: string, encoding: SecretEncoding): PrivateKeyResult {
  const bytes = encoding === 'text' ? utf8(text) : encoding === 'base64' ? decodeBase64(text) : decodeBase64Url(text);
  if (bytes === null) return { ok: false, error: { code: 'secret_bad_encoding', detail: encoding } };
  if (bytes.length === 0) return { ok: false, error: { code: 'secret_empty' } };
  return { ok: true, key: { jwk: { kty: 'oct', k: encodeBase64Url(bytes) }, source: 'secret', kid: undefined } };
}

/**
 * Reads a pasted private key: a private JWK (or the first private entry of a JWKS), PEM PKCS#8
 * (`PRIVATE KEY`), PKCS#1 (`RSA PRIVATE KEY`) or SEC1 (`EC PRIVATE KEY`); any other text is an
 * HMAC / symmetric secret in the chosen encoding. Public keys and certificates are refused with
 * `public_key_only`. Does NOT decide which algorithm the key may be used with (see keyFit).
 */
export async function parsePrivateKey(text: string, encoding: SecretEncoding = 'text'): Promise<PrivateKeyResult> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: { code: 'empty' } };
  if (trimmed.includes('-----BEGIN ')) {
    const block = readFirstPemBlock(trimmed);
    if (!block.ok)
      return {
        ok: false,
        error: {
          code:
            block.error.code === 'pem_encrypted_private_key'
              ? 'pem_encrypted_private_key'
              : block.error.code === 'pem_bad_base64'
                ? 'pem_bad_base64'
                : 'pem_unterminated',
          detail: block.error.detail,
        },
      };
    return fromPem(block.block);
  }
  if (trimmed.startsWith('{')) return fromJson(trimmed);
  return fromSecret(trimmed, encoding);
}
