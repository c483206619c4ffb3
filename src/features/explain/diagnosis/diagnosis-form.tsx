import { memo, useId, type ReactNode } from 'react';
import type { ExplainMessages } from '../../../i18n/en/explain';
import type { ScenarioForm } from './scenario';

type Props = { value: ScenarioForm; onChange: (v: ScenarioForm) => void; m: ExplainMessages };

const FIELD =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-800';

function Field({ label, hint, children, id }: { label: string; hint?: string; children: ReactNode; id: string }) {
  return (
    <div className="grid gap-1">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
      </label>
      {children}
      {hint ? (
        <span id={`${id}-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </span>
      ) : null}
    </div>
  );
}

function options<K extends string>(labels: Record<K, string>) {
  return (Object.keys(labels) as K[]).map((k) => (
    <option key={k} value={k}>
      {labels[k]}
    </option>
  ));
}

/** The scenario of the failing call: API, permission and its type, accounts, version, reset, WWW-Authenticate. */
export const DiagnosisForm = memo(function DiagnosisForm({ value, onChange, m }: Props) {
  const d = m.ui.diagnosis;
  const id = useId();
  const set = <K extends keyof ScenarioForm>(key: K, v: ScenarioForm[K]) => onChange({ ...value, [key]: v });
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={d.api} id={`${id}-api`}>
        <select id={`${id}-api`} className={FIELD} value={value.api} onChange={(e) => set('api', e.target.value as ScenarioForm['api'])}>
          {options(d.apis)}
        </select>
      </Field>
      {value.api === 'custom' ? (
        <Field label={d.customApi} id={`${id}-custom`}>
          <input
            id={`${id}-custom`}
            className={FIELD}
            value={value.customApi}
            spellCheck={false}
            onChange={(e) => set('customApi', e.target.value)}
          />
        </Field>
      ) : null}
      <Field label={d.permission} hint={d.permissionHint} id={`${id}-perm`}>
        <input
          id={`${id}-perm`}
          aria-describedby={`${id}-perm-hint`}
          className={FIELD}
          value={value.permission}
          spellCheck={false}
          onChange={(e) => set('permission', e.target.value)}
        />
      </Field>
      <Field label={d.permissionType} id={`${id}-ptype`}>
        <select
          id={`${id}-ptype`}
          className={FIELD}
          value={value.permissionType}
          onChange={(e) => set('permissionType', e.target.value as ScenarioForm['permissionType'])}
        >
          {options(d.permissionTypes)}
        </select>
      </Field>
      <Field label={d.personal} id={`${id}-msa`}>
        <select
          id={`${id}-msa`}
          className={FIELD}
          value={value.personal}
          onChange={(e) => set('personal', e.target.value as ScenarioForm['personal'])}
        >
          {options(d.choice)}
        </select>
      </Field>
      <Field label={d.version} id={`${id}-ver`}>
        <select
          id={`${id}-ver`}
          className={FIELD}
          value={value.version}
          onChange={(e) => set('version', e.target.value as ScenarioForm['version'])}
        >
          {options({ none: d.choice.none, '1.0': 'v1.0', '2.0': 'v2.0' })}
        </select>
      </Field>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input
          id={`${id}-reset`}
          type="checkbox"
          className="mt-1 focus-visible:outline-2 focus-visible:outline-blue-600"
          checked={value.passwordReset}
          onChange={(e) => set('passwordReset', e.target.checked)}
        />
        <label htmlFor={`${id}-reset`} className="text-sm">
          {d.passwordReset}
        </label>
      </div>
      <div className="flex items-start gap-2 sm:col-span-2">
        <input
          id={`${id}-worked`}
          type="checkbox"
          className="mt-1 focus-visible:outline-2 focus-visible:outline-blue-600"
          checked={value.usedToWork}
          onChange={(e) => set('usedToWork', e.target.checked)}
        />
        <label htmlFor={`${id}-worked`} className="text-sm">
          {d.usedToWork}
        </label>
      </div>
      <div className="sm:col-span-2">
        <Field label={d.www} id={`${id}-www`}>
          <textarea
            id={`${id}-www`}
            rows={3}
            spellCheck={false}
            className={`${FIELD} font-mono text-xs`}
            placeholder='Bearer realm="", error="insufficient_claims", claims="eyJ…"'
            value={value.wwwAuthenticate}
            onChange={(e) => set('wwwAuthenticate', e.target.value)}
          />
        </Field>
      </div>
    </div>
  );
});
