import { encodeBase64url } from './base64url';

/** base64url of a UTF-8 string, for building test tokens by hand. */
export function b64(text: string): string {
  return encodeBase64url(new TextEncoder().encode(text));
}

/** A compact JWS from raw JSON texts (kept verbatim, so duplicates and whitespace survive). */
export function jws(headerText: string, payloadText: string, signature = 'c2lnbmF0dXJl'): string {
  return `${b64(headerText)}.${b64(payloadText)}.${signature}`;
}
