import { useId, useMemo, useState } from 'react';
import { compareTokens } from '../../core/compare/compare-tokens';
import { compareFragment, compareInputsFromFragment, compareLinkIsWhole } from '../../core/compare/compare-link';
import { recognizeInput } from '../../core/token/recognize';
import type { ShareMode } from '../../core/token/share';
import { copyText } from '../../components/ui/copy-button';
import { useCatalog, useI18n } from '../../i18n/i18n';
import { useConfirmDialog } from '../../components/ui/confirm-dialog';
import { catalogLoaders } from '../../i18n/catalogs';
import { compareEn } from '../../i18n/en/compare';
import { DifferencesTable } from './differences-table';
import { pickToken } from './pick-token';

const LOADERS = catalogLoaders('compare');

const BOX =
  'min-h-32 w-full rounded border border-slate-300 bg-white p-2 font-mono text-xs focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900';
const BUTTON =
  'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

/** "Compare": two tokens side by side, and what differs between them for an API. */
export default function CompareView() {
  const m = useCatalog(LOADERS) ?? compareEn;
  const { t } = useI18n();
  const id = useId();
  const confirm = useConfirmDialog();
  // A #a=…&b=… link seeds both boxes once; after that the boxes are the person's own.
  const [initial] = useState(() => compareInputsFromFragment(window.location.hash));
  const [a, setA] = useState(initial?.a ?? '');
  const [b, setB] = useState(initial?.b ?? '');
  const [mode, setMode] = useState<ShareMode>('unsigned');
  const [copied, setCopied] = useState(false);
  const tokenA = useMemo(() => pickToken(recognizeInput(a)), [a]);
  const tokenB = useMemo(() => pickToken(recognizeInput(b)), [b]);
  // Text in a box that holds no token is said so, rather than waiting for a token that is "missing".
  const notTokens = (
    [
      ['a', a, tokenA],
      ['b', b, tokenB],
    ] as const
  )
    .filter(([, text, token]) => text.trim() !== '' && token === null)
    .map(([side]) => side);
  const comparison = useMemo(() => (tokenA && tokenB ? compareTokens(tokenA, tokenB) : null), [tokenA, tokenB]);
  const copyLink = () => {
    const url = `${window.location.origin}${window.location.pathname}${compareFragment(tokenA, tokenB, mode)}`;
    void copyText(url).then(setCopied);
  };
  // Whole tokens are credentials: the explorer's rule, asked here too (in the page's own dialog) before they go into a link.
  const copy = () =>
    compareLinkIsWhole(tokenA, tokenB, mode)
      ? confirm.ask({
          title: t.share.wholeTitle,
          text: mode === 'full' ? m.confirmFull : m.confirmWhole,
          confirmLabel: t.share.copyAnyway,
          cancelLabel: t.share.cancel,
          onConfirm: copyLink,
        })
      : copyLink();
  return (
    <section aria-labelledby={`${id}-title`} className="grid gap-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {m.title}
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">{m.intro}</p>
      <div className="grid gap-3 md:grid-cols-2">
        <div className="grid gap-1">
          <label htmlFor={`${id}-a`} className="text-sm font-medium">
            {m.tokenA}
          </label>
          <textarea id={`${id}-a`} className={BOX} spellCheck={false} autoComplete="off" value={a} onChange={(e) => setA(e.target.value)} />
        </div>
        <div className="grid gap-1">
          <label htmlFor={`${id}-b`} className="text-sm font-medium">
            {m.tokenB}
          </label>
          <textarea id={`${id}-b`} className={BOX} spellCheck={false} autoComplete="off" value={b} onChange={(e) => setB(e.target.value)} />
        </div>
      </div>
      {notTokens.length > 0 ? (
        <div role="alert" className="rounded-lg border-l-4 border-red-600 bg-red-50 p-3 text-sm dark:bg-red-950">
          {notTokens.map((side) => (
            <p key={side}>{m.noToken(side.toUpperCase())}</p>
          ))}
        </div>
      ) : null}
      {comparison === null && notTokens.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{m.waiting}</p> : null}
      {comparison && !comparison.ok ? (
        <div role="alert" className="rounded-lg border-l-4 border-red-600 bg-red-50 p-3 text-sm dark:bg-red-950">
          {comparison.unreadable.map((s) => (
            <p key={s}>{m.unreadable(s.toUpperCase())}</p>
          ))}
        </div>
      ) : null}
      {comparison?.ok ? <DifferencesTable comparison={comparison} m={m} /> : null}
      {tokenA || tokenB ? (
        <div className="flex flex-wrap items-center gap-2">
          <label htmlFor={`${id}-mode`} className="flex items-center gap-1 text-sm">
            {m.shareLabel}
            <select
              id={`${id}-mode`}
              value={mode}
              onChange={(e) => setMode(e.target.value as ShareMode)}
              className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            >
              <option value="unsigned">{m.share.unsigned}</option>
              <option value="redacted">{m.share.redacted}</option>
              <option value="full">{m.share.full}</option>
            </select>
          </label>
          <button type="button" className={BUTTON} onClick={copy}>
            {m.copyLink}
          </button>
          {copied ? (
            <span role="status" className="text-sm">
              {m.copied}
            </span>
          ) : null}
        </div>
      ) : null}
      {confirm.dialog}
    </section>
  );
}
