import { exportSuffix, LOCALES, type Locale } from './languages';
import type { CreateMessages } from './en/create';
import type { ExplainMessages } from './en/explain';
import type { GetTokenMessages } from './en/get-token';
import type { LintMessages } from './en/lint';
import type { Messages } from './en/messages';
import type { VerifyMessages } from './en/verify';
import type { CompareMessages } from './en/compare';
import type { ExchangeMessages } from './en/exchange';

/**
 * The catalogs a screen loads as a whole, by name: `src/i18n/<language>/<name>.ts` exporting
 * `<name><Language>` in camelCase (`explainJa`, `getTokenJa` for get-token.ts). The English file's type is the contract every language meets.
 */
export type CatalogTypes = {
  messages: Messages;
  create: CreateMessages;
  explain: ExplainMessages;
  'get-token': GetTokenMessages;
  lint: LintMessages;
  verify: VerifyMessages;
  compare: CompareMessages;
  exchange: ExchangeMessages;
};
export type CatalogName = keyof CatalogTypes;

// One lazily loaded chunk per file: a language is fetched only when someone reads it.
const FILES = import.meta.glob<Record<string, unknown>>(['./*/*.ts', '!./**/*.test.ts']);

/**
 * Loaders for one catalog in every language, ready for `useCatalog`. A missing file or export is a
 * bug (the parity test in catalogs.test.ts fails first), so it rejects rather than falling back.
 */
export function catalogLoaders<N extends CatalogName>(name: N): Record<Locale, () => Promise<CatalogTypes[N]>> {
  const entries = LOCALES.map((code) => [code, () => loadCatalog(name, code)] as const);
  return Object.fromEntries(entries) as Record<Locale, () => Promise<CatalogTypes[N]>>;
}

/** File name to export name: `get-token` -> `getToken`. */
function camelCase(name: string): string {
  return name.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

async function loadCatalog<N extends CatalogName>(name: N, code: Locale): Promise<CatalogTypes[N]> {
  const load = FILES[`./${code}/${name}.ts`];
  if (load === undefined) throw new Error(`No catalog ${code}/${name}`);
  const mod = await load();
  const exported = `${camelCase(name)}${exportSuffix(code)}`;
  const value = mod[exported];
  if (value === undefined) throw new Error(`Catalog ${code}/${name} has no export ${exported}`);
  return value as CatalogTypes[N];
}
