import { DerError, TAG, child, children, oidText, readSingle } from './der';
import type { DerElement } from './der';
import { digest, encodeBase64Url } from './bytes';
import type { CertInfo } from './key-types';

// Short names for the attribute types seen in identity-provider certificates (RFC 4519, RFC 4514).
const ATTRIBUTE_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.5': 'SERIALNUMBER',
  '2.5.4.6': 'C',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '1.2.840.113549.1.9.1': 'E',
  '0.9.2342.19200300.100.1.25': 'DC',
};

function stringValue(element: DerElement): string {
  if (element.tag === 0x1e) {
    // BMPString: UTF-16 big-endian.
    let text = '';
    for (let i = 0; i + 1 < element.contents.length; i += 2) {
      text += String.fromCharCode(((element.contents[i] ?? 0) << 8) | (element.contents[i + 1] ?? 0));
    }
    return text;
  }
  return new TextDecoder().decode(element.contents);
}

function nameText(name: DerElement): string {
  const parts: string[] = [];
  for (const rdn of children(name)) {
    for (const attribute of children(rdn)) {
      const [type, value] = children(attribute);
      if (type === undefined || value === undefined) throw new DerError('bad attribute');
      const oid = oidText(type);
      parts.push(`${ATTRIBUTE_NAMES[oid] ?? oid}=${stringValue(value)}`);
    }
  }
  return parts.join(', ');
}

/** UTCTime / GeneralizedTime (RFC 5280 4.1.2.5) to seconds since the epoch. */
function timeSeconds(element: DerElement): number {
  const text = new TextDecoder().decode(element.contents);
  const match =
    element.tag === TAG.utcTime
      ? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
      : element.tag === TAG.generalizedTime
        ? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
        : null;
  if (match === null) throw new DerError('bad time');
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  // RFC 5280: two-digit years 50-99 are 19xx, 00-49 are 20xx.
  const year = element.tag === TAG.utcTime ? (y >= 50 ? 1900 + y : 2000 + y) : y;
  return Date.UTC(year, mo - 1, d, h, mi, s) / 1000;
}

/** A parsed certificate: its public key structure plus display facts. */
export interface ParsedCertificate {
  readonly spki: DerElement;
  readonly info: CertInfo;
}

/**
 * Reads subject, issuer, validity, thumbprints and the SubjectPublicKeyInfo of a DER certificate.
 * Does NOT check the certificate signature, the chain, or whether it is valid now (time is the
 * caller's business). Throws DerError on malformed DER.
 */
export async function parseCertificate(der: Uint8Array): Promise<ParsedCertificate> {
  const certificate = readSingle(der);
  if (certificate.tag !== TAG.sequence) throw new DerError('certificate is not a SEQUENCE');
  const tbs = child(certificate, 0, TAG.sequence);
  const fields = children(tbs);
  // The version is an optional explicit [0] tag; everything after it has a fixed position.
  const first = fields[0]?.tag === 0xa0 ? 1 : 0;
  const issuer = fields[first + 2];
  const validity = fields[first + 3];
  const subject = fields[first + 4];
  const spki = fields[first + 5];
  if (issuer?.tag !== TAG.sequence || validity?.tag !== TAG.sequence || subject?.tag !== TAG.sequence || spki?.tag !== TAG.sequence) {
    throw new DerError('unexpected TBSCertificate layout');
  }
  const [notBefore, notAfter] = children(validity);
  if (notBefore === undefined || notAfter === undefined) throw new DerError('bad validity');
  const subjectText = nameText(subject);
  const issuerText = nameText(issuer);
  return {
    spki,
    info: {
      subject: subjectText,
      issuer: issuerText,
      notBefore: timeSeconds(notBefore),
      notAfter: timeSeconds(notAfter),
      selfIssued: subjectText === issuerText,
      x5t: encodeBase64Url(await digest('SHA-1', der)),
      x5tS256: encodeBase64Url(await digest('SHA-256', der)),
    },
  };
}
