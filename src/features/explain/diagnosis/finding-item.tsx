import type { Finding, Severity } from '../../../core/diagnose/finding';
import type { FindingText } from '../../../i18n/en/diagnose';
import type { ExplainMessages } from '../../../i18n/en/explain';
import { ChallengeDetails } from './challenge-details';

const TONE: Record<Severity, { mark: string; className: string }> = {
  error: { mark: '✗', className: 'border-red-300 bg-red-50 dark:border-red-800 dark:bg-red-950' },
  warning: { mark: '!', className: 'border-amber-300 bg-amber-50 dark:border-amber-800 dark:bg-amber-950' },
  info: { mark: 'i', className: 'border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-800' },
};

/** The text of a finding, with its evidence type kept tied to its id. */
function textOf<F extends Finding>(f: F, m: ExplainMessages): { title: string; detail: string; action: string } {
  const text = m.findings[f.id] as FindingText<F['evidence']>;
  return { title: text.title, detail: text.detail(f.evidence), action: text.action(f.evidence) };
}

/** One finding: severity as a word, title, the evidence from the token and what to do. */
export function FindingItem({ finding, m }: { finding: Finding; m: ExplainMessages }) {
  const d = m.ui.diagnosis;
  const tone = TONE[finding.severity];
  const text = textOf(finding, m);
  return (
    <li className={`rounded border p-2 text-sm ${tone.className}`}>
      <h4 className="font-semibold">
        <span aria-hidden="true">{tone.mark} </span>
        {d.severity[finding.severity]}: {text.title}
      </h4>
      <p className="mt-1">
        <span className="font-medium">{d.evidence}</span> <span className="break-words">{text.detail}</span>
      </p>
      <p className="mt-1">
        <span className="font-medium">{d.action}</span> <span className="break-words">{text.action}</span>
      </p>
      {finding.id === 'claims-challenge' ? (
        <ChallengeDetails json={finding.evidence.claimsJson} parameter={finding.evidence.claimsParameter} m={m} />
      ) : null}
    </li>
  );
}
