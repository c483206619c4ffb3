import { describe, expect, it } from 'vitest';
import { analyzeToken } from '../token/analyze-token';
import { jws } from '../token/test-helpers';
import { compareFragment, compareLinkIsWhole } from './compare-link';

const signed = analyzeToken(jws('{"alg":"RS256"}', '{"sub":"a","name":"Ada"}', 'c2lnbmF0dXJl'));
const b64 = (s: string) => Buffer.from(s).toString('base64url');
const jwe = analyzeToken([b64('{"alg":"RSA-OAEP","enc":"A256GCM"}'), b64('k'), b64('iv'), b64('ct'), b64('tag')].join('.'));
const opaque = analyzeToken('EwBoA8l6BAAUO9chh8cJscQLmU+LSWpbnr0vmwwAAcRNzGL');

describe('compareLinkIsWhole', () => {
  it('is false for two signed tokens shared without signatures or redacted', () => {
    expect(compareLinkIsWhole(signed, signed, 'unsigned')).toBe(false);
    expect(compareLinkIsWhole(signed, null, 'redacted')).toBe(false);
  });

  it('is true when whole tokens are asked for', () => {
    expect(compareLinkIsWhole(signed, signed, 'full')).toBe(true);
  });

  it.each([
    ['a JWE', jwe],
    ['an opaque token', opaque],
  ])('is true in every mode when a side is %s, which the link would carry whole', (_name, token) => {
    for (const mode of ['unsigned', 'redacted', 'full'] as const) {
      expect(compareLinkIsWhole(signed, token, mode)).toBe(true);
      // What it guards: that side really is in the link whole.
      expect(decodeURIComponent(compareFragment(signed, token, mode))).toContain(token.compact);
    }
  });
});
