import type { TokenDescription } from '../../../core/analysis/analyze';
import type { JwsToken } from '../../../core/token/types';
import { LINT_RULES, type LintFinding, type LintSeverity } from '../../../core/lint/lint-types';
import { useCatalog } from '../../../i18n/i18n';
import { lintEn, type LintMessages } from '../../../i18n/en/lint';
import { Panel } from '../../../components/ui/panel';
import { useLintFindings } from './use-lint-findings';
import { catalogLoaders } from '../../../i18n/catalogs';

const LOADERS = catalogLoaders('lint');

const BADGE: Record<LintSeverity, string> = {
  critical: 'bg-red-700 text-white',
  high: 'bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100',
  medium: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  low: 'bg-sky-100 text-sky-900 dark:bg-sky-950 dark:text-sky-100',
  info: 'bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
};

function FindingItem({ finding, m }: { finding: LintFinding; m: LintMessages }) {
  const text = m.findings[finding.id];
  return (
    <li className="grid min-w-0 gap-1 border-t border-slate-200 pt-2 first:border-t-0 first:pt-0 dark:border-slate-700">
      <p className="flex flex-wrap items-center gap-2">
        <span className={`rounded px-1.5 py-0.5 text-xs font-semibold ${BADGE[finding.severity]}`}>{m.severity[finding.severity]}</span>
        <span className="font-medium">{text.title}</span>
      </p>
      <p className="wrap-anywhere">{text.detail(finding.evidence)}</p>
      <p className="wrap-anywhere">
        <span className="font-medium">{m.fixLabel}</span> {text.fix(finding.evidence)}
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">{LINT_RULES[finding.id].reference}</p>
    </li>
  );
}

/** The "Security" section: weaknesses the token has by construction, each with severity, reason and fix. */
export function SecurityPanel({
  token,
  analysis,
  lifetimeSeconds,
}: {
  token: JwsToken;
  analysis: TokenDescription;
  /** `exp - iat` from the analysis: the only part of the lifetime the lint judges (it reads no clock). */
  lifetimeSeconds: number | undefined;
}) {
  const m = useCatalog(LOADERS) ?? lintEn;
  const state = useLintFindings(token, analysis, lifetimeSeconds);
  return (
    <Panel title={m.heading}>
      <div className="grid gap-2 text-sm">
        <p className="text-xs text-slate-600 dark:text-slate-400">{m.intro}</p>
        {state.status === 'unreadable' ? <p>{m.unreadable}</p> : null}
        {state.status === 'checking' ? <p>{m.checking}</p> : null}
        {state.status === 'done' && state.findings.length === 0 ? <p>{m.clean}</p> : null}
        {state.status === 'done' && state.findings.length > 0 ? (
          <ul className="grid gap-2">
            {state.findings.map((f, i) => (
              <FindingItem key={`${f.id}-${i}`} finding={f} m={m} />
            ))}
          </ul>
        ) : null}
      </div>
    </Panel>
  );
}
