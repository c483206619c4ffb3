import type { Recognized } from '../../core/token/recognize';
import type { AnalyzedToken } from '../../core/token/types';

/** The token a Compare box holds: the token itself, or the access token (else the first) of a response. */
export function pickToken(r: Recognized): AnalyzedToken | null {
  if (r.kind === 'token') return r.token;
  if (r.kind === 'bundle') return (r.tokens.find((t) => t.role === 'access_token') ?? r.tokens[0])?.token ?? null;
  return null;
}
