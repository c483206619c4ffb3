import { useId, useState } from 'react';
import { startFromInput } from '../../core/create/from-token';
import { formatPart, type JsonObject } from '../../core/create/parse-part';
import { TEMPLATE_IDS, templateToken, type TemplateId } from '../../core/create/templates';
import { LIFETIMES, setTimes } from '../../core/create/time-helpers';
import type { CreateMessages } from '../../i18n/en/create';
import { useSession } from '../../lib/session';
import type { Editor } from './use-editor';
import { button, hint, select } from './styles';

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** "From the current token", the templates and the time helpers. The clock is read on click only. */
export function StartPoints({
  m,
  editor,
  keyReady,
  keyKid,
}: {
  m: CreateMessages;
  editor: Editor;
  keyReady: boolean;
  keyKid: string | undefined;
}) {
  const id = useId();
  const { explorerInput } = useSession();
  const [template, setTemplate] = useState<TemplateId>('entra-access-delegated');
  const [lifetime, setLifetime] = useState<number>(3600);
  const [noToken, setNoToken] = useState(false);
  // With a key in place, the algorithm and kid keep following it, so the new start still signs and matches its JWKS.
  const load = (next: { header: JsonObject; payload: JsonObject }) =>
    editor.load(keyKid === undefined ? next : { ...next, header: { ...next.header, kid: keyKid } }, keyReady);
  const fromToken = () => {
    const found = startFromInput(explorerInput);
    setNoToken(found === null);
    if (found) load(found);
  };
  const applyTimes = () => {
    if (editor.payload.ok) editor.setPayloadText(formatPart(setTimes(editor.payload.value, nowSeconds(), lifetime)));
  };
  return (
    <fieldset className="grid gap-2 rounded border border-slate-200 p-2 dark:border-slate-700">
      <legend className="px-1 text-sm font-semibold">{m.start.heading}</legend>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={fromToken}>
          {m.start.fromToken}
        </button>
        <label htmlFor={`${id}-t`} className="text-sm">
          {m.start.template}
        </label>
        <select id={`${id}-t`} className={select} value={template} onChange={(e) => setTemplate(e.target.value as TemplateId)}>
          {TEMPLATE_IDS.map((t) => (
            <option key={t} value={t}>
              {m.start.templates[t]}
            </option>
          ))}
        </select>
        <button type="button" className={button} onClick={() => load(templateToken(template, nowSeconds()))}>
          {m.start.useTemplate}
        </button>
      </div>
      {noToken ? (
        <p role="status" className={hint}>
          {m.start.noToken}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`${id}-l`} className="text-sm">
          {m.start.lifetime}
        </label>
        <select id={`${id}-l`} className={select} value={lifetime} onChange={(e) => setLifetime(Number(e.target.value))}>
          {LIFETIMES.map((s) => (
            <option key={s} value={s}>
              {m.start.lifetimeOption(s)}
            </option>
          ))}
        </select>
        <button type="button" className={button} disabled={!editor.payload.ok} onClick={applyTimes}>
          {m.start.setTimes}
        </button>
      </div>
    </fieldset>
  );
}
