import type { AuthzAdvice } from '../../../core/claims/catalog';

const STYLE: Record<AuthzAdvice | 'custom', { mark: string; className: string }> = {
  yes: { mark: '✓', className: 'text-emerald-800 dark:text-emerald-300' },
  'with-care': { mark: '!', className: 'text-amber-800 dark:text-amber-300' },
  no: { mark: '✗', className: 'text-red-800 dark:text-red-300' },
  'n/a': { mark: '–', className: 'text-slate-600 dark:text-slate-400' },
  custom: { mark: '?', className: 'text-slate-600 dark:text-slate-400' },
};

/** The authorization advice as a word with a mark; the color only repeats what the word says. */
export function AuthzWord({ advice, word }: { advice: AuthzAdvice | 'custom'; word: string }) {
  const s = STYLE[advice];
  return (
    <span className={`font-medium whitespace-nowrap ${s.className}`}>
      <span aria-hidden="true">{s.mark} </span>
      {word}
    </span>
  );
}
