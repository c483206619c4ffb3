import { isOfflineMode } from '../../../lib/offline-mode';
import { redirectedTo } from '../../../core/discovery/redirect';

/** Why a discovery or JWKS fetch failed: what the person sees names the URL and this code. */
export type FetchProblemCode =
  'http_status' | 'not_json' | 'timeout' | 'network' | 'offline' | 'offline_mode' | 'not_allowed' | 'redirected';

/** A failed fetch as a value the UI can switch on (thrown out of query functions, caught by TanStack Query). */
export class FetchProblem extends Error {
  readonly code: FetchProblemCode;
  readonly url: string;
  readonly status: number | null;
  /** With `redirected`: where the answer really came from (refused, but named on the page). */
  readonly finalUrl: string | null;

  constructor(code: FetchProblemCode, url: string, status: number | null = null, finalUrl: string | null = null) {
    super(`${code} ${url}${status === null ? '' : ` ${status}`}${finalUrl === null ? '' : ` -> ${finalUrl}`}`);
    this.name = 'FetchProblem';
    this.code = code;
    this.url = url;
    this.status = status;
    this.finalUrl = finalUrl;
  }
}

export const FETCH_TIMEOUT_MS = 8000;

/**
 * GETs a JSON document the way verification needs: a simple CORS request (no custom headers, so no
 * preflight), no cookies, no referrer. Refused outright while "Offline mode" is on. Times out after FETCH_TIMEOUT_MS. A rejected request is
 * reported as 'network': browsers do not reveal whether CORS, DNS or the connection failed. A
 * redirected answer is refused ('redirected', naming where it came from): keys are only ever
 * taken from the URL shown on the page.
 */
export async function fetchJson(url: string, signal: AbortSignal | undefined): Promise<unknown> {
  if (isOfflineMode()) throw new FetchProblem('offline_mode', url);
  const timeout = AbortSignal.timeout(FETCH_TIMEOUT_MS);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', mode: 'cors', signal: combined });
  } catch (e) {
    if (timeout.aborted) throw new FetchProblem('timeout', url);
    if (signal?.aborted) throw e;
    throw new FetchProblem(navigator.onLine === false ? 'offline' : 'network', url);
  }
  const elsewhere = redirectedTo(url, response);
  if (elsewhere !== null) throw new FetchProblem('redirected', url, response.status, elsewhere);
  if (!response.ok) throw new FetchProblem('http_status', url, response.status);
  let text: string;
  try {
    text = await response.text();
  } catch {
    throw new FetchProblem(timeout.aborted ? 'timeout' : 'network', url);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new FetchProblem('not_json', url, response.status);
  }
}

/** Retry only what a retry can fix: a 5xx answer or a dropped connection, once. Never 4xx, bad JSON or timeouts. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1 || !(error instanceof FetchProblem)) return false;
  return (error.code === 'http_status' && (error.status ?? 0) >= 500) || error.code === 'network';
}
