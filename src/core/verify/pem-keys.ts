import { exportJWK, importPKCS8 } from 'jose';
import { DerError, TAG, bitStringBytes, child, children, oidText, readSingle } from './der';
import { CURVE_OIDS, KEY_OIDS, algorithmOids, ecPointToJwk, rsaPublicKeyToJwk, spkiToJwk } from './spki';
import type { SpkiResult } from './spki';
import { parseCertificate } from './x509';
import type { PemBlock } from './pem';
import type { CertInfo, KeyInputError, KeySource, PublicJwk } from './key-types';

export type PemKeyResult =
  | { readonly ok: true; readonly jwk: PublicJwk; readonly source: KeySource; readonly cert?: CertInfo; readonly hadPrivate: boolean }
  | { readonly ok: false; readonly error: KeyInputError };

function fromSpki(result: SpkiResult, source: KeySource, hadPrivate: boolean, cert?: CertInfo): PemKeyResult {
  if (!result.ok) {
    const detail = result.problem.code === 'unsupported_crv' ? result.problem.crv : result.problem.oid;
    return { ok: false, error: { code: result.problem.code, detail } };
  }
  return cert === undefined ? { ok: true, jwk: result.jwk, source, hadPrivate } : { ok: true, jwk: result.jwk, source, cert, hadPrivate };
}

// PKCS#8 (RFC 5208 / RFC 5958): WebCrypto derives the public half, so let jose import and export it.
async function fromPkcs8(block: PemBlock): Promise<PemKeyResult> {
  const info = readSingle(block.der);
  const { oid, parameterOid } = algorithmOids(child(info, 1, TAG.sequence));
  let alg: string;
  if (oid === KEY_OIDS.rsa) alg = 'RS256';
  else if (oid === KEY_OIDS.rsaPss) alg = 'PS256';
  else if (oid === KEY_OIDS.ed25519) alg = 'EdDSA';
  else if (oid === KEY_OIDS.ec) {
    const crv = CURVE_OIDS[parameterOid ?? ''];
    if (crv === undefined) return { ok: false, error: { code: 'unsupported_crv', detail: parameterOid ?? 'implicit' } };
    alg = { 'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512' }[crv];
  } else if (oid === KEY_OIDS.ed448) return { ok: false, error: { code: 'unsupported_crv', detail: 'Ed448' } };
  else return { ok: false, error: { code: 'unsupported_key_algorithm', detail: oid } };
  try {
    const exported = await exportJWK(await importPKCS8(block.text, alg, { extractable: true }));
    const { kty, n, e, crv, x, y } = exported;
    const jwk = Object.fromEntries(Object.entries({ kty, n, e, crv, x, y }).filter(([, v]) => v !== undefined));
    return { ok: true, jwk: jwk as unknown as PublicJwk, source: 'pkcs8', hadPrivate: true };
  } catch {
    return { ok: false, error: { code: 'invalid_key_material', detail: 'PRIVATE KEY' } };
  }
}

// SEC1 ECPrivateKey (RFC 5915 3): curve in [0], public point in [1].
function fromSec1(der: Uint8Array): PemKeyResult {
  const fields = children(readSingle(der));
  const parameters = fields.find((f) => f.tag === 0xa0);
  const publicKey = fields.find((f) => f.tag === 0xa1);
  const curveOid = parameters === undefined ? undefined : oidText(child(parameters, 0, TAG.oid));
  const crv = CURVE_OIDS[curveOid ?? ''];
  if (crv === undefined) return { ok: false, error: { code: 'unsupported_crv', detail: curveOid ?? 'implicit' } };
  if (publicKey === undefined) return { ok: false, error: { code: 'invalid_key_material', detail: 'EC PRIVATE KEY' } };
  return { ok: true, jwk: ecPointToJwk(crv, bitStringBytes(child(publicKey, 0, TAG.bitString))), source: 'sec1', hadPrivate: true };
}

/**
 * Turns one PEM block into a public JWK. Private keys give only their public half (`hadPrivate`).
 * Does NOT check a certificate's signature, chain or validity period.
 */
export async function pemBlockToKey(block: PemBlock): Promise<PemKeyResult> {
  try {
    switch (block.label) {
      case 'PUBLIC KEY':
        return fromSpki(spkiToJwk(readSingle(block.der)), 'spki', false);
      case 'RSA PUBLIC KEY':
        // PKCS#1 RSAPublicKey (RFC 8017 A.1.1): jose has no importer, but n and e are all we need.
        return { ok: true, jwk: rsaPublicKeyToJwk(readSingle(block.der)), source: 'pkcs1', hadPrivate: false };
      case 'CERTIFICATE': {
        const { spki, info } = await parseCertificate(block.der);
        return fromSpki(spkiToJwk(spki), 'x509', false, info);
      }
      case 'PRIVATE KEY':
        return await fromPkcs8(block);
      case 'RSA PRIVATE KEY': {
        // RSAPrivateKey (RFC 8017 A.1.2): version, n, e, d, ...; keep n and e only.
        const fields = children(readSingle(block.der));
        const [, n, e] = fields;
        if (n?.tag !== TAG.integer || e?.tag !== TAG.integer) throw new DerError('bad RSAPrivateKey');
        const sequence = { tag: TAG.sequence, contents: new Uint8Array([...n.raw, ...e.raw]), raw: block.der };
        return { ok: true, jwk: rsaPublicKeyToJwk(sequence), source: 'pkcs1-private', hadPrivate: true };
      }
      case 'EC PRIVATE KEY':
        return fromSec1(block.der);
      case 'ENCRYPTED PRIVATE KEY':
        return { ok: false, error: { code: 'pem_encrypted_private_key', detail: block.label } };
      default:
        return { ok: false, error: { code: 'pem_unsupported_label', detail: block.label } };
    }
  } catch (error) {
    if (error instanceof DerError) return { ok: false, error: { code: 'der_invalid', detail: block.label } };
    throw error;
  }
}
