import { isOfflineMode } from '../../../lib/offline-mode';

/** The token endpoint's raw answer, or the fact that the browser got none it could read. */
export type TokenEndpointReply =
  { kind: 'answer'; status: number; text: string } | { kind: 'no_answer'; offlineMode: boolean; timedOut: boolean };

/** How long the page waits for the token endpoint before saying it got no answer. */
export const TOKEN_TIMEOUT_MS = 30_000;

/**
 * POSTs a form to the token endpoint as a public client would (RFC 6749 3.2): a CORS request
 * without cookies or referrer; the browser adds `Origin`, which Entra requires for codes issued to
 * single-page apps (AADSTS9002327). The answer is read, never stored. Nothing is sent in offline mode.
 * An endpoint that does not answer within `timeoutMs` counts as no answer (timed out), never a wait without end.
 */
export async function postTokenRequest(url: string, body: string, { timeoutMs = TOKEN_TIMEOUT_MS } = {}): Promise<TokenEndpointReply> {
  if (isOfflineMode()) return { kind: 'no_answer', offlineMode: true, timedOut: false };
  const timeout = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      mode: 'cors',
      cache: 'no-store',
      signal: timeout,
    });
    return { kind: 'answer', status: response.status, text: await response.text() };
  } catch {
    return { kind: 'no_answer', offlineMode: false, timedOut: timeout.aborted };
  }
}
