import { useId, useMemo, useState } from 'react';
import { useConfirmDialog } from '../../components/ui/confirm-dialog';
import { copyText } from '../../components/ui/copy-button';
import { fragmentFor } from '../../core/token/deep-link';
import type { ShareMode } from '../../core/token/share';
import { sharePlan, shareText } from '../../core/token/share-plan';
import type { Recognized } from '../../core/token/recognize';
import type { AnalyzedToken } from '../../core/token/types';
import { useI18n } from '../../i18n/i18n';

const button =
  'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
const note = 'w-full min-w-0 wrap-anywhere text-sm text-slate-700 dark:text-slate-300';
// Member names come from the input: long ones are shortened so the note stays a note.
const shortName = (name: string) => (name.length > 40 ? `${name.slice(0, 40)}…` : name);

function secondsLeft(token: AnalyzedToken): number | null {
  if (token.format !== 'jws' || !token.payload.ok || token.payload.kind !== 'json') return null;
  const exp = token.payload.value.exp;
  if (typeof exp !== 'number') return null;
  const left = exp - Math.floor(Date.now() / 1000);
  return left > 0 ? left : null;
}

type Props = { input: string; recognized: Recognized };

/**
 * "Copy link" with a choice of what the link carries (core/token/share-plan decides what is
 * possible). By default no signature, refresh token, code or opaque token is in the link; whatever
 * is a usable credential as it stands is shared only after the person confirms; keys never.
 */
export function ShareControls({ input, recognized }: Props) {
  const { t } = useI18n();
  const id = useId();
  const [chosen, setChosen] = useState<ShareMode>('unsigned');
  const [done, setDone] = useState(false);
  const confirm = useConfirmDialog();
  const plan = useMemo(() => sharePlan(recognized, input), [recognized, input]);
  if (plan.kind === 'none') return null;
  if (plan.kind === 'refused') return <p className={note}>{t.share.keyMaterial}</p>;
  const reducible = plan.kind === 'reducible';
  const mode: ShareMode = !reducible ? 'full' : chosen === 'redacted' && !plan.redactable ? 'unsigned' : chosen;
  const linkText = shareText(recognized, input, mode, plan);
  const copy = () => {
    if (linkText === null) return;
    const url = `${window.location.origin}${window.location.pathname}${fragmentFor(linkText)}`;
    void copyText(url).then((ok) => {
      setDone(ok);
      if (ok) setTimeout(() => setDone(false), 1500);
    });
  };
  const ask = (title: string, text: string) =>
    confirm.ask({ title, text, confirmLabel: t.share.copyAnyway, cancelLabel: t.share.cancel, onConfirm: copy });
  // The clock is read when the person clicks, not during render.
  const onCopy = () => {
    if (plan.kind === 'whole') return plan.confirm ? ask(t.share.wholeTitle, t.share.whole[plan.reason]) : copy();
    if (mode !== 'full') return copy();
    if (plan.bundle) return ask(t.share.wholeTitle, t.share.whole.bundle);
    const left = recognized.kind === 'token' ? secondsLeft(recognized.token) : null;
    return left === null ? copy() : ask(t.share.confirmTitle, t.share.confirmText(Math.ceil(left / 60)));
  };
  return (
    <div className="flex max-w-full flex-wrap items-center gap-2">
      {reducible ? (
        <label htmlFor={id} className="flex max-w-full flex-wrap items-center gap-1 text-sm">
          {t.share.label}
          <select
            id={id}
            value={mode}
            onChange={(e) => setChosen(e.target.value as ShareMode)}
            className="max-w-full min-w-0 rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          >
            <option value="unsigned">{t.share.unsigned}</option>
            <option value="redacted" disabled={!plan.redactable}>
              {t.share.redacted}
            </option>
            <option value="full">{t.share.full}</option>
          </select>
        </label>
      ) : null}
      <button type="button" className={button} onClick={onCopy} disabled={linkText === null}>
        {t.input.copyLink}
        <span aria-live="polite" className="ml-1 text-emerald-700 dark:text-emerald-400">
          {done ? `✓ ${t.input.linkCopied}` : ''}
        </span>
      </button>
      {reducible && !plan.redactable ? <p className={note}>{t.share.redactionImpossible}</p> : null}
      {reducible && plan.omitted.length > 0 && mode !== 'full' ? (
        <p className={note}>{t.share.omitted([...new Set(plan.omitted)].map(shortName).join(', '))}</p>
      ) : null}
      {linkText === null ? <p className={note}>{t.share.nothingSafe}</p> : null}
      {plan.kind === 'whole' && plan.confirm ? <p className={note}>{t.share.whole[plan.reason]}</p> : null}
      {confirm.dialog}
    </div>
  );
}
