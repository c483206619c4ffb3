import { useId, type ReactNode } from 'react';

export const inputClass =
  'w-full rounded border border-slate-300 bg-white p-1.5 font-mono text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';

type Props = { label: string; hint?: ReactNode; children: (id: string, describedBy: string | undefined) => ReactNode };

/** A labelled form control with an optional hint tied to it by aria-describedby. */
export function Field({ label, hint, children }: Props) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="grid gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      {children(id, hintId)}
      {hint ? (
        <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
