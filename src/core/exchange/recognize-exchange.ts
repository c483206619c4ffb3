import { findApiErrors } from '../api-errors/find-api-errors';
import { findGraphError } from '../api-errors/graph';
import type { ApiErrorMatch } from '../api-errors/types';
import { findEmbeddedToken, isTokenLike } from '../token/normalize';
import { looksLikeCurlCommand, parseCurlCommand } from './curl-command';
import { looksLikeFetch, looksLikePowerShell, parseFetch, parsePowerShell } from './code-snippets';
import { looksLikeHttp, parseHttpText } from './http-text';
import { emptyExchange, type ExchangeContext } from './types';

/**
 * What the exchange parsers made of an input. `inner` is what the credential (or, without one, a
 * token-endpoint response body) recognises as, computed by the caller's recogniser so this module
 * does not depend on it.
 */
export type ExchangeRecognition<R> = { kind: 'exchange'; facts: ExchangeFacts; inner: R } | { kind: 'har'; chars: number };

/** The context an exchange adds to the token it carried. */
export type ExchangeFacts = { context: ExchangeContext; apiErrors: ApiErrorMatch[] };

const HAR_START = /^\{\s*"log"\s*:/;
const CHALLENGE_LINE = /^WWW-Authenticate[ \t]*:[ \t]*(\S[^\r\n]*)$/i;
// A challenge value: a scheme followed by an auth-param (`realm="…"`, `error=…`), not a token68.
const CHALLENGE_VALUE = /^(?:Bearer|DPoP|Basic|Negotiate|Digest|PoP)[ \t]+[A-Za-z_][A-Za-z0-9_-]{0,40}[ \t]*=[ \t]*["A-Za-z0-9]/i;

/** True when the text starts like a HAR file (`{"log": …`); checked without parsing, so a huge paste stays cheap. */
export function looksLikeHar(text: string): boolean {
  return HAR_START.test(text.slice(0, 200));
}

function wwwAuthenticateOnly(text: string): ExchangeContext | null {
  const line = CHALLENGE_LINE.exec(text);
  const value = line?.[1] ?? (CHALLENGE_VALUE.test(text) && !/[\r\n]/.test(text) ? text : null);
  if (value === null) return null;
  const ex = emptyExchange('www-authenticate');
  ex.wwwAuthenticate = value.trim();
  return ex;
}

function parseShape(text: string): ExchangeContext | null {
  if (looksLikeCurlCommand(text)) return parseCurlCommand(text);
  if (looksLikePowerShell(text)) return parsePowerShell(text);
  if (looksLikeFetch(text)) return parseFetch(text);
  const www = wwwAuthenticateOnly(text);
  if (www) return www;
  if (looksLikeHttp(text)) return parseHttpText(text);
  return null;
}

/**
 * Recognises whole exchanges pasted into the Token box: raw HTTP, curl -v transcripts, curl
 * commands, PowerShell and fetch code, a WWW-Authenticate header alone, API error messages, and
 * (by shape only) HAR files. Returns null for anything else, including a bare token or a single
 * `Authorization:` line, which the token recogniser handles itself. `text` is already trimmed.
 * Never throws.
 */
export function recognizeExchange<R>(text: string, recognize: (input: string) => R, empty: R): ExchangeRecognition<R> | null {
  if (looksLikeHar(text)) return { kind: 'har', chars: text.length };
  // Words without spaces are tokens, URLs or parameter strings: the token recogniser's business.
  if (isTokenLike(text) || !/\s/.test(text)) return null;
  const json = text.startsWith('{') || text.startsWith('[');
  const exchange = json ? null : parseShape(text);
  // A JSON body is only claimed when it is a Graph error; OAuth error bodies stay with the token recogniser.
  const graph = json ? findGraphError(text) : null;
  const apiErrors = json ? (graph ? [graph] : []) : findApiErrors(exchange?.responseBody ?? text);
  if (exchange === null) {
    if (apiErrors.length === 0) return null;
    // An error message alone, or a log holding both the message and the token.
    const ex = emptyExchange('api-error');
    const token = json ? null : findEmbeddedToken(text);
    if (token) Object.assign(ex, { scheme: null, credential: token });
    return { kind: 'exchange', facts: { context: ex, apiErrors }, inner: token ? recognize(token) : empty };
  }
  return { kind: 'exchange', facts: { context: exchange, apiErrors }, inner: innerOf(exchange, recognize, empty) };
}

/** What the credential of an exchange is, or the tokens a token-endpoint response returned. */
export function innerOf<R>(exchange: ExchangeContext, recognize: (input: string) => R, empty: R): R {
  if (exchange.credential !== null) return recognize(exchange.credential);
  const body = exchange.responseBody?.trim() ?? '';
  if (body.startsWith('{') && /"(?:access_token|id_token|refresh_token)"/.test(body.slice(0, 64 * 1024))) return recognize(body);
  return empty;
}
