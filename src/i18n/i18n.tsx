import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { messagesEn, type Messages } from './en/messages';
import { catalogLoaders } from './catalogs';
import { DEFAULT_LOCALE, isLocale, matchBrowserLanguage, type Locale } from './languages';

export { LANGUAGES, LOCALES, type Locale } from './languages';

type I18n = { locale: Locale; t: Messages; setLocale: (l: Locale) => void };

const I18nContext = createContext<I18n>({ locale: DEFAULT_LOCALE, t: messagesEn, setLocale: () => undefined });

const STORAGE_KEY = 'token-explorer.locale';

/** The browser's preferred supported language, unless the person chose one before. */
export function initialLocale(): Locale {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    if (isLocale(saved)) return saved;
  } catch {
    // storage may be disabled; fall through to the browser language
  }
  const langs = typeof navigator === 'undefined' ? [] : navigator.languages;
  return matchBrowserLanguage(langs) ?? DEFAULT_LOCALE;
}

// Other languages load on demand so English readers never download them.
const loaders = catalogLoaders('messages');

/** Provides the current language's messages; switching languages re-renders with the new catalog. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  const [loaded, setLoaded] = useState<{ locale: Locale; t: Messages }>({ locale: DEFAULT_LOCALE, t: messagesEn });

  useEffect(() => {
    let live = true;
    void loaders[locale]().then((t) => {
      if (live) setLoaded({ locale, t });
    });
    document.documentElement.lang = locale;
    return () => {
      live = false;
    };
  }, [locale]);

  const setLocale = useCallback((l: Locale) => {
    setLocaleState(l);
    try {
      localStorage.setItem(STORAGE_KEY, l);
    } catch {
      // not remembered; still switched for this page
    }
  }, []);

  const value = useMemo(() => ({ locale: loaded.locale, t: loaded.t, setLocale }), [loaded, setLocale]);
  return <I18nContext value={value}>{children}</I18nContext>;
}

/**
 * A feature's own message catalog, loaded for the current language on demand (so a lazily loaded
 * feature carries its words with it, and Japanese is fetched only when shown). Null while loading.
 */
export function useCatalog<T>(loaders: Record<Locale, () => Promise<T>>): T | null {
  const { locale } = use(I18nContext);
  const [state, setState] = useState<{ locale: Locale; value: T } | null>(null);
  useEffect(() => {
    let live = true;
    void loaders[locale]().then((value) => {
      if (live) setState({ locale, value });
    });
    return () => {
      live = false;
    };
  }, [locale, loaders]);
  return state?.value ?? null;
}

/** The current messages and locale. */
export function useI18n(): I18n {
  return use(I18nContext);
}
