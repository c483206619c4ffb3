import { describe, expect, it } from 'vitest';
import { isJsonObject, jsonKind, own, stringArray, stringOf } from './json';

describe('the shared JSON helpers', () => {
  it('reads own members only, never Object.prototype', () => {
    const parsed = JSON.parse('{"__proto__": "x", "sub": "u"}') as Record<string, unknown>;
    expect(own(parsed, 'sub')).toBe('u');
    expect(own(parsed, '__proto__')).toBe('x');
    expect(own({}, 'constructor')).toBeUndefined();
    expect(own({}, 'toString')).toBeUndefined();
  });

  it('tells objects from arrays and null', () => {
    expect(isJsonObject({})).toBe(true);
    expect(isJsonObject([])).toBe(false);
    expect(isJsonObject(null)).toBe(false);
    expect([null, [], {}, 'a', 1, true].map(jsonKind)).toEqual(['null', 'array', 'object', 'string', 'number', 'boolean']);
  });

  it('reads strings and lists of strings, a single string as a list of one', () => {
    expect(stringOf(1)).toBeUndefined();
    expect(stringArray('api')).toEqual(['api']);
    expect(stringArray(['a', 1, 'b'])).toEqual(['a', 'b']);
    expect(stringArray({})).toEqual([]);
  });
});
