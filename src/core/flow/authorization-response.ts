import type { PendingSignIn } from './pending-sign-in';

/** An authorization response as it arrived at the redirect URI (RFC 6749 4.1.2 / 4.1.2.1). */
export type AuthorizationResponse = {
  readonly from: 'query' | 'fragment';
  readonly code: string | null;
  readonly state: string | null;
  readonly error: string | null;
  readonly errorDescription: string | null;
  /** RFC 9207 `iss`, when the provider sends it. */
  readonly iss: string | null;
};

/**
 * Finds an authorization response in the page's address: a `code` or an `error` in the query, or
 * else in the fragment (response_mode=fragment). The query wins: it is where the code flow answers
 * by default. Returns null when neither part holds one. Does NOT check anything (see checkResponse).
 */
export function readAuthorizationResponse(search: string, hash: string): AuthorizationResponse | null {
  for (const [from, raw] of [
    ['query', search],
    ['fragment', hash],
  ] as const) {
    const params = new URLSearchParams(raw.replace(/^[?#]/, ''));
    const code = params.get('code');
    const error = params.get('error');
    if (code === null && error === null) continue;
    // A hybrid or implicit response carries tokens: that is the explorer's to show, not a code-flow answer.
    if (params.has('id_token') || params.has('access_token') || params.has('token')) continue;
    return { from, code, state: params.get('state'), error, errorDescription: params.get('error_description'), iss: params.get('iss') };
  }
  return null;
}

/** Why an arriving response is refused; a refused code is never redeemed. */
export type ResponseRefusal =
  /** No request is pending in this tab: unsolicited (forged link), or started in another tab or browser. */
  | 'no_pending_request'
  | 'state_missing'
  /** A request is pending, but this response answers another one (CSRF, RFC 6749 10.12). */
  | 'state_mismatch'
  /** RFC 9207: the response names another issuer (mix-up attack). */
  | 'issuer_mismatch'
  | 'issuer_missing'
  | 'request_expired'
  | 'no_code';

export type CheckedResponse =
  | { readonly ok: true; readonly kind: 'code'; readonly code: string; readonly pending: PendingSignIn }
  | {
      readonly ok: true;
      readonly kind: 'error';
      readonly error: string;
      readonly description: string | null;
      readonly pending: PendingSignIn;
    }
  | { readonly ok: false; readonly refusal: ResponseRefusal };

/** How long a started sign-in stays answerable; providers' codes live minutes, not hours. */
export const PENDING_MAX_AGE_SECONDS = 3600;

/**
 * Decides whether an arriving response answers the sign-in this page started: `state` must equal
 * the pending one exactly (RFC 6749 10.12), the request must be under an hour old, and when the
 * provider announces RFC 9207 (or sends `iss` anyway) `iss` must equal the metadata issuer.
 * An `error` response with the right state is accepted, to be explained. `now` is in seconds.
 */
export function checkResponse(response: AuthorizationResponse, pending: PendingSignIn | null, now: number): CheckedResponse {
  if (pending === null) return { ok: false, refusal: 'no_pending_request' };
  if (response.state === null || response.state === '') return { ok: false, refusal: 'state_missing' };
  if (response.state !== pending.state) return { ok: false, refusal: 'state_mismatch' };
  if (now - pending.createdAt > PENDING_MAX_AGE_SECONDS) return { ok: false, refusal: 'request_expired' };
  if (response.iss !== null && pending.issuer !== null && response.iss !== pending.issuer) return { ok: false, refusal: 'issuer_mismatch' };
  if (response.iss === null && pending.issParameter) return { ok: false, refusal: 'issuer_missing' };
  if (response.error !== null) return { ok: true, kind: 'error', error: response.error, description: response.errorDescription, pending };
  if (response.code === null || response.code === '') return { ok: false, refusal: 'no_code' };
  return { ok: true, kind: 'code', code: response.code, pending };
}

/**
 * The address to show once the response is read: the same URL without the response parameters
 * in the query or fragment (the code must not stay in the address bar or history).
 */
export function addressWithoutResponse(href: string): string {
  const url = new URL(href);
  const strip = [
    'code',
    'state',
    'error',
    'error_description',
    'error_uri',
    'error_subcode',
    'iss',
    'session_state',
    'client_info',
    'trace_id',
    'correlation_id',
  ];
  for (const name of strip) url.searchParams.delete(name);
  const fragment = new URLSearchParams(url.hash.slice(1));
  const hadResponse = fragment.has('code') || fragment.has('error');
  if (hadResponse) for (const name of strip) fragment.delete(name);
  const rest = fragment.toString();
  url.hash = hadResponse ? (rest === '' ? '' : rest) : url.hash;
  return url.href.replace(/#$/, '');
}
