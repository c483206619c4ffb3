import { useState } from 'react';
import { copyText } from '../../components/ui/copy-button';
import { fragmentFor } from '../../core/token/deep-link';
import { useI18n } from '../../i18n/i18n';

/** Copies a `#token=` link to this page for the current input. The token stays in the fragment, which browsers never send to servers. */
export function CopyLinkButton({ input }: { input: string }) {
  const { t } = useI18n();
  const [done, setDone] = useState(false);
  if (input.trim() === '') return null;
  const onClick = () => {
    const url = `${window.location.origin}${window.location.pathname}${fragmentFor(input)}`;
    void copyText(url).then((ok) => {
      setDone(ok);
      if (ok) setTimeout(() => setDone(false), 1500);
    });
  };
  return (
    <button type="button" onClick={onClick} className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800">
      {t.input.copyLink}
      <span aria-live="polite" className="ml-1 text-emerald-700 dark:text-emerald-400">
        {done ? `✓ ${t.input.linkCopied}` : ''}
      </span>
    </button>
  );
}
