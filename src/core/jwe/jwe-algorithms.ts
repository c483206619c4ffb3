/** Key management algorithms this tool decrypts (RFC 7518 4.1); RSA1_5 is left out on purpose (RFC 8725 3.2). */
export const JWE_KEY_ALGS = [
  'RSA-OAEP',
  'RSA-OAEP-256',
  'RSA-OAEP-384',
  'RSA-OAEP-512',
  'ECDH-ES',
  'ECDH-ES+A128KW',
  'ECDH-ES+A192KW',
  'ECDH-ES+A256KW',
  'A128KW',
  'A192KW',
  'A256KW',
  'A128GCMKW',
  'A192GCMKW',
  'A256GCMKW',
  'dir',
  'PBES2-HS256+A128KW',
  'PBES2-HS384+A192KW',
  'PBES2-HS512+A256KW',
] as const;

/** Content encryption algorithms (RFC 7518 5.1). */
export const JWE_ENCS = ['A128GCM', 'A192GCM', 'A256GCM', 'A128CBC-HS256', 'A192CBC-HS384', 'A256CBC-HS512'] as const;

export type JweKeyAlg = (typeof JWE_KEY_ALGS)[number];

/** What kind of key a key management algorithm needs. */
export type JweKeyKind = 'rsa' | 'ecdh' | 'symmetric' | 'password';

/** The kind of key `alg` takes. */
export function keyKindOf(alg: JweKeyAlg): JweKeyKind {
  if (alg.startsWith('RSA-OAEP')) return 'rsa';
  if (alg.startsWith('ECDH-ES')) return 'ecdh';
  if (alg.startsWith('PBES2')) return 'password';
  return 'symmetric';
}

/** True when `value` is a supported key management algorithm. */
export function isJweKeyAlg(value: unknown): value is JweKeyAlg {
  return typeof value === 'string' && (JWE_KEY_ALGS as readonly string[]).includes(value);
}

/** True when `value` is a supported content encryption algorithm. */
export function isJweEnc(value: unknown): value is (typeof JWE_ENCS)[number] {
  return typeof value === 'string' && (JWE_ENCS as readonly string[]).includes(value);
}
