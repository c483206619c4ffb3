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

type RowProps = { v: VerifyMessages } & Pick<ClaimCheck, 'id' | 'status' | 'code' | 'expected' | 'actual'>;

/** One check; its props are plain values, so a clock tick re-renders only the rows whose text changed (the time checks). */
const CheckRow = memo(function CheckRow({ v, id, status, code, expected, actual }: RowProps) {
  const { locale } = useI18n();
  const show = (value: string | undefined) => {
    if (value === undefined) return '';
    if (!TIME_CHECKS.has(id) || !/^\d+$/.test(value)) return value;
    return formatZoned(locale, Number(value));
  };
  return (
    <tr className="border-b border-slate-100 align-top dark:border-slate-800">
      <th scope="row" className="py-1 pr-3 font-normal">
        {v.checks.ids[id]}
      </th>
      <td className={`py-1 pr-3 ${STATUS_CLASS[status]}`}>
        <span aria-hidden="true">{STATUS_ICON[status]} </span>
        {v.checks.status[status]}: {v.checks.codes[code]}
      </td>
      <td className="py-1 pr-3 font-mono break-all">{show(expected)}</td>
      <td className="py-1 font-mono break-all">{show(actual)}</td>
    </tr>
  );
});

/** Every claim check at once, expected vs actual; the status is a word, not only a color. */
export const ClaimChecks = memo(function ClaimChecks({ checks, v }: { checks: readonly ClaimCheck[]; v: VerifyMessages }) {
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
          <CheckRow key={c.id} v={v} id={c.id} status={c.status} code={c.code} expected={c.expected} actual={c.actual} />
        ))}
      </tbody>
    </table>
  );
});
