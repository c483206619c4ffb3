import type { TokenClassification } from '../../../core/claims/classify';
import { claimInContext } from '../../../core/claims/claim-context';
import type { ExplainMessages } from '../../../i18n/en/explain';
import { ClaimRow } from './claim-row';
import { isDateClaim } from './value-view';

type Props = { payload: Readonly<Record<string, unknown>>; classification: TokenClassification | null; now: number; m: ExplainMessages };

const HEAD = 'p-2 text-left font-semibold';

/** The claims table: one row per payload claim, in the token's own order. */
export function ClaimsTable({ payload, classification, now, m }: Props) {
  const c = m.ui.claims;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm">
        <caption className="mb-2 text-left text-xs text-slate-600 dark:text-slate-400">{c.caption}</caption>
        <thead>
          <tr className="bg-slate-50 dark:bg-slate-800">
            <th scope="col" className={HEAD}>
              {c.columns.name}
            </th>
            <th scope="col" className={HEAD}>
              {c.columns.value}
            </th>
            <th scope="col" className={HEAD}>
              {c.columns.meaning}
            </th>
            <th scope="col" className={HEAD}>
              {c.columns.authz}
            </th>
            <th scope="col" className={HEAD}>
              {c.columns.source}
            </th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(payload).map(([name, value]) => (
            // Only date rows read the clock; the others keep their props across ticks, so memo skips them.
            <ClaimRow
              key={name}
              name={name}
              value={value}
              context={claimInContext(name, classification)}
              now={isDateClaim(name) ? now : null}
              m={m}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
