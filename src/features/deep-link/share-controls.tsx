import { useId, useRef, useState } from 'react';
import { copyText } from '../../components/ui/copy-button';
import { fragmentFor } from '../../core/token/deep-link';
import { shareableToken, type ShareMode } from '../../core/token/share';
import type { AnalyzedToken } from '../../core/token/types';
import { useI18n } from '../../i18n/i18n';

const button = 'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

function secondsLeft(token: AnalyzedToken | null): number | null {
  if (token?.format !== 'jws' || !token.payload.ok || token.payload.kind !== 'json') return null;
  const exp = token.payload.value.exp;
  if (typeof exp !== 'number') return null;
  const left = exp - Math.floor(Date.now() / 1000);
  return left > 0 ? left : null;
}

type Props = { input: string; token: AnalyzedToken | null };

/**
 * "Copy link" with a choice of what the link carries. For a single JWS the default drops the
 * signature (still fully explorable, useless as a credential); sharing a live full token asks first.
 */
export function ShareControls({ input, token }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [mode, setMode] = useState<ShareMode>('unsigned');
  const [done, setDone] = useState(false);
  const [minutesLeft, setMinutesLeft] = useState(0);
  const dialog = useRef<HTMLDialogElement>(null);
  if (input.trim() === '') return null;
  const reducible = token?.format === 'jws' && token.header.ok;
  const linkText = reducible ? shareableToken(token, mode) : input;
  const copy = () => {
    const url = `${window.location.origin}${window.location.pathname}${fragmentFor(linkText)}`;
    void copyText(url).then((ok) => {
      setDone(ok);
      if (ok) setTimeout(() => setDone(false), 1500);
    });
  };
  // The clock is read when the person clicks, not during render.
  const onCopy = () => {
    const left = reducible && mode === 'full' ? secondsLeft(token) : null;
    if (left === null) return copy();
    setMinutesLeft(Math.ceil(left / 60));
    dialog.current?.showModal();
  };
  return (
    <div className="flex max-w-full flex-wrap items-center gap-2">
      {reducible ? (
        <label htmlFor={id} className="flex max-w-full flex-wrap items-center gap-1 text-sm">
          {t.share.label}
          <select id={id} value={mode} onChange={(e) => setMode(e.target.value as ShareMode)} className="max-w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900">
            <option value="unsigned">{t.share.unsigned}</option>
            <option value="redacted">{t.share.redacted}</option>
            <option value="full">{t.share.full}</option>
          </select>
        </label>
      ) : null}
      <button type="button" className={button} onClick={onCopy}>
        {t.input.copyLink}
        <span aria-live="polite" className="ml-1 text-emerald-700 dark:text-emerald-400">
          {done ? `✓ ${t.input.linkCopied}` : ''}
        </span>
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-title`} className="m-auto max-w-md rounded-lg border border-slate-300 bg-white p-4 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100">
        <h2 id={`${id}-title`} className="mb-2 font-semibold">
          {t.share.confirmTitle}
        </h2>
        <p className="mb-3 text-sm">{t.share.confirmText(minutesLeft)}</p>
        <form method="dialog" className="flex justify-end gap-2">
          <button type="submit" className={button}>
            {t.share.cancel}
          </button>
          <button type="submit" className="rounded bg-red-700 px-3 py-1 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600" onClick={copy}>
            {t.share.copyAnyway}
          </button>
        </form>
      </dialog>
    </div>
  );
}
