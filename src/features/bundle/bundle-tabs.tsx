import { useRef, type KeyboardEvent } from 'react';
import type { LabelledToken } from '../../core/token/recognize';
import { useI18n } from '../../i18n/i18n';

type Props = { tokens: LabelledToken[]; selected: number; onSelect: (i: number) => void; panelId: string };

/** One tab per token found in a response (ID, access, refresh, code), with arrow-key navigation. */
export function BundleTabs({ tokens, selected, onSelect, panelId }: Props) {
  const { t } = useI18n();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = (selected + step + tokens.length) % tokens.length;
    onSelect(next);
    refs.current[next]?.focus();
  };
  return (
    <div
      role="tablist"
      aria-label={t.bundle.tokens}
      className="flex flex-wrap gap-1 border-b border-slate-300 dark:border-slate-700"
      onKeyDown={onKey}
    >
      {tokens.map((tok, i) => (
        <button
          key={`${tok.role}-${i}`}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          aria-selected={i === selected}
          aria-controls={panelId}
          tabIndex={i === selected ? 0 : -1}
          onClick={() => onSelect(i)}
          className={`rounded-t px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 ${
            i === selected
              ? 'border-b-2 border-blue-700 font-semibold text-blue-800 dark:border-blue-400 dark:text-blue-200'
              : 'text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800'
          }`}
        >
          {t.bundle.roles[tok.role]}
          <span className="ml-1 text-xs text-slate-600 dark:text-slate-400">
            ({tok.token.format === 'jws' ? 'JWT' : tok.token.format === 'jwe' ? 'JWE' : tok.token.format})
          </span>
        </button>
      ))}
    </div>
  );
}
