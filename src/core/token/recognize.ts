import { analyzeToken } from './analyze-token';
import { classifyJson } from './json-input';
import { findEmbeddedToken, isTokenLike, normalizeTokenText, type InputNote } from './normalize';
import { readOAuthParams, TOKEN_PARAMS, type Param, type TokenParam } from './oauth-params';
import type { AnalyzedToken, JsonObject } from './types';
import type { RequestTarget } from '../pop/request-target';
import { recognizePopRequest, type PopTokenRole } from './pop-bundle';
import { own } from '../json';
import { looksLikeHar, recognizeExchange, type ExchangeFacts } from '../exchange/recognize-exchange';

export type { PopTokenRole } from './pop-bundle';

export type LabelledToken = { role: TokenParam | PopTokenRole; token: AnalyzedToken };

/** An OAuth/OIDC error, from a redirect (RFC 6749 §4.1.2.1) or a token-endpoint JSON body (§5.2). */
export type OAuthError = {
  error: string;
  description: string | null;
  uri: string | null;
  subcode: string | null;
  /** Entra's numeric `error_codes` (AADSTS numbers). */
  codes: number[];
  traceId: string | null;
  correlationId: string | null;
};

export type UnrecognizedReason = 'json_invalid' | 'json_not_object' | 'json_unknown' | 'url_without_token' | 'not_a_token' | 'too_large';

export type BundleSource = 'token_response' | 'error_response' | 'redirect_url' | 'params' | 'dpop_request' | 'pop_request';

/** Everything a pasted input or deep link can turn out to be. */
export type Recognized =
  | { kind: 'empty' }
  | { kind: 'token'; token: AnalyzedToken; notes: InputNote[]; exchange?: ExchangeFacts }
  | {
      kind: 'bundle';
      source: BundleSource;
      tokens: LabelledToken[];
      params: Param[];
      error: OAuthError | null;
      /** For a pasted request with proof-of-possession headers: its scheme, method and URL. */
      request?: RequestTarget & { scheme: 'DPoP' | 'PoP' };
      /** For a pasted HTTP exchange, curl transcript, HAR entry or API error line: the call's context. */
      exchange?: ExchangeFacts;
    }
  | { kind: 'jwks'; keyCount: number; kids: string[] }
  | { kind: 'jwk'; kty: string; kid: string | null }
  | { kind: 'discovery'; issuer: string | null; jwksUri: string | null }
  | { kind: 'unrecognized'; reason: UnrecognizedReason; detail: string | null }
  /** An exchange or error message that carried no readable token (a WWW-Authenticate alone, an IDX line). */
  | { kind: 'exchange'; exchange: ExchangeFacts }
  | { kind: 'har'; chars: number };

/** Inputs beyond this size are refused rather than decoded (tokens are kilobytes, not megabytes). */
export const MAX_INPUT_CHARS = 4 * 1024 * 1024;

function text(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return null;
  try {
    return JSON.stringify(v);
  } catch {
    return '…'; // nested too deep for the engine to serialise
  }
}

function errorFrom(get: (name: string) => unknown): OAuthError | null {
  const error = get('error');
  if (typeof error !== 'string' || error === '') return null;
  const codes = get('error_codes');
  return {
    error,
    description: text(get('error_description')),
    uri: text(get('error_uri')),
    subcode: text(get('error_subcode')),
    codes: Array.isArray(codes) ? codes.filter((c): c is number => typeof c === 'number') : [],
    traceId: text(get('trace_id')),
    correlationId: text(get('correlation_id')),
  };
}

function tokensFrom(get: (name: string) => unknown): LabelledToken[] {
  const out: LabelledToken[] = [];
  for (const role of TOKEN_PARAMS) {
    const v = get(role);
    if (typeof v === 'string' && v.trim() !== '') out.push({ role, token: analyzeToken(normalizeTokenText(v).text) });
  }
  return out;
}

function fromJson(value: unknown): Recognized {
  const shape = classifyJson(value);
  switch (shape.shape) {
    case 'token_response':
    case 'error_response': {
      const o: JsonObject = shape.value;
      const get = (k: string) => own(o, k);
      const params: Param[] = Object.entries(o)
        .filter(([k]) => !(TOKEN_PARAMS as readonly string[]).includes(k))
        .map(([name, v]) => ({ name, value: text(v) ?? '', from: 'body' }));
      return { kind: 'bundle', source: shape.shape, tokens: tokensFrom(get), params, error: errorFrom(get) };
    }
    case 'jwks':
      return { kind: 'jwks', keyCount: shape.keyCount, kids: shape.kids };
    case 'jwk':
      return { kind: 'jwk', kty: shape.kty, kid: shape.kid };
    case 'discovery':
      return { kind: 'discovery', issuer: shape.issuer, jwksUri: shape.jwksUri };
    case 'not_object':
      return { kind: 'unrecognized', reason: 'json_not_object', detail: shape.actual };
    case 'unknown_json':
      return { kind: 'unrecognized', reason: 'json_unknown', detail: shape.members.join(', ') };
  }
}

/** The token (or token response) an exchange carried, with the exchange as its context. */
export function recognizedWithExchange(inner: Recognized, facts: ExchangeFacts): Recognized {
  if (inner.kind === 'token') return { ...inner, notes: ['extracted_from_text'], exchange: facts };
  if (inner.kind === 'bundle') return { ...inner, exchange: facts };
  return { kind: 'exchange', exchange: facts };
}

/**
 * Recognises whatever a person pasted or a deep link carried: a compact JWS/JWE or opaque token (with
 * Bearer/quotes/header noise removed), a token-endpoint or error JSON response, a redirect URL or
 * fragment/query string, a JWKS, a JWK or a discovery document, and whole exchanges (HTTP text, curl,
 * PowerShell, fetch, WWW-Authenticate, API error messages, HAR; see core/exchange). Never throws; does not verify.
 */
export function recognizeInput(raw: string): Recognized {
  // A HAR file is known by its first bytes at any size; it is parsed elsewhere, off the main thread.
  if (looksLikeHar(raw.slice(0, 200).trimStart())) return { kind: 'har', chars: raw.length };
  if (raw.length > MAX_INPUT_CHARS) return { kind: 'unrecognized', reason: 'too_large', detail: String(raw.length) };
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'empty' };
  // Whole HTTP exchanges, curl/PowerShell/fetch code and API error messages (src/core/exchange).
  const exchange = recognizeExchange<Recognized>(trimmed, recognizeInput, { kind: 'empty' });
  if (exchange?.kind === 'har') return exchange;
  // A request with Authorization: DPoP / PoP and its proof (pop-bundle.ts) keeps both tokens, and the
  // exchange's context (API host, status, challenge) when it was a whole exchange.
  const pop = recognizePopRequest(trimmed);
  if (pop) return exchange ? recognizedWithExchange(pop, exchange.facts) : pop;
  if (exchange) return recognizedWithExchange(exchange.inner, exchange.facts);
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      return fromJson(JSON.parse(trimmed));
    } catch (e) {
      const embedded = findEmbeddedToken(trimmed);
      if (embedded) return { kind: 'token', token: analyzeToken(embedded), notes: ['extracted_from_text'] };
      return { kind: 'unrecognized', reason: 'json_invalid', detail: e instanceof Error ? e.message : null };
    }
  }
  const oauth = readOAuthParams(trimmed);
  if (oauth) {
    const get = (k: string) => oauth.params.find((p) => p.name === k)?.value;
    const tokens = tokensFrom(get);
    const error = errorFrom(get);
    if (tokens.length === 0 && error === null) return { kind: 'unrecognized', reason: 'url_without_token', detail: null };
    const params = oauth.params.filter((p) => !(TOKEN_PARAMS as readonly string[]).includes(p.name));
    return { kind: 'bundle', source: oauth.isUrl ? 'redirect_url' : 'params', tokens, params, error };
  }
  const { text: cleaned, notes } = normalizeTokenText(trimmed);
  // A JOSE-looking word with a stray character is still decoded, so the message can point at it.
  const joseLike = !/\s/.test(cleaned) && (cleaned.startsWith('eyJ') || cleaned.split('.').length >= 3);
  if (cleaned !== '' && (isTokenLike(cleaned) || joseLike)) return { kind: 'token', token: analyzeToken(cleaned), notes };
  const embedded = findEmbeddedToken(trimmed);
  if (embedded) return { kind: 'token', token: analyzeToken(embedded), notes: ['extracted_from_text'] };
  return { kind: 'unrecognized', reason: 'not_a_token', detail: null };
}
