/**
 * Secrets that appear in tutorials, framework defaults and jwt.io's debugger. A token signed with one
 * of them can be forged by anyone (RFC 8725 §3.5: keys need entropy; a human-chosen word has none).
 */
export const WELL_KNOWN_SECRETS: readonly string[] = [
  'your-256-bit-secret',
  'your-384-bit-secret',
  'your-512-bit-secret',
  'a-string-secret-at-least-256-bits-long',
  'secret',
  'Secret',
  'SECRET',
  'secretkey',
  'secret-key',
  'secret_key',
  'mysecret',
  'my-secret',
  'mysecretkey',
  'supersecret',
  'jwt-secret',
  'jwt_secret',
  'jwtsecret',
  'your_jwt_secret',
  'your-secret-key',
  'shhhhh',
  'keyboard cat',
  's3cr3t',
  'password',
  'changeme',
  'default',
  'admin',
  'test',
  'key',
  'hello',
  '12345678',
  '123456',
  '1234567890',
  'qwertyuiop',
];

const HMAC_HASH: Readonly<Record<string, string>> = { HS256: 'SHA-256', HS384: 'SHA-384', HS512: 'SHA-512' };

/** True for the HMAC algorithms of RFC 7518 §3.2. */
export function isHmacAlg(alg: unknown): alg is 'HS256' | 'HS384' | 'HS512' {
  return typeof alg === 'string' && Object.hasOwn(HMAC_HASH, alg);
}

function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/**
 * Tries every well-known secret as the HMAC key of an HS256/384/512 token and returns the one whose
 * MAC over `signingInput` (ASCII `header.payload`, RFC 7515 §5.1) equals `signature`, or null.
 * Runs offline with WebCrypto. Does not try secrets given as base64, nor any other guessing.
 */
export async function findWellKnownSecret(alg: string, signingInput: string, signature: Uint8Array): Promise<string | null> {
  const hash = HMAC_HASH[alg];
  if (hash === undefined || signature.length === 0) return null;
  const enc = new TextEncoder();
  const data = enc.encode(signingInput);
  for (const secret of WELL_KNOWN_SECRETS) {
    const key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
    const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
    if (equalBytes(mac, signature)) return secret;
  }
  return null;
}
