import { useEffect, useState } from 'react';
import { lintJws } from '../../../core/lint/lint-token';
import type { LintFinding } from '../../../core/lint/lint-types';
import type { JwsToken } from '../../../core/token/types';

export type LintState = { status: 'checking' } | { status: 'unreadable' } | { status: 'done'; findings: LintFinding[] };

/**
 * Runs the security lint for a token. The lint is async (WebCrypto tries the well-known HMAC
 * secrets), so the result arrives after a render; a result for an older token is dropped.
 */
export function useLintFindings(token: JwsToken): LintState {
  const [result, setResult] = useState<{ compact: string; findings: LintFinding[] } | null>(null);
  const [now] = useState(() => Math.floor(Date.now() / 1000));
  const readable = token.header.ok;
  useEffect(() => {
    let live = true;
    void lintJws(token, now)?.then((findings) => {
      if (live) setResult({ compact: token.compact, findings });
    });
    return () => {
      live = false;
    };
  }, [token, now]);
  if (!readable) return { status: 'unreadable' };
  if (result === null || result.compact !== token.compact) return { status: 'checking' };
  return { status: 'done', findings: result.findings };
}
