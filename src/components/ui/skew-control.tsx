import { useId } from 'react';
import { MAX_SKEW_MINUTES, setSkewMinutes, useSession } from '../../lib/session';

/**
 * The one clock-skew input: every instance edits the same session value with the same limits, so the
 * signature checks, the timeline and the diagnosis always judge time alike. `label` lets each panel
 * word it for its context.
 */
export function SkewControl({ label, className = '' }: { label: string; className?: string }) {
  const id = useId();
  const { skewMinutes } = useSession();
  return (
    <div className={`flex items-center gap-2 text-sm ${className}`}>
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        type="number"
        min={0}
        max={MAX_SKEW_MINUTES}
        step={1}
        value={skewMinutes}
        onChange={(e) => setSkewMinutes(e.target.valueAsNumber)}
        className="w-24 rounded border border-slate-300 bg-white px-2 py-0.5 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900"
      />
    </div>
  );
}
