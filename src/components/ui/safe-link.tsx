import type { ReactNode } from 'react';
import { safeHttpsUrl } from '../../lib/safe-url';

/**
 * A link for a URL that came from token or response data: only https URLs become links (never
 * javascript:, data: or http:), opened without referrer or opener. Anything else is shown as text.
 */
export function SafeLink({ href, children }: { href: string; children?: ReactNode }) {
  const url = safeHttpsUrl(href);
  if (!url) return <span className="font-mono">{href}</span>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer" className="text-blue-700 underline hover:text-blue-900 dark:text-blue-300">
      {children ?? href}
    </a>
  );
}
