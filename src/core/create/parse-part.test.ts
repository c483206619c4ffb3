import { describe, expect, it } from 'vitest';
import { parsePart } from './parse-part';

describe('parsePart', () => {
  it('accepts a JSON object and returns its members', () => {
    expect(parsePart('{"alg":"RS256","typ":"JWT"}', 'header')).toEqual({ ok: true, value: { alg: 'RS256', typ: 'JWT' } });
  });

  it('names the part and the line and column of a missing comma', () => {
    const text = '{\n  "sub": "a"\n  "aud": "b"\n}';
    expect(parsePart(text, 'payload')).toEqual({ ok: false, error: { code: 'json_syntax', part: 'payload', line: 3, column: 3 } });
  });

  it('points at a trailing comma before the closing brace', () => {
    expect(parsePart('{"a":1,}', 'header')).toEqual({ ok: false, error: { code: 'json_syntax', part: 'header', line: 1, column: 8 } });
  });

  it('points at an unterminated string at the end of the text', () => {
    expect(parsePart('{"a":"b', 'payload')).toMatchObject({ ok: false, error: { code: 'json_syntax', line: 1, column: 8 } });
  });

  it('reports text after the object', () => {
    expect(parsePart('{} x', 'payload')).toMatchObject({ ok: false, error: { code: 'json_syntax', column: 4 } });
  });

  it('refuses arrays, strings and numbers, which are not a header or a claims set', () => {
    for (const text of ['[1]', '"x"', '42'])
      expect(parsePart(text, 'payload')).toEqual({ ok: false, error: { code: 'not_object', part: 'payload' } });
  });

  it('says an empty part is empty', () => {
    expect(parsePart('  \n', 'header')).toEqual({ ok: false, error: { code: 'part_empty', part: 'header' } });
  });

  it('refuses a duplicate member name, whose signed form would keep only the last value', () => {
    expect(parsePart('{"sub":"a","sub":"b"}', 'payload')).toEqual({
      ok: false,
      error: { code: 'duplicate_member', part: 'payload', name: 'sub' },
    });
  });

  it('refuses an integer beyond 2^53 with its position, but accepts safe integers, decimals and such text in strings', () => {
    expect(parsePart('{\n  "n": 12345678901234567890\n}', 'payload')).toEqual({
      ok: false,
      error: { code: 'lossy_integer', part: 'payload', line: 2, column: 8 },
    });
    expect(parsePart('{"n": 9007199254740991, "f": 1.5e300, "s": "12345678901234567890"}', 'payload').ok).toBe(true);
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const samples = [
      '{"a":[1,2.5e-3,true,false,null,{"b":"\\u00e9\\n"}]}',
      '{"a":01}',
      '{"a":1.}',
      '{"a":"\t"}',
      "{'a':1}",
      '{"a":-}',
      '{"a":"\\x"}',
      '{"a":[1,]}',
    ];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(parsePart(text, 'payload').ok, text).toBe(valid);
    }
  });
});
