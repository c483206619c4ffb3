import { isReducible, shareableToken, type ShareMode } from '../token/share';
import type { AnalyzedToken } from '../token/types';

/** The two inputs a `#a=…&b=…` Compare link carries, or null when it carries neither. */
export function compareInputsFromFragment(hash: string): { a: string; b: string } | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  const a = params.get('a');
  const b = params.get('b');
  if (a === null && b === null) return null;
  return { a: a ?? '', b: b ?? '' };
}

/**
 * The fragment of a Compare link. Each side follows the explorer's share rules (core/token/share):
 * without its signature by default, redacted, or whole only when asked for. Only the tokens go in,
 * never the rest of what was pasted (headers, cookies of an exchange).
 */
export function compareFragment(a: AnalyzedToken | null, b: AnalyzedToken | null, mode: ShareMode): string {
  // A payload that cannot be masked has no redacted form; it then goes without its signature only.
  const side = (t: AnalyzedToken | null) => (t ? encodeURIComponent(shareableToken(t, mode) ?? shareableToken(t, 'unsigned') ?? '') : '');
  return `#a=${side(a)}&b=${side(b)}`;
}

/**
 * Whether a Compare link would carry a usable credential and must be confirmed first: whole tokens
 * were asked for, or a side cannot be reduced (a JWE, an opaque or malformed token goes whole in
 * every mode, the explorer's share rule).
 */
export function compareLinkIsWhole(a: AnalyzedToken | null, b: AnalyzedToken | null, mode: ShareMode): boolean {
  return mode === 'full' || [a, b].some((t) => t !== null && !isReducible(t));
}
