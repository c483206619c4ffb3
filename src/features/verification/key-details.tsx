import type { VerifyMessages } from '../../i18n/en/verify';
import type { VerifyResult } from '../../core/verify/verify-types';
import { useI18n } from '../../i18n/i18n';
import { formatZoned } from '../../i18n/format';

type Props = { v: VerifyMessages; result: VerifyResult; sourceLabel: string; refetched: boolean };

/** Which key was used (or which kids exist when none matched), and keys the token names for itself. */
export function KeyDetails({ v, result, sourceLabel, refetched }: Props) {
  const { locale } = useI18n();
  const date = (s: number) => formatZoned(locale, s);
  const key = result.key;
  const self = Object.keys(result.selfAsserted);
  return (
    <div className="grid gap-2 text-sm">
      {key ? (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-0.5">
          {key.kid !== undefined ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.kid}</dt>
              <dd className="font-mono break-all">{key.kid}</dd>
            </>
          ) : null}
          <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.kty}</dt>
          <dd className="font-mono">{key.crv ? `${key.kty} (${key.crv})` : key.kty}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.alg}</dt>
          <dd className="font-mono">{result.alg ?? key.alg ?? '-'}</dd>
          <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.source}</dt>
          <dd className="break-all">{sourceLabel}</dd>
          {key.cert ? (
            <>
              <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.subject}</dt>
              <dd className="break-all">{key.cert.subject}</dd>
              <dt className="text-slate-600 dark:text-slate-400">{v.keyUsed.validity}</dt>
              <dd>
                {date(key.cert.notBefore)} – {date(key.cert.notAfter)}
              </dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {key?.kidUnchecked ? <p>{v.keyUsed.kidUnchecked}</p> : null}
      {result.verdict === 'key_not_found' ? (
        <div>
          <p>{v.keyNotFound.found((result.availableKids ?? []).join(', '))}</p>
          {refetched ? <p>{v.keyNotFound.refetched}</p> : null}
          <ul className="mt-1 list-disc pl-5">
            {v.keyNotFound.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {self.length > 0 ? <p className="font-medium text-red-800 dark:text-red-300">{v.selfAsserted(self.join(', '))}</p> : null}
    </div>
  );
}
