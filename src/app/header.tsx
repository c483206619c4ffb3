import { useI18n, LANGUAGES, type Locale } from '../i18n/i18n';
import { useTheme, type Theme } from './theme';
import { OfflineSwitch } from '../features/offline/offline-switch';

const select = 'rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';

/** Title, tagline, and the language and theme switches. */
export function Header() {
  const { t, locale, setLocale } = useI18n();
  const [theme, setTheme] = useTheme();
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{t.app.title}</h1>
        <p className="max-w-3xl text-sm text-slate-600 dark:text-slate-400">{t.app.tagline}</p>
      </div>
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <OfflineSwitch />
        <label className="flex items-center gap-1">
          {t.app.language}
          <select className={select} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-1">
          {t.app.theme}
          <select className={select} value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
            <option value="system">{t.app.themeSystem}</option>
            <option value="light">{t.app.themeLight}</option>
            <option value="dark">{t.app.themeDark}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
