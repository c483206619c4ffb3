import { discoveryCandidates, type DiscoveryCandidate } from '../../core/discovery/discovery-candidates';
import { checkFetchUrl, isAutoFetchIssuer, type FetchUrlError } from '../../core/discovery/fetch-url';

export type SecretEncoding = 'text' | 'base64' | 'base64url';

/** Where the verification keys come from, in priority order: pasted, typed URL, issuer discovery. */
export type KeyPlan =
  | { kind: 'pasted'; text: string; encoding: SecretEncoding }
  | { kind: 'url'; url: string; as: 'discovery' | 'jwks' }
  | { kind: 'url-error'; error: FetchUrlError }
  | { kind: 'discovery'; primary: DiscoveryCandidate; fallback: DiscoveryCandidate | null; host: string; auto: boolean }
  | { kind: 'none' };

/** Decides where keys come from. Nothing here fetches: the plan only says what may be fetched. */
export function planKeys(input: {
  keyText: string;
  encoding: SecretEncoding;
  url: string;
  payload: Readonly<Record<string, unknown>> | null;
}): KeyPlan {
  if (input.keyText.trim() !== '') return { kind: 'pasted', text: input.keyText, encoding: input.encoding };
  if (input.url.trim() !== '') {
    const checked = checkFetchUrl(input.url.trim());
    if (!checked.ok) return { kind: 'url-error', error: checked.error };
    return { kind: 'url', url: checked.url, as: /\/\.well-known\//.test(checked.url) ? 'discovery' : 'jwks' };
  }
  if (!input.payload) return { kind: 'none' };
  const candidates = discoveryCandidates(input.payload).filter((c) => checkFetchUrl(c.url).ok);
  const primary = candidates[0];
  if (!primary) return { kind: 'none' };
  const fallback = candidates.length > 1 ? (candidates[candidates.length - 1] ?? null) : null;
  return {
    kind: 'discovery',
    primary,
    fallback,
    host: new URL(primary.url).host,
    auto: isAutoFetchIssuer(String(input.payload.iss ?? '')),
  };
}
