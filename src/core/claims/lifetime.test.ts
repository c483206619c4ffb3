import { describe, it, expect } from 'vitest';
import { evaluateLifetime, TYPICAL_LIFETIMES } from './lifetime';
import { NOW, b2cIdToken, cognitoAccessToken, entraV2DelegatedAccess, entraV2IdToken, msaIdToken } from './test-tokens';

const SKEW = 300;
const opts = { now: NOW, skewSeconds: SKEW };

describe('evaluateLifetime states', () => {
  it('reports a valid token with time left and its lifetime', () => {
    const r = evaluateLifetime({ iat: NOW - 600, nbf: NOW - 600, exp: NOW + 3300 }, opts);
    expect(r).toMatchObject({ state: 'valid', secondsToExpiry: 3300, lifetimeSeconds: 3900, withinSkew: false, iatInFuture: false });
    expect(r).not.toHaveProperty('secondsSinceExpiry');
  });

  it('reports an expired token and how long ago it expired', () => {
    expect(evaluateLifetime({ iat: NOW - 5000, exp: NOW - 1000 }, opts)).toMatchObject({
      state: 'expired',
      secondsSinceExpiry: 1000,
      withinSkew: false,
    });
  });

  it.each([
    [NOW - SKEW, 'expired', false],
    [NOW - SKEW + 1, 'valid', true],
    [NOW, 'valid', true],
    [NOW + 1, 'valid', false],
  ] as const)('treats exp = %d with 300 s skew as %s (jose: exp <= now - skew fails)', (exp, state, withinSkew) => {
    expect(evaluateLifetime({ exp }, opts)).toMatchObject({ state, withinSkew });
  });

  it.each([
    [NOW + SKEW + 1, 'not-yet-valid', false],
    [NOW + SKEW, 'valid', true],
    [NOW + 1, 'valid', true],
    [NOW, 'valid', false],
  ] as const)('treats nbf = %d with 300 s skew as %s (nbf > now + skew fails)', (nbf, state, withinSkew) => {
    expect(evaluateLifetime({ nbf, exp: NOW + 3600 }, opts)).toMatchObject({ state, withinSkew });
  });

  it('reports how long until a not-yet-valid token becomes valid', () => {
    expect(evaluateLifetime({ nbf: NOW + 900, exp: NOW + 4500 }, opts)).toMatchObject({ state: 'not-yet-valid', secondsUntilValid: 900 });
  });

  it('is strict with zero skew', () => {
    expect(evaluateLifetime({ exp: NOW }, { now: NOW, skewSeconds: 0 }).state).toBe('expired');
    expect(evaluateLifetime({ nbf: NOW + 1 }, { now: NOW, skewSeconds: 0 }).state).toBe('not-yet-valid');
  });

  it('reports a token without exp as no-exp but still checks nbf', () => {
    expect(evaluateLifetime({ iat: NOW - 10 }, opts)).toMatchObject({ state: 'no-exp', withinSkew: false });
    expect(evaluateLifetime({ nbf: NOW + 3600 }, opts).state).toBe('not-yet-valid');
  });

  it('falls back to nbf for the lifetime when iat is missing', () => {
    expect(evaluateLifetime({ nbf: NOW - 100, exp: NOW + 500 }, opts)).toMatchObject({ lifetimeSeconds: 600 });
  });

  it('flags an iat beyond the skew window', () => {
    expect(evaluateLifetime({ iat: NOW + 400, exp: NOW + 4000 }, opts)).toMatchObject({ state: 'valid', iatInFuture: true });
  });

  it('passes auth_time through and reports a broken one without failing the token', () => {
    expect(evaluateLifetime({ exp: NOW + 60, auth_time: NOW - 30 }, opts)).toMatchObject({ state: 'valid', authTime: NOW - 30 });
    const r = evaluateLifetime({ exp: NOW + 60, auth_time: 'yesterday' }, opts);
    expect(r).toMatchObject({ state: 'valid', authTimeProblem: 'not-a-number' });
    expect(r).not.toHaveProperty('authTime');
  });
});

describe('evaluateLifetime invalid times', () => {
  it.each([
    [{ exp: String(NOW) }, 'not-a-number', 'exp'],
    [{ exp: NOW * 1000 }, 'milliseconds', 'exp'],
    [{ iat: -5, exp: NOW }, 'negative', 'iat'],
    [{ nbf: 1e15 }, 'too-large', 'nbf'],
    [{ exp: null }, 'not-a-number', 'exp'],
    [{ exp: true }, 'not-a-number', 'exp'],
    [{ nbf: NOW, exp: NOW - 1 }, 'exp-before-nbf', 'exp'],
    [{ iat: NOW, exp: NOW - 1 }, 'exp-before-iat', 'exp'],
  ] as const)('rejects %j with %s on %s', (payload, code, claim) => {
    expect(evaluateLifetime(payload, opts)).toEqual({
      state: 'invalid-times',
      code,
      claim,
      withinSkew: false,
      typical: null,
      comparedToTypical: 'unknown',
    });
  });

  it('does not read time claims from the prototype', () => {
    const payload = Object.create({ exp: 1, nbf: NOW + 9999 }) as Record<string, unknown>;
    expect(evaluateLifetime(payload, opts).state).toBe('no-exp');
  });

  it.each([[{ now: NOW, skewSeconds: -1 }], [{ now: Number.NaN, skewSeconds: 0 }], [{ now: NOW, skewSeconds: Number.POSITIVE_INFINITY }]])(
    'throws on a programming error in the options %j',
    (bad) => {
      expect(() => evaluateLifetime({ exp: NOW }, bad)).toThrow(RangeError);
    },
  );
});

describe('evaluateLifetime typical lifetimes', () => {
  it('compares an Entra access token with the 60-90 min default (+5 min back-dating)', () => {
    const r = evaluateLifetime(entraV2DelegatedAccess.payload, { ...opts, family: 'entra-v2' });
    expect(r).toMatchObject({ typical: { kind: 'entra-access' }, comparedToTypical: 'typical', lifetimeSeconds: 4500 });
  });

  it('calls a two-hour Entra access token longer than typical', () => {
    const payload = { ...entraV2DelegatedAccess.payload, iat: NOW - 300, exp: NOW + 7200 };
    expect(evaluateLifetime(payload, { ...opts, family: 'entra-v2', kind: 'access' }).comparedToTypical).toBe('longer');
  });

  it('uses the 1 h ID-token default for an Entra ID token, inferring the kind from the payload', () => {
    const r = evaluateLifetime(entraV2IdToken.payload, { ...opts, family: 'entra-v2' });
    expect(r).toMatchObject({ typical: TYPICAL_LIFETIMES['entra-id'], comparedToTypical: 'typical', lifetimeSeconds: 3600 });
  });

  it('uses the 20-28 h CAE range when xms_ssm is "1"', () => {
    const payload = { ...entraV2DelegatedAccess.payload, xms_ssm: '1', iat: NOW - 300, exp: NOW + 26 * 3600 };
    expect(evaluateLifetime(payload, { ...opts, family: 'entra-v2' })).toMatchObject({
      typical: { kind: 'entra-cae' },
      comparedToTypical: 'typical',
    });
  });

  it('uses the CAE range for a long-lived token whose client declared cp1', () => {
    const payload = { ...entraV2DelegatedAccess.payload, xms_cc: ['cp1'], iat: NOW - 300, exp: NOW + 24 * 3600 };
    expect(evaluateLifetime(payload, { ...opts, family: 'entra-v2' })).toMatchObject({
      typical: { kind: 'entra-cae' },
      comparedToTypical: 'typical',
    });
  });

  it('keeps the normal range for a cp1 client whose token is not long-lived', () => {
    const payload = { ...entraV2DelegatedAccess.payload, xms_cc: ['cp1'] };
    expect(evaluateLifetime(payload, { ...opts, family: 'entra-v2' })).toMatchObject({
      typical: { kind: 'entra-access' },
      comparedToTypical: 'typical',
    });
  });

  it('calls a short token marked CAE by xms_ssm shorter than typical', () => {
    const payload = { ...entraV2DelegatedAccess.payload, xms_ssm: '1' };
    expect(evaluateLifetime(payload, { ...opts, family: 'entra-v2' }).comparedToTypical).toBe('shorter');
  });

  it('compares B2C tokens with the 60 min default', () => {
    const r = evaluateLifetime(b2cIdToken.payload, { ...opts, family: 'b2c' });
    expect(r).toMatchObject({ typical: { kind: 'b2c' }, comparedToTypical: 'typical', lifetimeSeconds: 3600 });
  });

  it('compares Cognito tokens with the configurable 5 min - 1 day range', () => {
    expect(evaluateLifetime(cognitoAccessToken.payload, { ...opts, family: 'cognito' }).comparedToTypical).toBe('typical');
  });

  it.each([
    ['no family', undefined],
    ['the MSA consumer tenant', 'entra-msa'],
    ['Google', 'google'],
  ] as const)('has no baseline for %s', (_label, family) => {
    const r = evaluateLifetime(msaIdToken.payload, family === undefined ? opts : { ...opts, family });
    expect(r).toMatchObject({ typical: null, comparedToTypical: 'unknown' });
  });
});
