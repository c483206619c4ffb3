import { memo } from 'react';
import type { ClaimContextCode } from '../../../core/claims/claim-context';
import { describeClaim } from '../../../core/claims/catalog';
import { SafeLink } from '../../../components/ui/safe-link';
import type { ExplainMessages } from '../../../i18n/en/explain';
import { AuthzWord } from './authz-word';
import { ClaimValue } from './claim-value';
import { isGroupsOverage, valueView } from './value-view';

type Props = { name: string; value: unknown; context: ClaimContextCode | null; now: number | null; m: ExplainMessages };

const CELL = 'border-t border-slate-200 p-2 align-top dark:border-slate-700';

/** One payload claim: name, readable value, meaning, authorization advice and defining document. `now` only for a date claim. */
export const ClaimRow = memo(function ClaimRow({ name, value, context, now, m }: Props) {
  const c = m.ui.claims;
  const info = describeClaim(name);
  // The classification decides which explanation fits this token (an app-only token's scp is no user's consent).
  const meaning = context !== null ? m.claimContexts[context] : info.custom ? m.custom[info.pattern ?? 'custom'] : m.claims[info.name];
  return (
    <tr>
      <th scope="row" className={`${CELL} text-left font-mono font-semibold break-all`}>
        {name}
      </th>
      <td className={CELL}>
        <ClaimValue name={name} view={valueView(name, value)} now={now} m={m} />
      </td>
      <td className={CELL}>
        {meaning}
        {isGroupsOverage(name, value) ? <span className="mt-1 block font-medium">{c.groupsOverage}</span> : null}
      </td>
      <td className={CELL}>
        {info.custom ? <AuthzWord advice="custom" word={c.customAuthz} /> : <AuthzWord advice={info.authz} word={c.authz[info.authz]} />}
      </td>
      <td className={`${CELL} text-xs`}>
        {info.custom ? (
          <span className="rounded bg-slate-200 px-1 dark:bg-slate-700">{c.custom}</span>
        ) : (
          <>
            {info.specUrl === undefined ? c.sources[info.source] : <SafeLink href={info.specUrl}>{c.sources[info.source]}</SafeLink>}
            {info.status === 'undocumented' ? <span className="block">({c.undocumented})</span> : null}
            {info.seeAlso === undefined ? null : (
              <span className="block">
                {c.seeAlso}: <SafeLink href={info.seeAlso}>{hostOf(info.seeAlso)}</SafeLink>
              </span>
            )}
          </>
        )}
      </td>
    </tr>
  );
});

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
