import { useState } from 'react';
import type { GetTokenMessages } from '../../i18n/en/get-token';
import { Field, inputClass } from './field';

type Props = { m: GetTokenMessages; busy: boolean; disabled: boolean; onRefresh: (scope: string) => void };

/** "Refresh tokens": redeems the refresh token held in memory, optionally for other scopes. */
export function RefreshControls({ m, busy, disabled, onRefresh }: Props) {
  const [scope, setScope] = useState('');
  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="min-w-64 grow">
        <Field label={m.back.refreshScopes}>
          {(id) => (
            <input
              id={id}
              className={inputClass}
              value={scope}
              onChange={(e) => setScope(e.target.value)}
              spellCheck={false}
              autoComplete="off"
            />
          )}
        </Field>
      </div>
      <button
        type="button"
        disabled={busy || disabled}
        onClick={() => onRefresh(scope)}
        className="rounded bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {m.back.refresh}
      </button>
      {busy ? (
        <p role="status" className="text-sm">
          {m.back.refreshing}
        </p>
      ) : null}
    </div>
  );
}
