import {
  addressWithoutResponse,
  checkResponse,
  readAuthorizationResponse,
  type ResponseRefusal,
} from '../../core/flow/authorization-response';
import type { PendingSignIn } from '../../core/flow/pending-sign-in';
import type { FlowSettings } from '../../core/flow/flow-settings';
import {
  classifyTransportFailure,
  codeRedemptionBody,
  readTokenAnswer,
  refreshBody,
  type TokenAnswer,
  type TransportFailure,
} from '../../core/flow/token-exchange';
import { postTokenRequest } from './api/post-token-request';
import { takePending } from './flow-storage';

/** What the view shows after an authorization response or a refresh. Tokens live only here, in memory. */
export type Outcome =
  | { kind: 'refused'; refusal: ResponseRefusal }
  | { kind: 'error_redirect'; error: string; text: string; pending: PendingSignIn }
  | { kind: 'redeeming'; pending: PendingSignIn }
  | { kind: 'answer'; answer: TokenAnswer; pending: PendingSignIn; code: string | null; refreshed: boolean }
  | { kind: 'transport'; failure: TransportFailure; pending: PendingSignIn };

export type SignInReturn = { settings: FlowSettings | null; first: Outcome; done: Promise<Outcome> };

async function exchange(pending: PendingSignIn, body: string, code: string | null, refreshed: boolean): Promise<Outcome> {
  const reply = await postTokenRequest(pending.tokenEndpoint, body);
  if (reply.kind === 'no_answer')
    return { kind: 'transport', failure: classifyTransportFailure(pending.tokenEndpoint, reply.offlineMode, reply.timedOut), pending };
  return { kind: 'answer', answer: readTokenAnswer(reply.status, reply.text), pending, code, refreshed };
}

/** Redeems a refresh token with the client and endpoint of the sign-in that produced it. */
export function refreshTokens(pending: PendingSignIn, refreshToken: string, scope: string): Promise<Outcome> {
  return exchange(pending, refreshBody({ refreshToken, clientId: pending.settings.clientId.trim(), scope }), null, true);
}

let handled: SignInReturn | null | undefined;

/**
 * Handles an authorization response in the address, once per page load: takes (and so deletes) the
 * pending sign-in, removes the response from the address bar at once, checks `state` (and RFC 9207
 * `iss`), and only then redeems the code. A refused response is never redeemed.
 * Returns null when the address holds no response (and then drops any abandoned pending sign-in).
 */
export function handleSignInReturn(): SignInReturn | null {
  if (handled !== undefined) return handled;
  const response = readAuthorizationResponse(window.location.search, window.location.hash);
  if (response === null) {
    // A fresh load without an answer: a sign-in left pending here was abandoned (back button, closed page).
    takePending();
    return (handled = null);
  }
  const pending = takePending();
  const clean = addressWithoutResponse(window.location.href);
  window.history.replaceState(window.history.state, '', new URL(clean).hash === '' ? `${clean}#get-token` : clean);
  const checked = checkResponse(response, pending, Math.floor(Date.now() / 1000));
  let first: Outcome;
  let done: Promise<Outcome>;
  if (!checked.ok) {
    first = { kind: 'refused', refusal: checked.refusal };
    done = Promise.resolve(first);
  } else if (checked.kind === 'error') {
    const params = new URLSearchParams({
      error: checked.error,
      ...(checked.description === null ? {} : { error_description: checked.description }),
    });
    first = { kind: 'error_redirect', error: checked.error, text: `?${params.toString()}`, pending: checked.pending };
    done = Promise.resolve(first);
  } else {
    const p = checked.pending;
    first = { kind: 'redeeming', pending: p };
    done = exchange(
      p,
      codeRedemptionBody({ code: checked.code, verifier: p.verifier, redirectUri: p.redirectUri, clientId: p.settings.clientId.trim() }),
      checked.code,
      false,
    );
  }
  handled = { settings: pending?.settings ?? null, first, done };
  return handled;
}
