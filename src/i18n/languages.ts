/**
 * The languages the interface speaks: one line each. Adding a language is this line plus a folder
 * `src/i18n/<code>/` holding the same catalog files as `src/i18n/en/` (docs/architecture.md).
 */
type Language = {
  /** BCP 47 tag; also the folder name and the suffix of the catalog exports (`explainJa`). */
  readonly code: string;
  /** The language's own name, shown in the language switch. */
  readonly label: string;
  /** Primary subtags of `navigator.languages` entries that pick this language (`ja`, `ja-JP`). */
  readonly browser: readonly string[];
};

export const LANGUAGES = [
  { code: 'en', label: 'English', browser: ['en'] },
  { code: 'ja', label: '日本語', browser: ['ja'] },
] as const satisfies readonly Language[];

export type Locale = (typeof LANGUAGES)[number]['code'];

export const LOCALES: readonly Locale[] = LANGUAGES.map((l) => l.code);

/** The language of the built-in texts every catalog must match, used until another one loads. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Narrows a stored or typed string to a supported language code. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * The first supported language among the browser's preferred ones (in the browser's order),
 * comparing primary subtags case-insensitively. Undefined when none is supported.
 */
export function matchBrowserLanguage(preferred: readonly string[]): Locale | undefined {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    const hit = LANGUAGES.find((l) => (l.browser as readonly string[]).includes(primary));
    if (hit !== undefined) return hit.code;
  }
  return undefined;
}

/** Catalog export suffix of a language: `ja` -> `Ja`, `pt-BR` -> `PtBr`. */
export function exportSuffix(code: string): string {
  return code
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}
