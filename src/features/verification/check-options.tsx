import { useId } from 'react';
import type { VerifyMessages } from '../../i18n/en/verify';

export type CheckOptionValues = { audience: string; nonce: string; skewMinutes: number };

const field = 'w-full rounded border border-slate-300 bg-white p-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';

/** What the claim checks compare against: audience, nonce, and the clock skew allowed. */
export function CheckOptions({ v, value, onChange }: { v: VerifyMessages; value: CheckOptionValues; onChange: (v: CheckOptionValues) => void }) {
  const id = useId();
  return (
    <div className="grid gap-2 text-sm">
      <label htmlFor={`${id}-aud`} className="font-medium">
        {v.options.audience}
      </label>
      <input id={`${id}-aud`} aria-describedby={`${id}-aud-hint`} className={field} value={value.audience} spellCheck={false} onChange={(e) => onChange({ ...value, audience: e.target.value })} />
      <p id={`${id}-aud-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {v.options.audienceHint}
      </p>
      <label htmlFor={`${id}-nonce`} className="font-medium">
        {v.options.nonce}
      </label>
      <input id={`${id}-nonce`} className={field} value={value.nonce} spellCheck={false} onChange={(e) => onChange({ ...value, nonce: e.target.value })} />
      <label htmlFor={`${id}-skew`} className="font-medium">
        {v.options.skew}
      </label>
      <input
        id={`${id}-skew`}
        type="number"
        min={0}
        max={1440}
        className={`${field} w-28`}
        value={value.skewMinutes}
        onChange={(e) => onChange({ ...value, skewMinutes: Math.min(1440, Math.max(0, Number(e.target.value) || 0)) })}
      />
    </div>
  );
}
