import { useState } from 'react';

/** Writes text to the clipboard; falls back to a hidden textarea where the async API is refused. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

type Props = { text: string; label: string; copiedLabel: string; className?: string };

/** A small button that copies `text` and briefly says so (announced politely). */
export function CopyButton({ text, label, copiedLabel, className = '' }: Props) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={`rounded border border-slate-300 px-2 py-0.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 ${className}`}
      onClick={() => {
        void copyText(text).then((ok) => {
          setCopied(ok);
          if (ok) setTimeout(() => setCopied(false), 1500);
        });
      }}
    >
      {label}
      <span aria-live="polite" className="ml-1 text-emerald-700 dark:text-emerald-400">
        {copied ? `✓ ${copiedLabel}` : ''}
      </span>
    </button>
  );
}
