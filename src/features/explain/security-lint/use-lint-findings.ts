import { useEffect, useMemo, useState } from 'react';
import { lintInputOf, type TokenDescription } from '../../../core/analysis/analyze';
import { lintJws } from '../../../core/lint/lint-token';
import type { LintFinding } from '../../../core/lint/lint-types';
import type { JwsToken } from '../../../core/token/types';
import { useSessionField } from '../../../lib/session';

export type LintState = { status: 'checking' } | { status: 'unreadable' } | { status: 'done'; findings: LintFinding[] };

/**
 * Runs the security lint for a token with what the analysis (classification, lifetime) and the last
 * signature check of this token (verdict, key algorithm, issuer keys) know. The lint is async
 * (WebCrypto tries the well-known HMAC secrets), so the result arrives after a render; a result for
 * an older input is dropped. It reads no clock: nothing it judges depends on the time.
 */
export function useLintFindings(token: JwsToken, analysis: TokenDescription, lifetimeSeconds: number | undefined): LintState {
  const [result, setResult] = useState<{ key: string; findings: LintFinding[] } | null>(null);
  const lastVerification = useSessionField('lastVerification');
  const verification = lastVerification?.compact === token.compact ? lastVerification : null;
  const { classification } = lintInputOf(analysis);
  const extra = useMemo(
    () => ({
      ...(classification ? { classification } : {}),
      ...(lifetimeSeconds === undefined ? {} : { lifetimeSeconds }),
      ...(verification
        ? { signature: { verdict: verification.verdict, ...(verification.keyAlg ? { alg: verification.keyAlg } : {}) } }
        : {}),
      // The issuer's own published keys are all public keys: then HMAC cannot be what it signs with.
      ...(verification?.fromIssuer && verification.asymmetricKeys ? { expectedAsymmetric: true } : {}),
    }),
    [classification, lifetimeSeconds, verification],
  );
  const key = `${token.compact}|${JSON.stringify(extra.signature ?? null)}|${String(extra.expectedAsymmetric ?? false)}|${String(lifetimeSeconds)}`;
  const readable = token.header.ok;
  useEffect(() => {
    let live = true;
    void lintJws(token, extra)?.then((findings) => {
      if (live) setResult({ key, findings });
    });
    return () => {
      live = false;
    };
  }, [token, extra, key]);
  if (!readable) return { status: 'unreadable' };
  // A new verification outcome re-runs the lint; the previous findings for the same token stay meanwhile.
  if (result === null || !result.key.startsWith(`${token.compact}|`)) return { status: 'checking' };
  return { status: 'done', findings: result.findings };
}
