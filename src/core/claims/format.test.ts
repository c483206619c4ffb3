import { describe, it, expect } from 'vitest';
import { isNumericDate, numericDateProblem, ownClaim, relativeParts, splitListClaim } from './format';

describe('splitListClaim', () => {
  it.each([
    ['scp', 'User.Read Mail.Send  openid', ['User.Read', 'Mail.Send', 'openid']],
    ['scope', 'read:messages write:messages', ['read:messages', 'write:messages']],
    ['scp', ['okta.users.read', 'openid'], ['okta.users.read', 'openid']],
    ['roles', ['Task.Write', 'Admin'], ['Task.Write', 'Admin']],
    ['groups', ['a1b2c3d4-0000-0000-0000-000000000000'], ['a1b2c3d4-0000-0000-0000-000000000000']],
    ['wids', [], []],
    ['amr', ['pwd', 'mfa'], ['pwd', 'mfa']],
    ['https://example.com/roles', ['admin'], ['admin']],
    ['acct', [0, true], ['0', 'true']],
  ] as const)('splits %s = %j into chips', (name, value, expected) => {
    expect(splitListClaim(name, value)).toEqual(expected);
  });

  it.each([
    ['name', 'Ada Lovelace'],
    ['roles', 'Admin'],
    ['custom', 'a b'],
    ['address', { street_address: '1 Main St' }],
    ['groups', [['nested']]],
    ['roles', [{ id: 1 }]],
    ['scp', 42],
    ['__proto__', 'a b'],
  ] as const)('does not split %s = %j', (name, value) => {
    expect(splitListClaim(name, value)).toBeNull();
  });

  it('returns no chips for an empty scope string', () => {
    expect(splitListClaim('scp', '   ')).toEqual([]);
  });
});

describe('relativeParts', () => {
  it.each([
    [1000, 1000, { sign: 0, unit: 'second', value: 0 }],
    [1000, 1045, { sign: 1, unit: 'second', value: 45 }],
    [1000, 1000 - 59, { sign: -1, unit: 'second', value: -59 }],
    [0, 60, { sign: 1, unit: 'minute', value: 1 }],
    [0, 3599, { sign: 1, unit: 'minute', value: 59 }],
    [0, -3600, { sign: -1, unit: 'hour', value: -1 }],
    [0, 5 * 3600 + 59 * 60, { sign: 1, unit: 'hour', value: 5 }],
    [0, 86_400 * 3 + 10, { sign: 1, unit: 'day', value: 3 }],
    [0, -86_400 * 40, { sign: -1, unit: 'day', value: -40 }],
    [0, -0.5, { sign: -1, unit: 'second', value: 0 }],
  ] as const)('expresses %d -> %d as %j', (from, to, expected) => {
    expect(relativeParts(from, to)).toEqual(expected);
  });
});

describe('numeric dates', () => {
  it.each([
    [1_700_000_000, null],
    [1_700_000_000.5, null],
    [0, null],
    ['1700000000', 'not-a-number'],
    [null, 'not-a-number'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [-1, 'negative'],
    [1_700_000_000_000, 'milliseconds'],
    [253_402_300_800, 'too-large'],
    [1e20, 'too-large'],
  ] as const)('classifies %j as %s', (value, problem) => {
    expect(numericDateProblem(value)).toBe(problem);
    expect(isNumericDate(value)).toBe(problem === null);
  });
});

describe('ownClaim', () => {
  it('ignores inherited properties such as constructor and __proto__', () => {
    const payload = JSON.parse('{"sub":"x"}') as Record<string, unknown>;
    expect(ownClaim(payload, 'constructor')).toBeUndefined();
    expect(ownClaim(payload, '__proto__')).toBeUndefined();
    expect(ownClaim(payload, 'toString')).toBeUndefined();
    expect(ownClaim(payload, 'sub')).toBe('x');
  });

  it('reads a claim literally named __proto__ when JSON.parse created it as an own property', () => {
    const payload = JSON.parse('{"__proto__":"custom"}') as Record<string, unknown>;
    expect(ownClaim(payload, '__proto__')).toBe('custom');
  });
});
