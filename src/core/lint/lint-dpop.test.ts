import { describe, expect, it } from 'vitest';
import { lintToken } from './lint-token';

const JWK = { kty: 'EC', crv: 'P-256', x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs', y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA' };
const PROOF = { htm: 'GET', htu: 'https://resource.example.org/protected', iat: 1_700_000_000, jti: 'e1j3V_bKic8-LAEB' };

// RFC 9449 §4.2: a DPoP proof carries its key in jwk and has no exp; neither is a weakness there.
describe('lint of DPoP proofs', () => {
  it('does not flag the embedded jwk or the missing exp of a dpop+jwt proof', async () => {
    const ids = (await lintToken({ typ: 'dpop+jwt', alg: 'ES256', jwk: JWK }, PROOF, {})).map((f) => f.id);
    expect(ids).not.toContain('header_embedded_key');
    expect(ids).not.toContain('exp_missing');
  });

  it('still flags them on any other token', async () => {
    const ids = (await lintToken({ typ: 'JWT', alg: 'ES256', jwk: JWK }, PROOF, {})).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['header_embedded_key', 'exp_missing']));
  });

  it('still flags a key URL or x5c on a proof', async () => {
    const ids = (
      await lintToken({ typ: 'dpop+jwt', alg: 'ES256', jwk: JWK, jku: 'https://evil.example/keys', x5c: ['MIIB'] }, PROOF, {})
    ).map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['header_key_url', 'header_embedded_key']));
  });
});
