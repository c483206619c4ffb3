import { describe, expect, it } from 'vitest';
import { formatDuration, formatRelative, formatUtc, formatZoned } from './format';

const NOW = 1_700_000_000;
const DAY = 86_400;

describe('Intl formatting', () => {
  it.each([
    [12, '12 sec', '12 秒'],
    [37 * 60, '37 min', '37 分'],
    [2 * 3600 + 5 * 60, '2 hr', '2 時間'],
    [3 * DAY, '3 days', '3 日'],
    [95_491 * 3600 + 54 * 60, '10 yrs', '10 年'],
  ])('formats a duration of %i seconds as "%s" and "%s"', (seconds, en, ja) => {
    expect(formatDuration('en', seconds)).toBe(en);
    expect(formatDuration('ja', seconds)).toBe(ja);
  });

  it.each([
    [NOW - 95_491 * 3600 - 54 * 60, '10 years ago', '10 年前'],
    [NOW + 42 * 60 + 59, 'in 42 minutes', '42 分後'],
    [NOW - 400 * DAY, '1 year ago', '1 年前'],
    [NOW - 364 * DAY, '364 days ago', '364 日前'],
  ])('reads %i relative to now naturally', (at, en, ja) => {
    expect(formatRelative('en', NOW, at)).toBe(en);
    expect(formatRelative('ja', NOW, at)).toBe(ja);
  });

  it('formats instants in UTC and with the time zone named', () => {
    expect(formatUtc('en', 0)).toBe('Jan 1, 1970, 12:00:00 AM');
    expect(formatZoned('en', 0)).toMatch(/^\d{1,2}\/\d{1,2}\/19(69|70), .+ [A-Z]/);
  });

  it('returns the same text on repeated calls (formatters are cached, not rebuilt)', () => {
    expect(formatDuration('en', 60)).toBe(formatDuration('en', 60));
    expect(formatRelative('ja', NOW, NOW - 60)).toBe('1 分前');
  });
});
