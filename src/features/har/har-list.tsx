import type { HarEntry } from '../../core/exchange/har';
import type { ExchangeMessages } from '../../i18n/en/exchange';

type Props = { entries: HarEntry[]; selected: number | null; onSelect: (index: number) => void; m: ExchangeMessages };

const SHOWN = 500;

/** The listed requests of a HAR: method, URL, status and why each is listed; a button selects one. */
export function HarList({ entries, selected, onSelect, m }: Props) {
  const h = m.har;
  return (
    <div className="max-h-96 overflow-auto">
      <table aria-label={h.requests} className="w-full border-collapse text-left text-sm">
        <thead>
          <tr className="text-xs text-slate-600 dark:text-slate-400">
            <th scope="col" className="p-1">
              {h.columns.method}
            </th>
            <th scope="col" className="p-1">
              {h.columns.url}
            </th>
            <th scope="col" className="p-1">
              {h.columns.status}
            </th>
            <th scope="col" className="p-1">
              {h.columns.token}
            </th>
          </tr>
        </thead>
        <tbody>
          {entries.slice(0, SHOWN).map((e) => {
            const ex = e.exchange;
            const method = ex.method ?? '';
            const url = ex.url ?? '';
            return (
              <tr
                key={e.index}
                className={`border-t border-slate-200 dark:border-slate-700 ${selected === e.index ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
              >
                <td className="p-1 font-mono">{method}</td>
                <td className="p-1">
                  <button
                    type="button"
                    aria-label={h.select(method, url)}
                    aria-current={selected === e.index ? 'true' : undefined}
                    className="text-left font-mono text-xs break-all underline"
                    onClick={() => onSelect(e.index)}
                  >
                    {url}
                  </button>
                </td>
                <td className="p-1">{ex.status ?? ''}</td>
                <td className="p-1 text-xs">
                  {[ex.scheme, e.audience === null ? null : h.audience(e.audience), ...e.reasons.map((r) => h.reasons[r] ?? r)]
                    .filter(Boolean)
                    .join(' · ')}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
