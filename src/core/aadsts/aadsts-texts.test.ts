import { describe, expect, it } from 'vitest';
import { AADSTS_CODES } from './aadsts-codes';
import { aadstsTextsEn } from '../../i18n/en/aadsts';
import { aadstsTextsJa } from '../../i18n/ja/aadsts';

// Hiragana, katakana or CJK ideographs: proves the Japanese entry is not an English copy.
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('AADSTS text catalogs', () => {
  it('cover exactly the catalogued codes in both languages', () => {
    const codes = [...AADSTS_CODES].sort();
    expect(Object.keys(aadstsTextsEn).sort()).toEqual(codes);
    expect(Object.keys(aadstsTextsJa).sort()).toEqual(codes);
  });

  it.each(AADSTS_CODES)('have a non-empty meaning and fix for %s in both languages', (code) => {
    const en = aadstsTextsEn[code];
    const ja = aadstsTextsJa[code];
    for (const text of [en.meaning, en.fix, ja.meaning, ja.fix]) expect(text.trim()).not.toBe('');
    expect(ja.meaning).toMatch(JAPANESE);
    expect(ja.fix).toMatch(JAPANESE);
    expect(en.meaning).not.toMatch(JAPANESE);
  });

  it('holds the dozens of codes the fact sheet lists, each row split into its own codes', () => {
    expect(AADSTS_CODES.length).toBeGreaterThanOrEqual(45);
    expect(new Set(AADSTS_CODES).size).toBe(AADSTS_CODES.length);
    for (const code of AADSTS_CODES) expect(code).toMatch(/^\d{5,7}$/);
  });
});
