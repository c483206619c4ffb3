import { DerError, TAG, bitStringBytes, child, children, oidText, readSingle, unsignedInteger } from './der';
import type { DerElement } from './der';
import { encodeBase64Url } from './bytes';
import type { PublicJwk } from './key-types';

// Algorithm and curve OIDs: RFC 3279 / RFC 5480 (RSA, EC), RFC 8410 (Ed25519/Ed448), RFC 4055 (RSA-PSS).
const OID_RSA = '1.2.840.113549.1.1.1';
const OID_RSA_PSS = '1.2.840.113549.1.1.10';
const OID_EC = '1.2.840.10045.2.1';
const OID_ED25519 = '1.3.101.112';
const OID_ED448 = '1.3.101.113';
export const CURVE_OIDS: Readonly<Record<string, 'P-256' | 'P-384' | 'P-521'>> = {
  '1.2.840.10045.3.1.7': 'P-256',
  '1.3.132.0.34': 'P-384',
  '1.3.132.0.35': 'P-521',
};
const COORDINATE_BYTES = { 'P-256': 32, 'P-384': 48, 'P-521': 66 } as const;

/** Why DER key material could not become a JWK. */
export type SpkiProblem =
  { readonly code: 'unsupported_key_algorithm'; readonly oid: string } | { readonly code: 'unsupported_crv'; readonly crv: string };

export type SpkiResult = { readonly ok: true; readonly jwk: PublicJwk } | { readonly ok: false; readonly problem: SpkiProblem };

/** RSAPublicKey (PKCS#1, RFC 8017 A.1.1) SEQUENCE { n, e } to a JWK. Throws DerError on bad DER. */
export function rsaPublicKeyToJwk(sequence: DerElement): PublicJwk {
  return {
    kty: 'RSA',
    n: encodeBase64Url(unsignedInteger(child(sequence, 0, TAG.integer))),
    e: encodeBase64Url(unsignedInteger(child(sequence, 1, TAG.integer))),
  };
}

/** Uncompressed SEC1 point (0x04 || X || Y) on a named curve to a JWK. Throws DerError otherwise. */
export function ecPointToJwk(crv: 'P-256' | 'P-384' | 'P-521', point: Uint8Array): PublicJwk {
  const size = COORDINATE_BYTES[crv];
  if (point[0] !== 0x04 || point.length !== 1 + 2 * size) throw new DerError('EC point is not uncompressed');
  return {
    kty: 'EC',
    crv,
    x: encodeBase64Url(point.subarray(1, 1 + size)),
    y: encodeBase64Url(point.subarray(1 + size)),
  };
}

/**
 * SubjectPublicKeyInfo (RFC 5280 4.1.2.7) to a public JWK, by reading the algorithm OID.
 * Does NOT check that the numbers form a usable key: importing it with jose does that.
 * Throws DerError on malformed DER.
 */
export function spkiToJwk(spki: DerElement): SpkiResult {
  if (spki.tag !== TAG.sequence) throw new DerError('SPKI is not a SEQUENCE');
  const algorithm = child(spki, 0, TAG.sequence);
  const keyBits = bitStringBytes(child(spki, 1, TAG.bitString));
  const oid = oidText(child(algorithm, 0, TAG.oid));
  if (oid === OID_RSA || oid === OID_RSA_PSS) return { ok: true, jwk: rsaPublicKeyToJwk(readSingle(keyBits)) };
  if (oid === OID_EC) {
    const parameters = children(algorithm)[1];
    const curveOid = parameters?.tag === TAG.oid ? oidText(parameters) : 'implicit';
    const crv = CURVE_OIDS[curveOid];
    if (crv === undefined) return { ok: false, problem: { code: 'unsupported_crv', crv: curveOid } };
    return { ok: true, jwk: ecPointToJwk(crv, keyBits) };
  }
  if (oid === OID_ED25519) {
    if (keyBits.length !== 32) throw new DerError('Ed25519 key is not 32 bytes');
    return { ok: true, jwk: { kty: 'OKP', crv: 'Ed25519', x: encodeBase64Url(keyBits) } };
  }
  if (oid === OID_ED448) return { ok: false, problem: { code: 'unsupported_crv', crv: 'Ed448' } };
  return { ok: false, problem: { code: 'unsupported_key_algorithm', oid } };
}

/** The algorithm OID of an AlgorithmIdentifier SEQUENCE plus its optional OID parameter. */
export function algorithmOids(algorithm: DerElement): { oid: string; parameterOid: string | undefined } {
  const parameters = children(algorithm)[1];
  return {
    oid: oidText(child(algorithm, 0, TAG.oid)),
    parameterOid: parameters?.tag === TAG.oid ? oidText(parameters) : undefined,
  };
}

export const KEY_OIDS = { rsa: OID_RSA, rsaPss: OID_RSA_PSS, ec: OID_EC, ed25519: OID_ED25519, ed448: OID_ED448 } as const;
