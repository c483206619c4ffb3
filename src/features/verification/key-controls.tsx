import { memo, useId, useState } from 'react';
import type { VerifyMessages } from '../../i18n/en/verify';
import type { SecretEncoding } from './key-plan';

const field =
  'w-full rounded border border-slate-300 bg-white p-2 text-sm dark:border-slate-600 dark:bg-slate-900 focus-visible:outline-2 focus-visible:outline-blue-600';
const button =
  'rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

type Props = {
  v: VerifyMessages;
  keyText: string;
  onKeyText: (t: string) => void;
  encoding: SecretEncoding;
  onEncoding: (e: SecretEncoding) => void;
  url: string;
  onUrl: (u: string) => void;
};

/** The person's own key material: pasted (works offline) or a JWKS / discovery URL. Re-renders only when its own inputs change, not with each verdict. */
export const KeyControls = memo(function KeyControls({ v, keyText, onKeyText, encoding, onEncoding, url, onUrl }: Props) {
  const id = useId();
  const [draftUrl, setDraftUrl] = useState(url);
  return (
    <div className="grid gap-3">
      <div className="grid gap-1">
        <label htmlFor={`${id}-key`} className="text-sm font-medium">
          {v.keySource.key}
        </label>
        <p id={`${id}-key-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {v.keySource.keyHint}
        </p>
        <textarea
          id={`${id}-key`}
          aria-describedby={`${id}-key-hint`}
          className={`${field} font-mono`}
          rows={4}
          spellCheck={false}
          value={keyText}
          onChange={(e) => onKeyText(e.target.value)}
        />
        <label className="flex items-center gap-2 text-sm">
          {v.keySource.secretEncoding}
          <select
            className="rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
            value={encoding}
            onChange={(e) => onEncoding(e.target.value as SecretEncoding)}
          >
            {(['text', 'base64', 'base64url'] as const).map((e) => (
              <option key={e} value={e}>
                {v.keySource.encodings[e]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <form
        className="grid gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          onUrl(draftUrl.trim());
        }}
      >
        <label htmlFor={`${id}-url`} className="text-sm font-medium">
          {v.keySource.url}
        </label>
        <p id={`${id}-url-hint`} className="text-xs text-slate-600 dark:text-slate-400">
          {v.keySource.urlHint}
        </p>
        <div className="flex gap-2">
          <input
            id={`${id}-url`}
            aria-describedby={`${id}-url-hint`}
            type="url"
            inputMode="url"
            className={field}
            value={draftUrl}
            onChange={(e) => setDraftUrl(e.target.value)}
            spellCheck={false}
          />
          <button type="submit" className={button}>
            {v.keySource.fetch}
          </button>
        </div>
      </form>
    </div>
  );
});
