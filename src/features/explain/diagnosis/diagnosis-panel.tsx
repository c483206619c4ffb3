import { useMemo, useState } from 'react';
import { diagnose } from '../../../core/diagnose/diagnose';
import { diagnoseInputOf, type TokenAnalysis } from '../../../core/analysis/analyze';
import type { ExplainMessages } from '../../../i18n/en/explain';
import { DiagnosisForm } from './diagnosis-form';
import { FindingItem } from './finding-item';
import { contextOf, EMPTY_SCENARIO, type ScenarioForm } from './scenario';

type Props = {
  analysis: TokenAnalysis;
  m: ExplainMessages;
  /** Where the form starts, e.g. the API and challenge of a pasted exchange. */
  initial?: Partial<ScenarioForm>;
};

/** "Why am I getting 401 / 403?": the scenario form and the findings, recomputed on every change. */
export function DiagnosisPanel({ analysis, m, initial }: Props) {
  const d = m.ui.diagnosis;
  const [form, setForm] = useState<ScenarioForm>(() => ({ ...EMPTY_SCENARIO, ...initial }));
  const findings = useMemo(() => {
    const input = diagnoseInputOf(analysis, contextOf(form), form.wwwAuthenticate);
    return input === null ? [] : diagnose(input);
  }, [analysis, form]);
  return (
    <div className="grid gap-3">
      <p className="text-sm text-slate-700 dark:text-slate-300">{d.intro}</p>
      <DiagnosisForm value={form} onChange={setForm} m={m} />
      <div>
        <h3 className="mb-1 text-sm font-semibold">{d.findings}</h3>
        {findings.length === 0 ? (
          <p className="text-sm text-emerald-800 dark:text-emerald-300">
            <span aria-hidden="true">✓ </span>
            <span>{d.healthy}</span>
          </p>
        ) : (
          <ul className="grid gap-2">
            {findings.map((f, i) => (
              <FindingItem key={`${f.id}-${i}`} finding={f} m={m} />
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
