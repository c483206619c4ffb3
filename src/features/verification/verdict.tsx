import type { AnalyzedToken } from '../../core/token/types';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/en/messages';
import type { VerdictWord } from './verdict-word';

const TONE: Record<VerdictWord, string> = {
  verified: 'border-emerald-600 bg-emerald-50 dark:bg-emerald-950',
  invalid: 'border-red-600 bg-red-50 dark:bg-red-950',
  keyNotFound: 'border-red-600 bg-red-50 dark:bg-red-950',
  notVerified: 'border-amber-500 bg-amber-50 dark:bg-amber-950',
  unsigned: 'border-red-600 bg-red-50 dark:bg-red-950',
  encrypted: 'border-slate-400 bg-slate-50 dark:bg-slate-900',
};
const ICON: Record<VerdictWord, string> = {
  verified: '✓',
  invalid: '✗',
  keyNotFound: '?',
  notVerified: '•',
  unsigned: '!',
  encrypted: '🔒',
};

/**
 * The one verdict (role="status", so every change is announced): a word from the fixed set, then
 * the details. Shown before the verification chunk loads and by the verification itself.
 */
export function Verdict({ word, lines }: { word: VerdictWord; lines: readonly string[] }) {
  const { t } = useI18n();
  return (
    <div role="status" aria-label={t.verdict.label} className={`rounded-lg border-l-4 p-3 ${TONE[word]}`}>
      <p className="font-semibold">
        <span aria-hidden="true" className="mr-1">
          {ICON[word]}
        </span>
        {t.verdict.words[word]}
      </p>
      {lines.map((l, i) => (
        <p key={i} className="text-sm text-slate-700 dark:text-slate-300">
          {l}
        </p>
      ))}
    </div>
  );
}

/** What a token's structure alone allows to say, before (or without) any key: null for tokens that have no verdict. */
export function structuralVerdict(token: AnalyzedToken, t: Messages): { word: VerdictWord; lines: string[] } | null {
  if (token.format === 'jwe') return { word: 'encrypted', lines: [t.verdict.encryptedDetail] };
  if (token.format !== 'jws') return null;
  if (token.unsecured) return { word: 'unsigned', lines: [t.verdict.unsignedDetail] };
  return { word: 'notVerified', lines: [t.verdict.notVerifiedDetail] };
}

/** The verdict a token has before verification runs. */
export function StructuralVerdict({ token }: { token: AnalyzedToken }) {
  const { t } = useI18n();
  const verdict = structuralVerdict(token, t);
  return verdict ? <Verdict word={verdict.word} lines={verdict.lines} /> : null;
}
