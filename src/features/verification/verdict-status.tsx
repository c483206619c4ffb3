import type { VerifyMessages } from '../../i18n/en/verify';
import type { VerifyResult } from '../../core/verify/verify-types';
import type { VerdictWord } from './verdict-word';

const TONE: Record<VerdictWord, string> = {
  verified: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950',
  invalid: 'border-red-600 bg-red-50 dark:bg-red-950',
  keyNotFound: 'border-red-600 bg-red-50 dark:bg-red-950',
  notVerified: 'border-amber-500 bg-amber-50 dark:bg-amber-950',
  unsigned: 'border-red-600 bg-red-50 dark:bg-red-950',
  encrypted: 'border-slate-400 bg-slate-50 dark:bg-slate-900',
};
const ICON: Record<VerdictWord, string> = { verified: '✓', invalid: '✗', keyNotFound: '?', notVerified: '•', unsigned: '!', encrypted: '🔒' };

type Props = { word: VerdictWord; v: VerifyMessages; result: VerifyResult | null; lines: string[] };

/** The verdict (role="status": announced on change): one word from the fixed set, then the detail. */
export function VerdictStatus({ word, v, result, lines }: Props) {
  return (
    <div role="status" aria-label={v.title} className={`rounded-lg border-l-4 p-3 ${TONE[word]}`}>
      <p className="font-semibold">
        <span aria-hidden="true" className="mr-1">
          {ICON[word]}
        </span>
        {v.verdicts[word]}
      </p>
      {result ? <p className="text-sm">{v.reasons[result.reason]}</p> : null}
      {lines.map((l, i) => (
        <p key={i} className="text-sm">
          {l}
        </p>
      ))}
    </div>
  );
}
