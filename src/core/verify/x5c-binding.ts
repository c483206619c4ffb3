import { decodeBase64, decodeBase64Url, encodeBase64Url } from './bytes';
import { DerError } from './der';
import { spkiToJwk } from './spki';
import { parseCertificate } from './x509';
import type { CertInfo, PublicJwk } from './key-types';

// Compares key numbers as unsigned integers: a leading zero octet does not make another key.
function sameNumber(a: string | undefined, b: string | undefined): boolean {
  const strip = (text: string | undefined) => {
    const bytes = decodeBase64Url(text ?? '');
    if (bytes === null) return null;
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0) start++;
    return encodeBase64Url(bytes.subarray(start));
  };
  const left = strip(a);
  return left !== null && left === strip(b);
}

/** True when two public JWKs hold the same key (RFC 7517 4.7: x5c[0] must hold the JWK's key). */
function sameKey(a: PublicJwk, b: PublicJwk): boolean {
  if (a.kty !== b.kty) return false;
  if (a.kty === 'RSA') return sameNumber(a.n, b.n) && sameNumber(a.e, b.e);
  if (a.kty === 'EC') return a.crv === b.crv && a.x === b.x && a.y === b.y;
  if (a.kty === 'OKP') return a.crv === b.crv && a.x === b.x;
  return false;
}

/**
 * The identity of the certificate in `x5c[0]`, only when its public key is the JWK's own key: a
 * certificate is a claim about a key, so a certificate for another key says nothing about this one.
 */
export async function x5cInfo(jwk: PublicJwk): Promise<CertInfo | 'unreadable' | 'mismatch' | undefined> {
  const first = jwk.x5c?.[0];
  if (first === undefined) return undefined;
  const der = decodeBase64(first); // RFC 7517 4.7: x5c is standard base64, not base64url.
  if (der === null) return 'unreadable';
  try {
    const { spki, info } = await parseCertificate(der);
    const certKey = spkiToJwk(spki);
    return certKey.ok && sameKey(certKey.jwk, jwk) ? info : 'mismatch';
  } catch (error) {
    if (error instanceof DerError) return 'unreadable';
    throw error;
  }
}
