import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { checkClaims, checkClaimsNow } from './check-claims';
import type { ClaimCheck, ClaimContext } from './check-claims';

const NOW = 1_700_000_000;
const CTX: ClaimContext = { now: NOW, skewSeconds: 300 };
const HEADER = { alg: 'RS256', typ: 'JWT' };

async function one(
  id: ClaimCheck['id'],
  payload: Record<string, unknown>,
  ctx: Partial<ClaimContext> = {},
  header: Record<string, unknown> = HEADER,
) {
  const checks = await checkClaims(header, payload, { ...CTX, ...ctx });
  const found = checks.find((c) => c.id === id);
  if (found === undefined) throw new Error(`no ${id} check`);
  return found;
}

describe('checkClaims', () => {
  it('lists every check at once, in a fixed order, even when several fail', async () => {
    const checks = await checkClaims(
      HEADER,
      { exp: NOW - 1000, nbf: NOW + 1000, iss: 'x' },
      { ...CTX, expectedIssuer: 'y', expectedAudience: 'a' },
    );
    expect(checks.map((c) => c.id)).toEqual(['iss', 'aud', 'azp', 'exp', 'nbf', 'iat', 'nonce', 'typ', 'crit', 'at_hash', 'c_hash']);
    expect(checks.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['iss', 'aud', 'exp', 'nbf']);
  });

  it.each([
    // id, payload, ctx, header, status, code
    ['iss', { iss: 'https://a/' }, { expectedIssuer: 'https://a/' }, HEADER, 'pass', 'matches'],
    ['iss', { iss: 'https://a' }, { expectedIssuer: 'https://a/' }, HEADER, 'fail', 'mismatch'],
    ['iss', {}, { expectedIssuer: 'https://a/' }, HEADER, 'fail', 'missing'],
    ['iss', { iss: 'https://a/' }, {}, HEADER, 'info', 'not_compared'],
    ['iss', { iss: 7 }, {}, HEADER, 'fail', 'bad_type'],
    ['aud', { aud: 'api://x' }, { expectedAudience: 'api://x' }, HEADER, 'pass', 'matches'],
    ['aud', { aud: ['a', 'api://x'] }, { expectedAudience: 'api://x' }, HEADER, 'pass', 'matches'],
    ['aud', { aud: ['a', 'b'] }, { expectedAudience: 'api://x' }, HEADER, 'fail', 'mismatch'],
    ['aud', {}, { expectedAudience: 'api://x' }, HEADER, 'fail', 'missing'],
    ['aud', { aud: [1] }, {}, HEADER, 'fail', 'bad_type'],
    // OIDC Core 3.1.3.7 steps 4-5: azp is compared with the expected client ID, never the audience.
    ['azp', { aud: ['c1', 'b'], azp: 'c1' }, { expectedClientId: 'c1' }, HEADER, 'pass', 'matches'],
    ['azp', { aud: ['c1', 'b'], azp: 'b' }, { expectedClientId: 'c1' }, HEADER, 'fail', 'mismatch'],
    ['azp', { aud: ['c1', 'b'], azp: 'b' }, { expectedAudience: 'c1' }, HEADER, 'info', 'not_compared'],
    ['azp', { aud: ['c1', 'b'] }, { expectedAudience: 'c1' }, HEADER, 'warn', 'azp_missing_multiple_audiences'],
    ['azp', { aud: ['c1', 'b'] }, { tokenKind: 'id' }, HEADER, 'warn', 'azp_missing_multiple_audiences'],
    ['azp', { aud: ['api', 'userinfo'] }, { tokenKind: 'access' }, HEADER, 'skipped', 'azp_not_for_access_token'],
    ['azp', { aud: 'c1' }, {}, HEADER, 'skipped', 'azp_not_needed'],
    ['azp', { aud: 'c1', azp: 5 }, {}, HEADER, 'fail', 'bad_type'],
    // Entra access-token reference: in a v2 access token aud is the API and azp the calling client.
    ['azp', { aud: 'api-guid', azp: 'client-guid' }, { expectedAudience: 'api-guid', tokenKind: 'access' }, HEADER, 'info', 'not_compared'],
    [
      'azp',
      { aud: 'api-guid', azp: 'client-guid' },
      { expectedAudience: 'api-guid', expectedClientId: 'client-guid', tokenKind: 'access' },
      HEADER,
      'pass',
      'matches',
    ],
    ['exp', { exp: NOW + 60 }, {}, HEADER, 'pass', 'not_expired'],
    ['exp', { exp: NOW - 60 }, {}, HEADER, 'warn', 'expired_within_skew'],
    ['exp', { exp: NOW - 300 }, {}, HEADER, 'fail', 'expired'],
    ['exp', { exp: NOW - 60 }, { skewSeconds: 0 }, HEADER, 'fail', 'expired'],
    ['exp', {}, {}, HEADER, 'warn', 'absent'],
    ['exp', { exp: '1700000000' }, {}, HEADER, 'fail', 'bad_type'],
    ['nbf', { nbf: NOW - 1 }, {}, HEADER, 'pass', 'active'],
    ['nbf', { nbf: NOW + 300 }, {}, HEADER, 'warn', 'not_yet_valid_within_skew'],
    ['nbf', { nbf: NOW + 301 }, {}, HEADER, 'fail', 'not_yet_valid'],
    ['nbf', {}, {}, HEADER, 'skipped', 'absent'],
    ['iat', { iat: NOW - 10 }, {}, HEADER, 'pass', 'issued_in_past'],
    ['iat', { iat: NOW + 301 }, {}, HEADER, 'warn', 'issued_in_future'],
    ['nonce', { nonce: 'n-0S6' }, { expectedNonce: 'n-0S6' }, HEADER, 'pass', 'matches'],
    ['nonce', { nonce: 'other' }, { expectedNonce: 'n-0S6' }, HEADER, 'fail', 'mismatch'],
    ['nonce', {}, { expectedNonce: 'n-0S6' }, HEADER, 'fail', 'missing'],
    ['nonce', {}, {}, HEADER, 'skipped', 'absent'],
    ['typ', {}, {}, { alg: 'RS256', typ: 'at+jwt' }, 'pass', 'typ_at_jwt'],
    ['typ', {}, {}, { alg: 'RS256', typ: 'application/AT+JWT' }, 'pass', 'typ_at_jwt'],
    ['typ', {}, {}, { alg: 'RS256', typ: 'JWT' }, 'info', 'typ_jwt'],
    ['typ', {}, {}, { alg: 'RS256', typ: 'dpop+jwt' }, 'info', 'typ_other'],
    ['typ', {}, {}, { alg: 'RS256' }, 'info', 'absent'],
    ['crit', {}, {}, { alg: 'RS256', crit: ['b64'], b64: false }, 'pass', 'crit_understood'],
    ['crit', {}, {}, { alg: 'RS256', crit: ['exp'] }, 'fail', 'crit_not_understood'],
    ['crit', {}, {}, { alg: 'RS256', crit: 'exp' }, 'fail', 'crit_invalid'],
    ['crit', {}, {}, HEADER, 'skipped', 'absent'],
  ] as const)('%s: %j with %j gives %s / %s', async (id, payload, ctx, header, status, code) => {
    expect(await one(id, payload, ctx, header)).toMatchObject({ status, code });
  });

  it('reports expected and actual values', async () => {
    expect(await one('aud', { aud: ['a', 'b'] }, { expectedAudience: 'c' })).toEqual({
      id: 'aud',
      status: 'fail',
      code: 'mismatch',
      expected: 'c',
      actual: 'a, b',
    });
    expect(await one('exp', { exp: NOW - 400 })).toEqual({
      id: 'exp',
      status: 'fail',
      code: 'expired',
      expected: String(NOW - 300),
      actual: String(NOW - 400),
    });
  });
});

describe('checkClaims at_hash and c_hash (OIDC Core 3.1.3.6, 3.3.2.11)', () => {
  // Values from the OIDC Core 1.0 Appendix A examples (RS256, so SHA-256).
  const ACCESS_TOKEN = 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y';
  const CODE = 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk';

  it('passes the OIDC Core example at_hash and c_hash', async () => {
    const payload = { at_hash: '77QmUPtjPfzWtF2AnpK9RQ', c_hash: 'LDktKdoQak3Pk0cnXxCltA' };
    expect(await one('at_hash', payload, { accessToken: ACCESS_TOKEN })).toMatchObject({ status: 'pass', code: 'matches' });
    expect(await one('c_hash', payload, { code: CODE })).toMatchObject({ status: 'pass', code: 'matches' });
  });

  it('fails when the access token or code is a different one', async () => {
    const payload = { at_hash: '77QmUPtjPfzWtF2AnpK9RQ', c_hash: 'LDktKdoQak3Pk0cnXxCltA' };
    expect(await one('at_hash', payload, { accessToken: `${ACCESS_TOKEN}x` })).toMatchObject({
      status: 'fail',
      code: 'mismatch',
      actual: '77QmUPtjPfzWtF2AnpK9RQ',
    });
    expect(await one('c_hash', payload, { code: 'other' })).toMatchObject({ status: 'fail', code: 'mismatch' });
  });

  it.each([
    ['ES384', 'sha384', 24],
    ['PS512', 'sha512', 32],
    ['EdDSA', 'sha512', 32],
  ])('uses the hash of %s (%s, left %i bytes)', async (alg, hash, half) => {
    const expected = createHash(hash).update('token-value').digest().subarray(0, half).toString('base64url');
    expect(await one('at_hash', { at_hash: expected }, { accessToken: 'token-value' }, { alg })).toMatchObject({ status: 'pass' });
  });

  it('skips when no access token is given, and when the algorithm has no hash', async () => {
    expect(await one('at_hash', { at_hash: 'x' })).toMatchObject({ status: 'info', code: 'hash_input_not_given' });
    expect(await one('at_hash', {})).toMatchObject({ status: 'skipped', code: 'absent' });
    expect(await one('at_hash', { at_hash: 'x' }, { accessToken: 'a' }, { alg: 'none' })).toMatchObject({
      status: 'skipped',
      code: 'hash_alg_unknown',
    });
  });
});

describe('checkClaimsNow (the same checks without waiting, when no digest is needed)', () => {
  const payload = { iss: 'https://issuer', aud: 'api://x', exp: NOW + 60, nbf: NOW - 60, iat: NOW - 60, nonce: 'n' };
  const cases: Array<[string, Record<string, unknown>, Partial<ClaimContext>]> = [
    ['no hash claims, nothing to hash', payload, {}],
    ['claimed hashes without an access token or code', { ...payload, at_hash: 'abc', c_hash: 'def' }, {}],
    ['an access token given but no at_hash claimed', payload, { accessToken: 'token', code: 'code' }],
    ['a hash claim of the wrong type', { ...payload, at_hash: 42 }, { accessToken: 'token' }],
    ['every expectation given', payload, { expectedIssuer: 'https://other', expectedAudience: 'api://x', expectedNonce: 'm' }],
  ];
  for (const [name, claims, ctx] of cases) {
    it(`gives exactly what checkClaims gives: ${name}`, async () => {
      const now = checkClaimsNow(HEADER, claims, { ...CTX, ...ctx });
      expect(now).not.toBeNull();
      expect(now).toEqual(await checkClaims(HEADER, claims, { ...CTX, ...ctx }));
    });
  }

  it('declines (null) when an at_hash or c_hash must be computed', () => {
    expect(checkClaimsNow(HEADER, { ...payload, at_hash: 'x' }, { ...CTX, accessToken: 'token' })).toBeNull();
    expect(checkClaimsNow(HEADER, { ...payload, c_hash: 'x' }, { ...CTX, code: 'code' })).toBeNull();
  });
});
