import { decodeBase64 } from './bytes';
import type { KeyInputError } from './key-types';

/** The first PEM block of a text (RFC 7468). */
export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
  /** The block as pasted, re-usable by jose's PEM importers. */
  readonly text: string;
}

export type PemResult = { readonly ok: true; readonly block: PemBlock } | { readonly ok: false; readonly error: KeyInputError };

/**
 * Finds the first `-----BEGIN X-----` ... `-----END X-----` block and decodes its base64.
 * Later blocks (for example the rest of a certificate chain) are ignored on purpose: the first
 * certificate of a chain is the signer's. Does NOT look inside the DER.
 */
export function readFirstPemBlock(text: string): PemResult {
  const begin = /-----BEGIN ([A-Z0-9 ]+)-----/.exec(text);
  if (begin === null) return { ok: false, error: { code: 'pem_unterminated' } };
  const label = begin[1] ?? '';
  const endMarker = `-----END ${label}-----`;
  const start = begin.index + begin[0].length;
  const end = text.indexOf(endMarker, start);
  if (end < 0) return { ok: false, error: { code: 'pem_unterminated', detail: label } };
  const body = text.slice(start, end);
  // RFC 1421 style headers (Proc-Type: 4,ENCRYPTED) mean a passphrase-protected legacy key.
  if (/Proc-Type:\s*4,\s*ENCRYPTED/i.test(body)) return { ok: false, error: { code: 'pem_encrypted_private_key', detail: label } };
  const der = decodeBase64(body);
  if (der === null || der.length === 0) return { ok: false, error: { code: 'pem_bad_base64', detail: label } };
  return { ok: true, block: { label, der, text: text.slice(begin.index, end + endMarker.length) } };
}
