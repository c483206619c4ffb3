import { describe, expect, it } from 'vitest';
import { jwkThumbprint } from '../verify/embedded-key';
import { accessTokenHash, checkDpop } from './dpop-checks';
import { popKey, signWith } from '../verify/pop-keys.fixture';

const NOW = 1_700_000_000;
const CLOCK = { now: NOW, skewSeconds: 300 };
const REQUEST = { method: 'GET', url: 'https://resource.example.org/protected?x=1' };

async function setup(
  options: { bindTo?: 'proof-key' | 'other-key' | 'none'; proofPayload?: Record<string, unknown>; forgeHeaderKey?: boolean } = {},
) {
  const key = await popKey();
  const other = await popKey();
  const cnf = options.bindTo === 'none' ? {} : { cnf: { jkt: options.bindTo === 'other-key' ? other.thumbprint : key.thumbprint } };
  const accessToken = await signWith(other.privateKey, { typ: 'at+jwt' }, { sub: 'u', ...cnf });
  const payload = {
    htm: 'GET',
    htu: 'https://resource.example.org/protected',
    iat: NOW - 10,
    jti: 'j1',
    ath: await accessTokenHash(accessToken),
    ...options.proofPayload,
  };
  // A forged proof: signed by `other` while claiming `key` as its jwk.
  const proof = await signWith(options.forgeHeaderKey ? other.privateKey : key.privateKey, { typ: 'dpop+jwt', jwk: key.jwk }, payload);
  return { accessToken: { compact: accessToken, payload: cnf }, proof };
}

const byId = (rows: { id: string; status: string; code: string }[]) => Object.fromEntries(rows.map((r) => [r.id, `${r.status}/${r.code}`]));

describe('DPoP (RFC 9449)', () => {
  // RFC 9449 §7.1 example: ath of the access token "Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU".
  it('computes ath as in RFC 9449 §7.1', async () => {
    expect(await accessTokenHash('Kz~8mXK1EalYznwH-LC-1fBAo.4Ljp~zsPE_NeO.gxU')).toBe('fUHyO2r2Z3DZ53EsNrWBb0xWXoaNy59IiKCAqksmQEo');
  });

  // RFC 9449 §6.1 example: cnf.jkt of the §4.1 proof key (RFC 7638 thumbprint).
  it('uses the RFC 7638 thumbprint that RFC 9449 §6.1 shows', async () => {
    const jwk = {
      kty: 'EC',
      x: 'l8tFrhx-34tV3hRICRDY9zCkDlpBhF42UQUfWVAWBFs',
      y: '9VE4jf_Ok_o64zbTTlcuNJajHmt6v9TDVrU0CdvGRDA',
      crv: 'P-256',
    };
    expect(await jwkThumbprint(jwk)).toBe('0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I');
  });

  it('passes every row for a bound token with a matching proof and request', async () => {
    const { accessToken, proof } = await setup();
    expect(byId(await checkDpop({ proof, accessToken, request: REQUEST, ...CLOCK }))).toEqual({
      dpop_proof: 'pass/proof_signature_valid',
      htm: 'pass/matches',
      htu: 'pass/matches',
      proof_iat: 'pass/issued_in_past',
      ath: 'pass/matches',
      cnf_jkt: 'pass/matches',
    });
  });

  it.each([
    ['an unbound token (no cnf)', { bindTo: 'none' as const }, 'cnf_jkt', 'fail/cnf_jkt_missing'],
    ['a token bound to another key', { bindTo: 'other-key' as const }, 'cnf_jkt', 'fail/mismatch'],
    // The attack: the header names the bound key, but another key signed; the binding must not pass.
    ['a proof signed by a different key than its jwk', { forgeHeaderKey: true }, 'dpop_proof', 'fail/proof_signature_invalid'],
    ['a proof signed by a different key than its jwk (binding)', { forgeHeaderKey: true }, 'cnf_jkt', 'fail/proof_key_unproven'],
    ['a proof for another access token', { proofPayload: { ath: 'AAAA' } }, 'ath', 'fail/mismatch'],
    ['a proof without ath', { proofPayload: { ath: undefined } }, 'ath', 'fail/missing'],
    ['another method', { proofPayload: { htm: 'POST' } }, 'htm', 'fail/mismatch'],
    ['a lower-case method (methods are case-sensitive)', { proofPayload: { htm: 'get' } }, 'htm', 'fail/mismatch'],
    ['another path', { proofPayload: { htu: 'https://resource.example.org/other' } }, 'htu', 'fail/mismatch'],
    [
      'an upper-case host and default port (RFC 3986 normalisation)',
      { proofPayload: { htu: 'HTTPS://Resource.Example.org:443/protected' } },
      'htu',
      'pass/matches',
    ],
    ['a proof from the future', { proofPayload: { iat: NOW + 301 } }, 'proof_iat', 'fail/issued_in_future'],
    ['an old proof', { proofPayload: { iat: NOW - 3600 } }, 'proof_iat', 'warn/proof_too_old'],
  ])('reports %s', async (_name, options, id, expected) => {
    const { accessToken, proof } = await setup(options);
    expect(byId(await checkDpop({ proof, accessToken, request: REQUEST, ...CLOCK }))[id]).toBe(expected);
  });

  it.each([
    ['typ JWT', { typ: 'JWT' }, 'fail/proof_not_dpop_typ'],
    ['no jwk', { typ: 'dpop+jwt' }, 'fail/proof_jwk_missing'],
  ])('refuses a proof with %s', async (_name, header, expected) => {
    const key = await popKey();
    const proof = await signWith(key.privateKey, header, { htm: 'GET', htu: 'https://a.example/', iat: NOW });
    expect(byId(await checkDpop({ proof, request: REQUEST, ...CLOCK })).dpop_proof).toBe(expected);
  });

  it('refuses an embedded jwk that carries a private key', async () => {
    const key = await popKey();
    const proof = await signWith(
      key.privateKey,
      { typ: 'dpop+jwt', jwk: { ...key.jwk, d: 'secret' } },
      { htm: 'GET', htu: 'https://a.example/', iat: NOW },
    );
    expect(byId(await checkDpop({ proof, request: REQUEST, ...CLOCK })).dpop_proof).toBe('fail/proof_jwk_private');
  });

  it('refuses HMAC proofs (RFC 9449 §4.2: asymmetric only)', async () => {
    const hmac = `${Buffer.from(JSON.stringify({ typ: 'dpop+jwt', alg: 'HS256', jwk: { kty: 'oct', k: 'AAAA' } })).toString('base64url')}.${Buffer.from('{}').toString('base64url')}.sig`;
    expect(byId(await checkDpop({ proof: hmac, request: REQUEST, ...CLOCK })).dpop_proof).toBe('fail/proof_alg_not_asymmetric');
  });

  it('says when there is no request line to compare with', async () => {
    const { proof } = await setup();
    expect(byId(await checkDpop({ proof, request: { method: null, url: null }, ...CLOCK }))).toMatchObject({
      htm: 'info/request_not_given',
      htu: 'info/request_not_given',
    });
  });

  it('reports an unreadable proof instead of throwing', async () => {
    expect(byId(await checkDpop({ proof: 'not-a-jwt', request: REQUEST, ...CLOCK }))).toEqual({ dpop_proof: 'fail/proof_unreadable' });
  });
});
