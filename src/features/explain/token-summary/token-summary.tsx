import type { TokenClassification } from '../../../core/claims/classify';
import type { ExplainMessages } from '../../../i18n/en/explain';

type Props = { classification: TokenClassification; m: ExplainMessages };

/** One line that labels the token (issuer family, ID vs access, delegated vs app-only) and says why. */
export function TokenSummary({ classification: c, m }: Props) {
  const s = m.ui.summary;
  const parts = [m.families[c.family], s.kind[c.kind]];
  // The user/app split only says something new for access tokens: ID tokens are always about a user.
  if (c.kind !== 'id') parts.push(s.subject[c.subject]);
  if (c.version) parts.push(s.version(c.version));
  if (c.cae) parts.push(s.cae);
  if (c.agent) parts.push(s.agent[c.agent]);
  const why = [m.kindEvidence[c.kindEvidence]];
  if (c.kind !== 'id' && c.subjectEvidence !== 'none') why.push(m.subjectEvidence[c.subjectEvidence]);
  return (
    <div className="rounded-lg border border-blue-200 bg-blue-50 p-3 text-sm dark:border-blue-900 dark:bg-blue-950">
      <p>
        <span className="font-semibold">{s.label}</span> {parts.join(' · ')}
      </p>
      <p className="text-xs text-slate-700 dark:text-slate-300">
        {s.why} {why.join('; ')}
      </p>
    </div>
  );
}
