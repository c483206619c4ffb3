import type { Recognized } from '../../core/token/recognize';
import type { PopCompanion } from '../../core/pop/pop-checks';

/**
 * Tokens that arrived with the one being verified: the access token and code for the OIDC
 * at_hash / c_hash checks, and for a pasted DPoP / PoP request, the proof and the request line.
 */
export type Companions = { accessToken?: string; code?: string; pop?: PopCompanion };

/**
 * The access token and authorization code that came in the same response as the token being
 * verified (a token-endpoint JSON or a redirect), so its `at_hash`/`c_hash` can be checked
 * (OIDC Core §3.1.3.8, §3.3.2.11); and the proof-of-possession parts of a pasted request.
 * Empty for a single token.
 */
export function companionsOf(recognized: Recognized): Companions {
  if (recognized.kind !== 'bundle') return {};
  const out: { accessToken?: string; code?: string; pop?: PopCompanion } = {};
  let proof: string | null = null;
  for (const t of recognized.tokens) {
    if (t.role === 'access_token') out.accessToken = t.token.compact;
    if (t.role === 'code') out.code = t.token.compact;
    if (t.role === 'dpop_proof' || t.role === 'pop_token') proof = t.token.compact;
  }
  if (recognized.request) {
    const { scheme, method, url } = recognized.request;
    out.pop = { scheme, accessToken: out.accessToken ?? null, proof, target: { method, url } };
  }
  return out;
}
