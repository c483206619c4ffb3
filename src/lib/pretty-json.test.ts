import { describe, expect, it } from 'vitest';
import { jsonDepth, prettyJson, MAX_INDENT_DEPTH } from './pretty-json';

const nested = (depth: number): unknown => {
  let v: unknown = 'leaf';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
};

describe('prettyJson', () => {
  it('indents ordinary JSON', () => {
    expect(prettyJson({ a: [1, { b: 2 }] })).toBe('{\n  "a": [\n    1,\n    {\n      "b": 2\n    }\n  ]\n}');
  });

  it('prints deep nesting compactly, so the text stays linear in size', () => {
    const text = prettyJson(nested(2000));
    expect(text).toBe(`${'['.repeat(2000)}"leaf"${']'.repeat(2000)}`);
  });

  it('returns null instead of throwing when the engine cannot serialise the value', () => {
    expect(prettyJson(nested(200_000))).toBe(null);
  });

  it('measures depth without recursion and stops early', () => {
    expect(jsonDepth({ a: { b: [] } }, 10)).toBe(3);
    expect(jsonDepth(nested(100_000), MAX_INDENT_DEPTH)).toBe(MAX_INDENT_DEPTH + 1);
    expect(jsonDepth('x', 5)).toBe(0);
  });
});
