import { describe, it, expect } from 'vitest';
import { verifyEn } from './en/verify';
import { verifyJa } from './ja/verify';
import { messagesEn } from './en/messages';
import { messagesJa } from './ja/messages';

type Leaf = { path: string; value: unknown };

/** Every non-object value of a catalog with its dotted path (array items get their index). */
function leaves(value: unknown, path = ''): Leaf[] {
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path === '' ? key : `${path}.${key}`));
  }
  return [{ path, value }];
}

const sampleArgs = ['https://example.test/keys', 404, 'https://moved.example.test/keys'] as const;

/** Calls a catalog function with the sample arguments; a text function takes at most (url, status, final url). */
function callSample(fn: unknown): unknown {
  return (fn as (a: string, b: number, c: string) => unknown)(...sampleArgs);
}

// Hiragana, katakana (incl. the long-vowel mark) and CJK ideographs.
const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
// Pure identifiers that read the same in both languages.
const asciiAllowed = new Set(['kid', 'kty', 'alg', 'JWKS', 'base64', 'base64url']);

const catalogs = [
  { lang: 'en', leaves: leaves(verifyEn) },
  { lang: 'ja', leaves: leaves(verifyJa) },
];

describe('verification texts', () => {
  it('has the same keys, array lengths and kinds of value in English and Japanese', () => {
    const shape = (items: Leaf[]) => items.map((l) => `${l.path}:${typeof l.value}`).sort();
    expect(shape(leaves(verifyJa))).toEqual(shape(leaves(verifyEn)));
  });

  it('takes the same number of parameters in each Japanese function as in its English one', () => {
    const arity = (items: Leaf[]) =>
      Object.fromEntries(items.filter((l) => typeof l.value === 'function').map((l) => [l.path, (l.value as () => unknown).length]));
    expect(arity(leaves(verifyJa))).toEqual(arity(leaves(verifyEn)));
  });

  it('contains only strings and functions as leaves', () => {
    for (const { leaves: items } of catalogs) {
      for (const { path, value } of items) expect(['string', 'function'], path).toContain(typeof value);
    }
  });

  it('has no empty string in either language', () => {
    for (const { lang, leaves: items } of catalogs) {
      for (const { path, value } of items) {
        if (typeof value === 'string') expect(value.trim(), `${lang} ${path}`).not.toBe('');
      }
    }
  });

  it('returns a non-empty text without "undefined" from every function given sample arguments', () => {
    for (const { lang, leaves: items } of catalogs) {
      for (const { path, value } of items) {
        if (typeof value !== 'function') continue;
        const text = callSample(value);
        expect(typeof text, `${lang} ${path}`).toBe('string');
        expect(String(text).trim(), `${lang} ${path}`).not.toBe('');
        expect(String(text), `${lang} ${path}`).not.toContain('undefined');
      }
    }
  });

  it('writes every Japanese text in Japanese, except pure identifiers', () => {
    for (const { path, value } of leaves(verifyJa)) {
      const text = typeof value === 'function' ? String(callSample(value)) : String(value);
      if (asciiAllowed.has(text)) continue;
      expect(text, path).toMatch(japanese);
    }
  });

  it('keeps the English verdict in parentheses in each Japanese verdict', () => {
    // The verdict words live once, in the page's main catalog (one verdict component).
    for (const [key, en] of Object.entries(messagesEn.verdict.words)) {
      const ja = messagesJa.verdict.words[key as keyof typeof messagesJa.verdict.words];
      expect(ja, key).toContain(`(${en})`);
      expect(ja, key).toMatch(japanese);
    }
  });

  it('keeps the English label in parentheses in the Japanese key field label', () => {
    expect(verifyJa.keySource.key).toBe(`検証キー (${verifyEn.keySource.key})`);
  });

  it('passes the status code through in the HTTP status text', () => {
    expect(verifyJa.fetch.http_status('https://example.test/keys', 404)).toContain('HTTP 404');
  });
});
