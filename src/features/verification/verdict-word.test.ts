import { describe, expect, it } from 'vitest';
import { verdictWord } from './verdict-word';
import type { VerifyResult } from '../../core/verify/verify-types';

const r = (verdict: VerifyResult['verdict'], reason: VerifyResult['reason']): VerifyResult => ({
  verdict,
  reason,
  triedKeyCount: 1,
  selfAsserted: {},
});

describe('verdictWord maps every signature result to one of the six interface words', () => {
  it.each([
    [null, 'notVerified'],
    [r('verified', 'signature_valid'), 'verified'],
    [r('invalid_signature', 'signature_mismatch'), 'invalid'],
    [r('alg_key_mismatch', 'hmac_with_asymmetric_key'), 'invalid'],
    [r('unsupported_crit', 'crit_not_understood'), 'invalid'],
    [r('malformed', 'signature_not_base64url'), 'invalid'],
    [r('malformed', 'signature_empty'), 'notVerified'],
    [r('key_not_found', 'kid_not_found'), 'keyNotFound'],
    [r('unsigned', 'alg_none'), 'unsigned'],
    [r('unsupported_alg', 'alg_not_supported'), 'notVerified'],
  ] as const)('%o -> %s', (result, word) => {
    expect(verdictWord(result)).toBe(word);
  });
});
