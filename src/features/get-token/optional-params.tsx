import { useState } from 'react';
import { PROMPTS, RESPONSE_MODES, type FlowSettings, type Prompt, type ResponseMode } from '../../core/flow/flow-settings';
import { authContextClaims, isAuthContextId } from '../../core/flow/claims-helper';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import { Field, inputClass } from './field';

type Props = { m: GetTokenMessages; settings: FlowSettings; onChange: (s: FlowSettings) => void };

/** Response mode, prompt, login_hint, domain_hint, a claims request (with the auth-context helper) and extras. */
export function OptionalParams({ m, settings, onChange }: Props) {
  const f = m.form;
  const [context, setContext] = useState('c1');
  const contextOk = isAuthContextId(context.trim());
  const set = (patch: Partial<FlowSettings>) => onChange({ ...settings, ...patch });
  return (
    <details
      className="rounded border border-slate-200 p-2 dark:border-slate-700"
      open={settings.claims !== '' || settings.extra !== '' || settings.prompt !== ''}
    >
      <summary className="cursor-pointer text-sm font-medium">{f.optional}</summary>
      <div className="mt-2 grid gap-3 md:grid-cols-2">
        <Field label={f.responseMode}>
          {(id) => (
            <select
              id={id}
              className={inputClass}
              value={settings.responseMode}
              onChange={(e) => set({ responseMode: e.target.value as ResponseMode })}
            >
              {RESPONSE_MODES.map((mode) => (
                <option key={mode} value={mode}>
                  {f.responseModes[mode]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={f.prompt}>
          {(id) => (
            <select id={id} className={inputClass} value={settings.prompt} onChange={(e) => set({ prompt: e.target.value as Prompt })}>
              {PROMPTS.map((p) => (
                <option key={p} value={p}>
                  {f.prompts[p]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={f.loginHint}>
          {(id) => (
            <input
              id={id}
              className={inputClass}
              value={settings.loginHint}
              onChange={(e) => set({ loginHint: e.target.value })}
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </Field>
        <Field label={f.domainHint}>
          {(id) => (
            <input
              id={id}
              className={inputClass}
              value={settings.domainHint}
              onChange={(e) => set({ domainHint: e.target.value })}
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </Field>
        <div className="md:col-span-2">
          <Field label={f.claims} hint={f.claimsHint}>
            {(id, hint) => (
              <textarea
                id={id}
                aria-describedby={hint}
                rows={2}
                className={inputClass}
                value={settings.claims}
                onChange={(e) => set({ claims: e.target.value })}
                spellCheck={false}
              />
            )}
          </Field>
          <div className="mt-1 flex flex-wrap items-end gap-2">
            <Field label={f.authContext}>
              {(id) => (
                <input
                  id={id}
                  className={`${inputClass} w-24`}
                  value={context}
                  onChange={(e) => setContext(e.target.value)}
                  spellCheck={false}
                />
              )}
            </Field>
            <button
              type="button"
              disabled={!contextOk}
              onClick={() => set({ claims: authContextClaims(context.trim()) })}
              className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800"
            >
              {f.addAuthContext}
            </button>
            {contextOk ? null : <p className="text-xs text-red-700 dark:text-red-300">{f.authContextInvalid}</p>}
          </div>
        </div>
        <div className="md:col-span-2">
          <Field label={f.extra} hint={f.extraHint}>
            {(id, hint) => (
              <textarea
                id={id}
                aria-describedby={hint}
                rows={2}
                className={inputClass}
                value={settings.extra}
                onChange={(e) => set({ extra: e.target.value })}
                spellCheck={false}
              />
            )}
          </Field>
        </div>
      </div>
    </details>
  );
}
