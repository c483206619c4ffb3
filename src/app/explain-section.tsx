import type { Recognized } from '../core/token/recognize';
import type { AnalyzedToken } from '../core/token/types';

export type ExplainProps = { recognized: Recognized; rawInput: string; token: AnalyzedToken | null };

/**
 * Entry of the lazily loaded "explain" chunk: token classification, claims table, lifetime
 * timeline, 401/403 diagnosis and identity-platform error codes. (Filled in by the explain work.)
 */
export default function ExplainSection(_props: ExplainProps) {
  return null;
}
