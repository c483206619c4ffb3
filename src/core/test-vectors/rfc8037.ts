import type { JwsTestVector, VectorJwk } from './types';

/** RFC 8037 A.1: Ed25519 private key (A.2 is its public half). */
export const RFC8037_ED25519_KEY: VectorJwk = {
  kty: 'OKP',
  crv: 'Ed25519',
  d: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
  x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
};

/** RFC 8037 A.4: Ed25519 signing of a plain-text payload. */
export const RFC8037_VECTORS: readonly JwsTestVector[] = [
  {
    name: 'Ed25519 signing',
    source: 'RFC 8037 A.4',
    compact:
      'eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc.hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg',
    alg: 'EdDSA',
    key: RFC8037_ED25519_KEY,
    expectedHeader: { alg: 'EdDSA' },
    expectedHeaderText: '{"alg":"EdDSA"}',
    expectedPayloadText: 'Example of Ed25519 signing',
  },
];
