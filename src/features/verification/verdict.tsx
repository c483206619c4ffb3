import type { AnalyzedToken } from '../../core/token/types';
import { useI18n } from '../../i18n/i18n';

/**
 * The verification verdict, in a role="status" region so every change is announced.
 * Until a key is supplied it can only say what the token's structure allows.
 */
export function Verdict({ token }: { token: AnalyzedToken }) {
  const { t } = useI18n();
  if (token.format !== 'jws' && token.format !== 'jwe') return null;
  const [word, detail, tone] =
    token.format === 'jwe'
      ? [t.verdict.encrypted, t.verdict.encryptedDetail, 'border-slate-400 bg-slate-50 dark:bg-slate-900']
      : token.unsecured
        ? [t.verdict.unsigned, t.verdict.unsignedDetail, 'border-red-600 bg-red-50 dark:bg-red-950']
        : [t.verdict.notVerified, t.verdict.notVerifiedDetail, 'border-amber-500 bg-amber-50 dark:bg-amber-950'];
  return (
    <div role="status" aria-label={t.verdict.label} className={`rounded-lg border-l-4 p-3 ${tone}`}>
      <p className="font-semibold">{word}</p>
      <p className="text-sm text-slate-700 dark:text-slate-300">{detail}</p>
    </div>
  );
}
