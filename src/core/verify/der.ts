/**
 * A minimal DER (ITU-T X.690) reader: just enough to walk X.509 certificates,
 * SubjectPublicKeyInfo, PKCS#1, PKCS#8 and SEC1 structures. It reads definite lengths only,
 * as DER requires, and never interprets tags it is not asked about.
 */

/** One tag-length-value element; `contents` is a view into the input, `raw` includes the header. */
export interface DerElement {
  readonly tag: number;
  readonly contents: Uint8Array;
  readonly raw: Uint8Array;
}

export const TAG = {
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** Thrown only inside this module family; callers turn it into a `der_invalid` result. */
export class DerError extends Error {
  override name = 'DerError';
}

/** Reads one element at `offset`; throws DerError when the bytes are not valid DER. */
export function readElement(bytes: Uint8Array, offset = 0): { element: DerElement; next: number } {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new DerError('truncated header');
  if ((tag & 0x1f) === 0x1f) throw new DerError('multi-byte tags are not used by these structures');
  let cursor = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new DerError('indefinite or oversized length');
    length = 0;
    for (let i = 0; i < count; i += 1) {
      lengthByte = bytes[cursor];
      if (lengthByte === undefined) throw new DerError('truncated length');
      length = length * 256 + lengthByte;
      cursor += 1;
    }
  }
  const end = cursor + length;
  if (end > bytes.length) throw new DerError('length runs past the end');
  return {
    element: { tag, contents: bytes.subarray(cursor, end), raw: bytes.subarray(offset, end) },
    next: end,
  };
}

/** Reads a whole buffer as exactly one element (trailing bytes are an error). */
export function readSingle(bytes: Uint8Array): DerElement {
  const { element, next } = readElement(bytes, 0);
  if (next !== bytes.length) throw new DerError('trailing bytes');
  return element;
}

/** The children of a constructed element (SEQUENCE, SET, context tags). */
export function children(element: DerElement): DerElement[] {
  const result: DerElement[] = [];
  let offset = 0;
  while (offset < element.contents.length) {
    const { element: child, next } = readElement(element.contents, offset);
    result.push(child);
    offset = next;
  }
  return result;
}

/** Child `index`, required to carry `tag`; throws DerError otherwise. */
export function child(element: DerElement, index: number, tag: number): DerElement {
  const found = children(element)[index];
  if (found === undefined || found.tag !== tag) throw new DerError(`expected tag ${tag} at ${index}`);
  return found;
}

/** Dotted-decimal text of an OBJECT IDENTIFIER (X.690 8.19). */
export function oidText(element: DerElement): string {
  if (element.tag !== TAG.oid || element.contents.length === 0) throw new DerError('not an OID');
  const parts: number[] = [];
  let value = 0;
  for (const byte of element.contents) {
    value = value * 128 + (byte & 0x7f);
    if (!(byte & 0x80)) {
      if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
      else parts.push(value);
      value = 0;
    }
  }
  return parts.join('.');
}

/** INTEGER contents without the sign-padding zero byte (big-endian unsigned). */
export function unsignedInteger(element: DerElement): Uint8Array {
  if (element.tag !== TAG.integer || element.contents.length === 0) throw new DerError('not an INTEGER');
  let start = 0;
  while (start < element.contents.length - 1 && element.contents[start] === 0) start += 1;
  return element.contents.subarray(start);
}

/** BIT STRING contents, requiring zero unused bits (true of every key encoding used here). */
export function bitStringBytes(element: DerElement): Uint8Array {
  if (element.tag !== TAG.bitString || element.contents[0] !== 0) throw new DerError('not a byte-aligned BIT STRING');
  return element.contents.subarray(1);
}
