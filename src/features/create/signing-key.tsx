import { useId } from 'react';
import type { SecretEncoding } from '../../core/create/private-key';
import type { SigningAlg } from '../../core/create/algorithms';
import type { CreateMessages } from '../../i18n/en/create';
import type { SigningKeyState } from './use-signing-key';
import { alert, button, field, hint, select } from './styles';

type Props = { m: CreateMessages; alg: SigningAlg; state: SigningKeyState };

/** The "Signing key" textbox, its secret encoding and "Generate key pair". */
export function SigningKey({ m, alg, state }: Props) {
  const id = useId();
  const error =
    state.parsed !== null && !state.parsed.ok && state.parsed.error.code !== 'empty' ? m.key.errors[state.parsed.error.code] : null;
  return (
    <div className="grid gap-1">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="text-sm font-semibold">
          {m.key.label}
        </label>
        <button type="button" className={button} disabled={state.generating} onClick={() => state.generate(alg)}>
          {state.generating ? m.key.generating : m.key.generate}
        </button>
      </div>
      <p id={`${id}-hint`} className={hint}>
        {m.key.hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        className={field}
        rows={5}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        value={state.text}
        onChange={(e) => state.onText(e.target.value)}
      />
      <label className="flex items-center gap-2 text-sm">
        {m.key.encoding}
        <select className={select} value={state.encoding} onChange={(e) => state.setEncoding(e.target.value as SecretEncoding)}>
          {(['text', 'base64', 'base64url'] as const).map((e) => (
            <option key={e} value={e}>
              {m.key.encodings[e]}
            </option>
          ))}
        </select>
      </label>
      {state.generatedKid !== null ? (
        <p role="status" className={hint}>
          {m.key.generated(state.generatedKid)}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className={alert}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
