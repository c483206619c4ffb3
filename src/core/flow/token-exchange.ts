import { recognizeInput, type OAuthError } from '../token/recognize';
import { MICROSOFT_LOGIN_HOST_FOR_ISSUER, hostIsUnder } from '../discovery/microsoft-hosts';

/**
 * The form body that redeems a code as a public client: RFC 6749 4.1.3 plus the PKCE verifier
 * (RFC 7636 4.5). No client secret: a page cannot keep one.
 */
export function codeRedemptionBody(input: { code: string; verifier: string; redirectUri: string; clientId: string }): string {
  return new URLSearchParams({
    grant_type: 'authorization_code',
    code: input.code,
    redirect_uri: input.redirectUri,
    client_id: input.clientId,
    code_verifier: input.verifier,
  }).toString();
}

/** The form body that redeems a refresh token (RFC 6749 6), optionally for other scopes. */
export function refreshBody(input: { refreshToken: string; clientId: string; scope: string }): string {
  const body = new URLSearchParams({ grant_type: 'refresh_token', refresh_token: input.refreshToken, client_id: input.clientId });
  const scope = input.scope.trim().split(/\s+/).join(' ');
  if (scope !== '') body.set('scope', scope);
  return body.toString();
}

/** What the token endpoint answered, once read. */
export type TokenAnswer =
  | {
      readonly kind: 'tokens';
      readonly json: string;
      readonly refreshToken: string | null;
      readonly idToken: string | null;
      readonly accessToken: string | null;
    }
  | { readonly kind: 'oauth_error'; readonly status: number; readonly json: string; readonly error: OAuthError }
  | { readonly kind: 'unexpected'; readonly status: number; readonly reason: 'not_json' | 'no_tokens' };

const member = (o: Record<string, unknown>, k: string): string | null =>
  typeof o[k] === 'string' && o[k] !== '' ? (o[k] as string) : null;

/**
 * Reads the token endpoint's answer (RFC 6749 5.1 / 5.2) with the recognizer the explorer uses
 * for pasted responses, so both are read alike. A 200 without tokens, or an error status without
 * an `error` member, is `unexpected`. Does NOT verify any token.
 */
export function readTokenAnswer(status: number, text: string): TokenAnswer {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'unexpected', status, reason: 'not_json' };
  }
  const recognized = recognizeInput(text);
  if (recognized.kind === 'bundle' && recognized.error !== null)
    return { kind: 'oauth_error', status, json: text, error: recognized.error };
  if (status >= 200 && status < 300 && recognized.kind === 'bundle' && recognized.source === 'token_response') {
    const o = json as Record<string, unknown>;
    return {
      kind: 'tokens',
      json: text,
      refreshToken: member(o, 'refresh_token'),
      idToken: member(o, 'id_token'),
      accessToken: member(o, 'access_token'),
    };
  }
  return { kind: 'unexpected', status, reason: 'no_tokens' };
}

/** Why the token request produced no readable answer at all. */
export type TransportFailure =
  /** Microsoft login host: almost always a redirect URI registered as Web, not single-page application. */
  | 'cors_entra_platform'
  /** The browser hides whether CORS, DNS or the connection failed. */
  | 'cors_or_network'
  /** No answer within the page's time limit: the endpoint is unreachable or hangs. */
  | 'timeout'
  | 'offline_mode';

/**
 * Classifies a token request the browser rejected before any answer could be read. For Microsoft
 * hosts the usual cause is named: only redirect URIs on the "Single-page application" platform may
 * redeem codes cross-origin (AADSTS9002326). Does NOT claim certainty: browsers hide the reason.
 */
export function classifyTransportFailure(tokenEndpoint: string, offlineMode: boolean, timedOut = false): TransportFailure {
  if (offlineMode) return 'offline_mode';
  if (timedOut) return 'timeout';
  let host: string;
  try {
    host = new URL(tokenEndpoint).hostname;
  } catch {
    return 'cors_or_network';
  }
  const microsoft =
    MICROSOFT_LOGIN_HOST_FOR_ISSUER[host] !== undefined || hostIsUnder(host, 'b2clogin.com') || hostIsUnder(host, 'ciamlogin.com');
  return microsoft ? 'cors_entra_platform' : 'cors_or_network';
}
