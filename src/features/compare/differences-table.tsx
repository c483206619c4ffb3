import type { Comparison, Difference } from '../../core/compare/compare-tokens';
import type { CompareMessages } from '../../i18n/en/compare';

function Value({ text, m }: { text: string | null; m: CompareMessages }) {
  if (text === null) return <span className="text-slate-500 italic dark:text-slate-400">{m.absent}</span>;
  return <code className="font-mono text-xs break-all">{text}</code>;
}

function Row({ d, m }: { d: Difference; m: CompareMessages }) {
  return (
    <tr className="border-t border-slate-200 align-top dark:border-slate-700">
      <th scope="row" className="p-2 text-left font-mono text-sm font-semibold">
        {d.name}
        <span className="block font-sans text-xs font-normal text-slate-600 dark:text-slate-400">
          {m.part[d.part]} · {m.change[d.change]}
        </span>
      </th>
      <td className="p-2">
        <Value text={d.a} m={m} />
      </td>
      <td className="p-2">
        <Value text={d.b} m={m} />
      </td>
      <td className="p-2 text-sm">
        <p>{m.topics[d.topic]}</p>
        {d.onlyA && d.onlyA.length > 0 ? <p className="mt-1 font-medium">{m.onlyA(d.onlyA.join(', '))}</p> : null}
        {d.onlyB && d.onlyB.length > 0 ? <p className="mt-1 font-medium">{m.onlyB(d.onlyB.join(', '))}</p> : null}
      </td>
    </tr>
  );
}

/** The "Differences" table, with identical members folded below it. */
export function DifferencesTable({ comparison, m }: { comparison: Comparison & { ok: true }; m: CompareMessages }) {
  const { differences, same } = comparison;
  return (
    <div className="grid gap-2">
      {differences.length === 0 ? <p role="status">{m.none}</p> : null}
      <div className="overflow-x-auto">
        <table aria-label={m.differences} className="w-full border-collapse text-left">
          <caption className="mb-1 text-left font-semibold">{m.differences}</caption>
          <thead>
            <tr className="text-xs text-slate-600 dark:text-slate-400">
              <th scope="col" className="p-2">
                {m.columns.name}
              </th>
              <th scope="col" className="p-2">
                {m.columns.a}
              </th>
              <th scope="col" className="p-2">
                {m.columns.b}
              </th>
              <th scope="col" className="p-2">
                {m.columns.meaning}
              </th>
            </tr>
          </thead>
          <tbody>
            {differences.map((d) => (
              <Row key={`${d.part}:${d.name}`} d={d} m={m} />
            ))}
          </tbody>
        </table>
      </div>
      {same.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer">{m.same(same.length)}</summary>
          <p className="mt-1 font-mono text-xs break-words">{same.map((s) => s.name).join(', ')}</p>
        </details>
      ) : null}
    </div>
  );
}
