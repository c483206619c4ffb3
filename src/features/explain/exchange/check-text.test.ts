import { describe, expect, it } from 'vitest';
import { exchangeEn } from '../../../i18n/en/exchange';
import { exchangeJa } from '../../../i18n/ja/exchange';
import { checkText } from './check-text';

const now = 1_800_000_000;

describe('checkText sets the API error beside the token', () => {
  it("says how long ago the token expired, in the reader's language", () => {
    expect(checkText({ check: 'exp', exp: now - 7200, secondsPast: 7200 }, now, 'en', exchangeEn)).toBe(
      'exp says the token expired 2 hours ago.',
    );
    expect(checkText({ check: 'exp', exp: now - 7200, secondsPast: 7200 }, now, 'ja', exchangeJa)).toBe(
      'exp によるとトークンは2 時間前に期限切れになりました。',
    );
  });

  it('points at the server clock when the token has not expired by the page clock', () => {
    expect(checkText({ check: 'exp', exp: now + 600, secondsPast: -600 }, now, 'en', exchangeEn)).toContain('exp is in 10 minutes:');
  });

  it('quotes both audiences when they differ, and both kids', () => {
    expect(
      checkText(
        { check: 'aud', token: ['https://graph.microsoft.com'], expected: ['api://orders'], matches: false },
        now,
        'en',
        exchangeEn,
      ),
    ).toBe('aud is https://graph.microsoft.com; the API expects api://orders.');
    expect(checkText({ check: 'kid', token: 'k2', reported: 'k1', matches: false }, now, 'en', exchangeEn)).toBe(
      "The header's kid is k2, the message names k1.",
    );
  });
});
