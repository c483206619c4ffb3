// Hand-made token strings for specs that test decoding of odd or broken input.
const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url');

/** A compact JWS from raw JSON texts, with a placeholder signature unless one is given. */
export function rawJws(header: string, payload: string, signature = 'c2lnbmF0dXJl'): string {
  return `${b64(header)}.${b64(payload)}.${signature}`;
}

/** A five-segment JWE with a readable protected header and random-looking parts. */
export function rawJwe(header = '{"alg":"RSA-OAEP","enc":"A256GCM","cty":"JWT"}'): string {
  return [b64(header), b64('k'.repeat(256)), b64('iv-12-bytes!'), b64('ciphertext-bytes'), b64('tag-16-bytes!!!!')].join('.');
}

export const SAMPLE_PAYLOAD = '{"sub":"1234567890","name":"Ada Lovelace","iat":1516239022}';
