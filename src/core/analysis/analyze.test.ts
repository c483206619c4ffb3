import { describe, expect, it } from 'vitest';
import { analyzeAt, describeToken, diagnoseInputOf, lintInputOf } from './analyze';
import { analyzeToken } from '../token/analyze-token';
import { jws } from '../token/test-helpers';
import { claimInContext } from '../claims/claim-context';
import { checkClaims } from '../verify/check-claims';
import { diagnose } from '../diagnose/diagnose';
import { lintJws } from '../lint/lint-token';
import type { JwsToken } from '../token/types';

const NOW = 1_700_000_000;
const SKEW = 300;

const token = (payload: Record<string, unknown>, header: Record<string, unknown> = { alg: 'RS256', typ: 'JWT' }) =>
  analyzeToken(jws(JSON.stringify(header), JSON.stringify(payload))) as JwsToken;
const analyse = (payload: Record<string, unknown>, header?: Record<string, unknown>) =>
  analyzeAt(describeToken(token(payload, header)), { now: NOW, skewSeconds: SKEW });

// An Okta client-credentials access token: the granted scopes are in scp, and sub is the client.
const OKTA_CLIENT_CREDENTIALS = {
  ver: 1,
  jti: 'AT.abc',
  iss: 'https://contoso.okta.com/oauth2/default',
  aud: 'api://default',
  iat: NOW - 60,
  exp: NOW + 3540,
  cid: '0oa1clientid',
  sub: '0oa1clientid',
  scp: ['inventory.read'],
};

describe('one classification for the summary, the claim explanations and the diagnosis', () => {
  it('reads an Okta client-credentials token with scp as app-only everywhere', () => {
    const a = analyse(OKTA_CLIENT_CREDENTIALS);
    expect(a.classification).toMatchObject({ family: 'okta', kind: 'access', subject: 'app' });
    // The scp row is not described as a user's consent...
    expect(claimInContext('scp', a.classification)).toBe('scp-app-only');
    // ...and the diagnosis does not call it delegated (it used to: "scp means a user").
    expect(a.facts?.kind).toBe('app-only');
    const input = diagnoseInputOf(a, { permissionType: 'delegated' });
    expect(input && diagnose(input).map((f) => f.id)).toContain('app-only-token-for-delegated');
  });

  it('keeps the general scp explanation for a user token', () => {
    const a = analyse({ ...OKTA_CLIENT_CREDENTIALS, sub: 'alice@contoso.example', uid: '00u1' });
    expect(a.classification?.subject).toBe('user');
    expect(claimInContext('scp', a.classification)).toBeNull();
    expect(a.facts?.kind).toBe('delegated');
  });

  it('does not report "no permissions" for an app-only token whose grants are in scp', () => {
    const input = diagnoseInputOf(analyse(OKTA_CLIENT_CREDENTIALS), {});
    expect(input && diagnose(input).map((f) => f.id)).not.toContain('no-permissions-in-token');
  });
});

describe('one "expired" for the claim checks, the timeline and the diagnosis', () => {
  const cases: [string, Record<string, unknown>, 'expired' | 'valid' | 'unusable'][] = [
    ['expired beyond the skew', { iat: NOW - 7200, exp: NOW - SKEW - 1 }, 'expired'],
    ['expired exactly at the skew boundary', { iat: NOW - 7200, exp: NOW - SKEW }, 'expired'],
    ['past exp but within the skew', { iat: NOW - 7200, exp: NOW - SKEW + 1 }, 'valid'],
    ['valid for an hour', { iat: NOW - 60, exp: NOW + 3600 }, 'valid'],
    // A millisecond exp never expires by a plain comparison; the timeline refuses it, and now so do the checks.
    ['exp in milliseconds', { iat: NOW - 60, exp: (NOW + 3600) * 1000 }, 'unusable'],
    ['a negative exp', { exp: -5 }, 'unusable'],
  ];

  it.each(cases)('%s', async (_name, payload, expected) => {
    const a = analyse(payload);
    const expCheck = (await checkClaims({ alg: 'RS256' }, payload, { now: NOW, skewSeconds: SKEW })).find((c) => c.id === 'exp');
    const input = diagnoseInputOf(a, {});
    const diagnosedExpired = input !== null && diagnose(input).some((f) => f.id === 'token-expired');
    const lifetime = a.lifetime?.state;
    if (expected === 'expired') {
      expect([lifetime, expCheck?.code, diagnosedExpired]).toEqual(['expired', 'expired', true]);
    } else if (expected === 'valid') {
      expect(lifetime).toBe('valid');
      expect(expCheck?.status).not.toBe('fail');
      expect(diagnosedExpired).toBe(false);
    } else {
      expect([lifetime, expCheck?.code, diagnosedExpired]).toEqual(['invalid-times', 'bad_type', false]);
    }
  });
});

describe('the security lint takes its inputs from the analysis and the verification', () => {
  it('judges the lifetime the analysis measured, whatever the clock says', async () => {
    const a = analyse({ iss: 'https://idp.example', sub: 'u', iat: NOW - 10 * 86_400, exp: NOW + 86_400 });
    const findings = await lintJws(
      token({ iss: 'https://idp.example', sub: 'u', iat: NOW - 10 * 86_400, exp: NOW + 86_400 }),
      lintInputOf(a),
    );
    expect(findings?.map((f) => f.id)).toContain('lifetime_excessive');
    expect(findings?.find((f) => f.id === 'lifetime_excessive')?.evidence['lifetimeSeconds']).toBe(11 * 86_400);
  });

  it('flags HMAC when the verification used an asymmetric key for the same token', async () => {
    const hs = token({ iss: 'https://idp.example', sub: 'u', exp: NOW + 60 }, { alg: 'HS256', typ: 'JWT' });
    expect((await lintJws(hs))?.map((f) => f.id)).not.toContain('hmac_where_asymmetric_expected');
    const withKey = await lintJws(hs, { signature: { verdict: 'alg_key_mismatch', alg: 'RS256' } });
    expect(withKey?.find((f) => f.id === 'hmac_where_asymmetric_expected')?.evidence).toMatchObject({ because: 'key', expected: 'RS256' });
    const fromIssuer = await lintJws(hs, { expectedAsymmetric: true });
    expect(fromIssuer?.find((f) => f.id === 'hmac_where_asymmetric_expected')?.evidence).toMatchObject({ because: 'caller' });
  });
});
