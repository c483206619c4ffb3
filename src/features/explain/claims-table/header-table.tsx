import { describeHeader } from '../../../core/claims/header-catalog';
import { SafeLink } from '../../../components/ui/safe-link';
import type { ExplainMessages } from '../../../i18n/en/explain';

type Props = { header: Readonly<Record<string, unknown>>; m: ExplainMessages };

const CELL = 'border-t border-slate-200 p-2 align-top dark:border-slate-700';
const HEAD = 'p-2 text-left font-semibold';

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * The protected header, one row per parameter. The value sits beside the name ("kid: abc") so the
 * table stays small; the full JSON is in the decoded view above.
 */
export function HeaderTable({ header, m }: Props) {
  const h = m.ui.headers;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-xs text-slate-600 dark:text-slate-400">{h.caption}</caption>
        <thead>
          <tr className="bg-slate-50 dark:bg-slate-800">
            <th scope="col" className={HEAD}>
              {h.columns.name}
            </th>
            <th scope="col" className={HEAD}>
              {h.columns.meaning}
            </th>
            <th scope="col" className={HEAD}>
              {h.columns.use}
            </th>
            <th scope="col" className={HEAD}>
              {h.columns.source}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(header).map(([name, value]) => {
            const info = describeHeader(name);
            return (
              <tr key={name}>
                <th scope="row" className={`${CELL} text-left font-mono font-normal break-all`}>
                  <span className="font-semibold">{name}</span>: {shown(value)}
                </th>
                <td className={CELL}>{info.custom ? h.custom : m.headers[info.name]}</td>
                <td className={CELL}>{info.custom ? '' : h.uses[info.use]}</td>
                <td className={`${CELL} text-xs`}>
                  {info.custom ? '' : <SafeLink href={info.specUrl}>{h.sources[info.source]}</SafeLink>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
