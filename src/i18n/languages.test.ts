import { describe, expect, it } from 'vitest';
import { exportSuffix, isLocale, matchBrowserLanguage } from './languages';

describe('the language registry', () => {
  it('matches the browser languages in their order, by primary subtag', () => {
    expect(matchBrowserLanguage(['ja-JP', 'en-US'])).toBe('ja');
    expect(matchBrowserLanguage(['fr-FR', 'EN-gb', 'ja'])).toBe('en');
    expect(matchBrowserLanguage(['fr', 'de'])).toBeUndefined();
    // "jam" (Jamaican Creole) is not Japanese: only the whole primary subtag counts.
    expect(matchBrowserLanguage(['jam'])).toBeUndefined();
  });

  it('accepts only registered codes from storage', () => {
    expect(isLocale('ja')).toBe(true);
    expect(isLocale('jp')).toBe(false);
    expect(isLocale(null)).toBe(false);
  });

  it('derives the catalog export suffix from the code', () => {
    expect(exportSuffix('ja')).toBe('Ja');
    expect(exportSuffix('pt-BR')).toBe('PtBr');
  });
});
