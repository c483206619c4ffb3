import { describe, expect, it } from 'vitest';
import { topLevelMembers } from './json-spans';

const values = (text: string) => topLevelMembers(text)?.map((m) => [m.name, text.slice(m.valueStart, m.valueEnd)]);

describe('topLevelMembers', () => {
  it('lists top-level members with the exact text of each value, skipping nested ones', () => {
    const text = ' { "a" : {"nonce":"inner","b":[1,{"c":"}"}]} ,\n"nonce":"n\\"1\\\\","t":true,"n":-1.5e3 } ';
    expect(values(text)).toEqual([
      ['a', '{"nonce":"inner","b":[1,{"c":"}"}]}'],
      ['nonce', '"n\\"1\\\\"'],
      ['t', 'true'],
      ['n', '-1.5e3'],
    ]);
  });

  it('decodes escaped member names', () => {
    expect(values('{"no\\u006ece":"x"}')).toEqual([['nonce', '"x"']]);
  });

  it('returns an empty list for an empty object and null for anything but one object', () => {
    expect(values('{ }')).toEqual([]);
    expect(topLevelMembers('[1]')).toBeNull();
    expect(topLevelMembers('{"a":1} {"b":2}')).toBeNull();
  });
});
