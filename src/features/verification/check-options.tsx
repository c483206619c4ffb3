import { memo, useId } from 'react';
import type { VerifyMessages } from '../../i18n/en/verify';
import { SkewControl } from '../../components/ui/skew-control';

export type CheckOptionValues = { audience: string; clientId: string; nonce: string };

const field =
  'w-full rounded border border-slate-300 bg-white p-1.5 text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';

/** What the claim checks compare against: audience, client ID (for azp), nonce, and the clock skew allowed (the one session-wide setting). */
export const CheckOptions = memo(function CheckOptions({
  v,
  value,
  onChange,
}: {
  v: VerifyMessages;
  value: CheckOptionValues;
  onChange: (v: CheckOptionValues) => void;
}) {
  const id = useId();
  return (
    <div className="grid gap-2 text-sm">
      <label htmlFor={`${id}-aud`} className="font-medium">
        {v.options.audience}
      </label>
      <input
        id={`${id}-aud`}
        aria-describedby={`${id}-aud-hint`}
        className={field}
        value={value.audience}
        spellCheck={false}
        onChange={(e) => onChange({ ...value, audience: e.target.value })}
      />
      <p id={`${id}-aud-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {v.options.audienceHint}
      </p>
      <label htmlFor={`${id}-client`} className="font-medium">
        {v.options.clientId}
      </label>
      <input
        id={`${id}-client`}
        aria-describedby={`${id}-client-hint`}
        className={field}
        value={value.clientId}
        spellCheck={false}
        onChange={(e) => onChange({ ...value, clientId: e.target.value })}
      />
      <p id={`${id}-client-hint`} className="text-xs text-slate-600 dark:text-slate-400">
        {v.options.clientIdHint}
      </p>
      <label htmlFor={`${id}-nonce`} className="font-medium">
        {v.options.nonce}
      </label>
      <input
        id={`${id}-nonce`}
        className={field}
        value={value.nonce}
        spellCheck={false}
        onChange={(e) => onChange({ ...value, nonce: e.target.value })}
      />
      <SkewControl label={v.options.skew} className="mt-1" />
    </div>
  );
});
