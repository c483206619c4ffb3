import { memo } from 'react';
import type { VerifyMessages } from '../../i18n/en/verify';
import type { ClaimCheck, ClaimCheckStatus } from '../../core/verify/check-claims';
import { useI18n } from '../../i18n/i18n';
import { formatZoned } from '../../i18n/format';

const STATUS_CLASS: Record<ClaimCheckStatus, string> = {
  pass: 'text-emerald-800 dark:text-emerald-300',
  fail: 'text-red-800 dark:text-red-300 font-semibold',
  warn: 'text-amber-800 dark:text-amber-300',
  info: 'text-slate-700 dark:text-slate-300',
  skipped: 'text-slate-600 dark:text-slate-400',
};
const STATUS_ICON: Record<ClaimCheckStatus, string> = { pass: '✓', fail: '✗', warn: '!', info: 'i', skipped: '–' };
const TIME_CHECKS = new Set(['exp', 'nbf', 'iat']);

/** Every claim check at once, expected vs actual; the status is a word, not only a color. */
export const ClaimChecks = memo(function ClaimChecks({ checks, v }: { checks: readonly ClaimCheck[]; v: VerifyMessages }) {
  const { locale } = useI18n();
  const show = (c: ClaimCheck, value: string | undefined) => {
    if (value === undefined) return '';
    if (!TIME_CHECKS.has(c.id) || !/^\d+$/.test(value)) return value;
    return formatZoned(locale, Number(value));
  };
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left text-xs text-slate-600 dark:text-slate-400">{v.checks.intro}</caption>
      <thead>
        <tr className="border-b border-slate-200 dark:border-slate-700">
          <th scope="col" className="py-1 pr-3 font-medium">
            {v.checks.columns.check}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {v.checks.columns.result}
          </th>
          <th scope="col" className="py-1 pr-3 font-medium">
            {v.checks.columns.expected}
          </th>
          <th scope="col" className="py-1 font-medium">
            {v.checks.columns.actual}
          </th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.id} className="border-b border-slate-100 align-top dark:border-slate-800">
            <th scope="row" className="py-1 pr-3 font-normal">
              {v.checks.ids[c.id]}
            </th>
            <td className={`py-1 pr-3 ${STATUS_CLASS[c.status]}`}>
              <span aria-hidden="true">{STATUS_ICON[c.status]} </span>
              {v.checks.status[c.status]}: {v.checks.codes[c.code]}
            </td>
            <td className="py-1 pr-3 font-mono break-all">{show(c, c.expected)}</td>
            <td className="py-1 font-mono break-all">{show(c, c.actual)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
});
