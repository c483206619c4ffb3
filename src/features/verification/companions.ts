import type { Recognized } from '../../core/token/recognize';

/** Tokens that arrived with the one being verified, needed for the OIDC at_hash / c_hash checks. */
export type Companions = { accessToken?: string; code?: string };

/**
 * The access token and authorization code that came in the same response as the token being
 * verified (a token-endpoint JSON or a redirect), so its `at_hash`/`c_hash` can be checked
 * (OIDC Core §3.1.3.8, §3.3.2.11). Empty for a single token.
 */
export function companionsOf(recognized: Recognized): Companions {
  if (recognized.kind !== 'bundle') return {};
  const out: { accessToken?: string; code?: string } = {};
  for (const t of recognized.tokens) {
    if (t.role === 'access_token') out.accessToken = t.token.compact;
    if (t.role === 'code') out.code = t.token.compact;
  }
  return out;
}
