import { useId, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { InputNote } from '../../core/token/normalize';

type Props = {
  value: string;
  onChange: (value: string) => void;
  onExample: () => void;
  notes: InputNote[];
  actions?: ReactNode;
};

/** The token textbox (accessible name "Token"), with the example and clear actions. */
export function TokenInput({ value, onChange, onExample, notes, actions }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="grid gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={id} className="text-base font-semibold">
          {t.input.label}
        </label>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={onExample}
            className="rounded bg-blue-700 px-3 py-1 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
          >
            {t.input.example}
          </button>
          <button
            type="button"
            onClick={() => onChange('')}
            className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
          >
            {t.input.clear}
          </button>
          {actions}
        </div>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-600 dark:text-slate-400">
        {t.input.hint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t.input.placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        autoCorrect="off"
        rows={6}
        className="w-full rounded-lg border border-slate-300 bg-white p-2 text-sm break-all focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900"
      />
      {notes.length > 0 ? (
        <ul className="text-xs text-slate-600 dark:text-slate-400">
          {notes.map((n) => (
            <li key={n}>ℹ {t.input.notes[n]}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
