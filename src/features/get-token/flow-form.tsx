import type { FlowSettings } from '../../core/flow/flow-settings';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import { CopyButton } from '../../components/ui/copy-button';
import { Field, inputClass } from './field';

type Props = { m: GetTokenMessages; settings: FlowSettings; onChange: (s: FlowSettings) => void; redirectUri: string };

/** Issuer, Client ID, Scopes and the read-only Redirect URI with how to register it. */
export function FlowForm({ m, settings, onChange, redirectUri }: Props) {
  const f = m.form;
  const set = (key: 'issuer' | 'clientId' | 'scopes') => (e: { target: { value: string } }) =>
    onChange({ ...settings, [key]: e.target.value });
  return (
    <div className="grid gap-3">
      <Field label={f.issuer} hint={f.issuerHint}>
        {(id, hint) => (
          <input
            id={id}
            aria-describedby={hint}
            className={inputClass}
            value={settings.issuer}
            onChange={set('issuer')}
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={f.clientId} hint={f.clientIdHint}>
        {(id, hint) => (
          <input
            id={id}
            aria-describedby={hint}
            className={inputClass}
            value={settings.clientId}
            onChange={set('clientId')}
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={f.scopes} hint={f.scopesHint}>
        {(id, hint) => (
          <input
            id={id}
            aria-describedby={hint}
            className={inputClass}
            value={settings.scopes}
            onChange={set('scopes')}
            spellCheck={false}
            autoComplete="off"
          />
        )}
      </Field>
      <Field label={f.redirectUri}>
        {(id) => (
          <div className="flex items-center gap-2">
            <input id={id} readOnly className={`${inputClass} bg-slate-50 dark:bg-slate-800`} value={redirectUri} />
            <CopyButton text={redirectUri} label={f.copyRedirect} copiedLabel={f.copied} />
          </div>
        )}
      </Field>
      <div className="rounded border-l-4 border-blue-600 bg-blue-50 p-2 text-xs text-slate-800 dark:bg-blue-950 dark:text-slate-200">
        <p className="font-semibold">{f.registerHeading}</p>
        <p>{f.registerEntra}</p>
        <p>{f.registerOther}</p>
        <p className="mt-1">{f.noSecret}</p>
      </div>
    </div>
  );
}
