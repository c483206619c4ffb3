import { useEffect, useState } from 'react';
import { inputFromFragment } from '../../core/token/deep-link';
import { useI18n } from '../../i18n/i18n';

const hasToken = () => inputFromFragment(window.location.hash) !== null;

/** After a token arrives in the URL (a redirect or a deep link), offers to take it out of the address bar. */
export function ClearAddressOffer() {
  const { t } = useI18n();
  const [visible, setVisible] = useState(hasToken);
  useEffect(() => {
    const onHash = () => setVisible(hasToken());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  if (!visible) return null;
  return (
    <p className="flex flex-wrap items-center gap-2 rounded-lg border border-slate-300 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900">
      {t.share.clearOffer}
      <button
        type="button"
        className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
        onClick={() => {
          // Replacing the entry drops the fragment from the address bar and from this history entry.
          window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
          setVisible(false);
        }}
      >
        {t.share.clearAction}
      </button>
    </p>
  );
}
