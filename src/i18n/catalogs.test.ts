import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, exportSuffix, LANGUAGES, LOCALES } from './languages';
import { catalogLoaders } from './catalogs';

// Every catalog file of every language, read eagerly for the comparison.
const FILES = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./**/*.test.ts'], { eager: true });

/** Dotted paths of every leaf with the kind of value there ("claims.iss:string"), functions with their arity. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}:function/${value.length}`];
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => shape(child, path === '' ? key : `${path}.${key}`));
  }
  return [`${path}:${typeof value}`];
}

/** The exports of one language file with the language suffix removed, so `explainJa` meets `explainEn`. */
function exportsOf(code: string, file: string): Record<string, unknown> {
  const mod = FILES[`./${code}/${file}`] ?? {};
  const suffix = exportSuffix(code);
  return Object.fromEntries(
    Object.entries(mod).map(([name, value]) => [name.endsWith(suffix) ? name.slice(0, -suffix.length) : name, value]),
  );
}

const files = (code: string) =>
  Object.keys(FILES)
    .filter((path) => path.startsWith(`./${code}/`))
    .map((path) => path.slice(code.length + 3))
    .sort();

describe('language catalogs', () => {
  it('lists every language once, with a folder of catalogs', () => {
    expect(new Set(LOCALES).size).toBe(LANGUAGES.length);
    for (const code of LOCALES) expect(files(code).length, code).toBeGreaterThan(0);
  });

  it('has the same catalog files in every language', () => {
    for (const code of LOCALES) expect(files(code), code).toEqual(files(DEFAULT_LOCALE));
  });

  it.each(files(DEFAULT_LOCALE))('%s has the same exports, keys and kinds of value in every language', (file) => {
    const reference = exportsOf(DEFAULT_LOCALE, file);
    for (const code of LOCALES) {
      const other = exportsOf(code, file);
      expect(Object.keys(other).sort(), `${code}/${file}`).toEqual(Object.keys(reference).sort());
      for (const [name, value] of Object.entries(reference)) {
        expect(shape(other[name]).sort(), `${code}/${file} ${name}`).toEqual(shape(value).sort());
      }
    }
  });

  it('loads each whole-screen catalog by name in every language', async () => {
    for (const name of ['messages', 'create', 'explain', 'get-token', 'lint', 'verify'] as const) {
      const loaders = catalogLoaders(name);
      for (const code of LOCALES) await expect(loaders[code](), `${code}/${name}`).resolves.toBeTypeOf('object');
    }
  });
});
