import { setOfflineMode, useOfflineMode } from '../../lib/offline-mode';
import { useI18n } from '../../i18n/i18n';

/** The "Offline mode" switch: while on, discovery and JWKS fetches are refused and nothing is requested. */
export function OfflineSwitch() {
  const { t } = useI18n();
  const on = useOfflineMode();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={on}
      onClick={() => setOfflineMode(!on)}
      className={`flex items-center gap-2 rounded border px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 ${
        on
          ? 'border-emerald-700 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100'
          : 'border-slate-300 dark:border-slate-600'
      }`}
    >
      <span aria-hidden="true" className={`inline-block h-3 w-6 rounded-full ${on ? 'bg-emerald-600' : 'bg-slate-400'}`} />
      {t.app.offlineMode}
      <span className="text-xs">({on ? t.app.on : t.app.off})</span>
    </button>
  );
}
