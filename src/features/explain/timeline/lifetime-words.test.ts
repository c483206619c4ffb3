import { describe, it, expect } from 'vitest';
import { evaluateLifetime } from '../../../core/claims/lifetime';
import { explainEn } from '../../../i18n/en/explain';
import { explainJa } from '../../../i18n/ja/explain';
import { lifetimeWords } from './lifetime-words';

const NOW = 1_700_000_000;
const SKEW = 300;
const words = (payload: Record<string, unknown>, m = explainEn) =>
  lifetimeWords(evaluateLifetime(payload, { now: NOW, skewSeconds: SKEW, family: 'entra-v2', kind: 'access' }), SKEW, m);

describe('lifetimeWords', () => {
  it.each([
    ['a valid token says when it expires', { iat: NOW - 600, nbf: NOW - 600, exp: NOW + 37 * 60 }, 'ok', 'Valid, expires in 37 min'],
    ['an expired token says how long ago', { iat: NOW - 4 * 3600, exp: NOW - 2 * 3600 }, 'bad', 'Expired 2 hr ago'],
    ['a future nbf says how long until valid', { nbf: NOW + 9 * 60, exp: NOW + 3600 }, 'bad', 'Not yet valid for 9 min'],
    ['a token past exp but inside the skew is a warning', { exp: NOW - 60 }, 'warn', 'Expired 1 min ago'],
    ['a token without exp says so', { iat: NOW }, 'warn', 'No expiry: the token has no exp claim.'],
    [
      'bad times are named',
      { exp: 'tomorrow' },
      'bad',
      'The times cannot be used: exp: Not a JSON number (RFC 7519 requires seconds as a number).',
    ],
  ])('%s', (_name, payload, tone, headline) => {
    const w = words(payload);
    expect(w.tone).toBe(tone);
    expect(w.headline).toBe(headline);
  });

  it('notes the skew allowance when only the skew keeps the token valid', () => {
    expect(words({ exp: NOW - 60 }).notes).toContain('Accepted only thanks to the 5 min clock-skew allowance.');
  });

  it('compares the lifetime with what Entra normally issues', () => {
    const note = words({ iat: NOW - 600, exp: NOW - 600 + 10 * 3600 }).notes.join(' ');
    expect(note).toContain('Lifetime 10 hr');
    expect(note).toContain('Longer than usual.');
    expect(note).toContain('60-90 minutes');
  });

  it('speaks Japanese with the Japanese catalog', () => {
    expect(words({ iat: NOW - 4 * 3600, exp: NOW - 2 * 3600 }, explainJa).headline).toBe('期限切れ (2 時間前)');
  });
});
