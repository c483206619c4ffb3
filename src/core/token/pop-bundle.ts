import { analyzeToken } from './analyze-token';
import { readPopRequest } from './pop-request';
import { innerAccessToken } from '../pop/decode-proof';
import type { Param } from './oauth-params';
import type { AnalyzedToken } from './types';
import type { RequestTarget } from '../pop/request-target';

/** Roles of tokens that arrive in request headers rather than OAuth parameters. */
export type PopTokenRole = 'dpop_proof' | 'pop_token';

/** A pasted proof-of-possession request, in the shape of the recogniser's bundles. */
export type PopBundle = {
  kind: 'bundle';
  source: 'dpop_request' | 'pop_request';
  tokens: { role: 'access_token' | PopTokenRole; token: AnalyzedToken }[];
  params: Param[];
  error: null;
  request: RequestTarget & { scheme: 'DPoP' | 'PoP' };
};

/**
 * A pasted request with `Authorization: DPoP` / `Authorization: PoP` as a bundle: the access token
 * first, then the DPoP proof or the signed HTTP request it came with, and the request line as
 * parameters. Null when the text has no such header. Does not verify anything.
 */
export function recognizePopRequest(text: string): PopBundle | null {
  const pop = readPopRequest(text);
  if (pop === null) return null;
  const tokens: PopBundle['tokens'] = [];
  if (pop.scheme === 'DPoP') {
    tokens.push({ role: 'access_token', token: analyzeToken(pop.credential) });
    if (pop.proof !== null) tokens.push({ role: 'dpop_proof', token: analyzeToken(pop.proof) });
  } else {
    const at = innerAccessToken(pop.credential);
    if (at !== null) tokens.push({ role: 'access_token', token: analyzeToken(at) });
    tokens.push({ role: 'pop_token', token: analyzeToken(pop.credential) });
  }
  const params: Param[] = [];
  if (pop.target.method !== null) params.push({ name: 'method', value: pop.target.method, from: 'header' });
  if (pop.target.url !== null) params.push({ name: 'url', value: pop.target.url, from: 'header' });
  return {
    kind: 'bundle',
    source: pop.scheme === 'DPoP' ? 'dpop_request' : 'pop_request',
    tokens,
    params,
    error: null,
    request: { scheme: pop.scheme, ...pop.target },
  };
}
