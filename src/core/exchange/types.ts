/** The shapes of pasted text the exchange parsers understand. */
export type ExchangeSource =
  | 'http' // raw HTTP/1.1 or HTTP/2-style request and/or response text (DevTools "copy headers", Fiddler, logs)
  | 'curl-verbose' // `curl -v` transcript: `> ` request lines, `< ` response lines, `* ` notes
  | 'curl-command' // a `curl …` command line (bash, cmd or PowerShell quoting)
  | 'powershell' // Invoke-RestMethod / Invoke-WebRequest
  | 'fetch' // JavaScript fetch(...) code
  | 'www-authenticate' // a WWW-Authenticate header (or its value) alone
  | 'api-error' // an API's error message (IDX…, Graph JSON, JWT library messages) without an exchange
  | 'har-entry'; // one entry picked from a HAR file

/**
 * What an exchange tells about the failing call, kept deliberately small: only the facts the
 * diagnosis needs. Cookies, request bodies (client secrets, passwords) and every other request
 * header are never kept, so nothing derived from this can leak them.
 */
export type ExchangeContext = {
  source: ExchangeSource;
  method: string | null;
  /** Absolute URL of the request when it could be assembled (scheme + host + path). */
  url: string | null;
  /** Host of the API that was called (lower case, without port): the API in the 401/403 diagnosis. */
  host: string | null;
  /** HTTP status of the response, when the response was part of the paste. */
  status: number | null;
  /** Scheme of the Authorization header (`Bearer`, `DPoP`, …), when there was one. */
  scheme: string | null;
  /** The credential after the scheme, as sent (not yet decoded). */
  credential: string | null;
  /** The credential was a program variable (`$token`, `${token}`), not a value: nothing to decode. */
  credentialVariable: string | null;
  /** The DPoP proof header (RFC 9449 §4.1), when sent. */
  dpopProof: string | null;
  /** WWW-Authenticate value(s) of the response, joined with ", " as RFC 9110 §5.3 allows. */
  wwwAuthenticate: string | null;
  /** Response body (trimmed, at most BODY_LIMIT characters). */
  responseBody: string | null;
  /** Names (not values) of the request headers seen, so the UI can say which were left out. */
  omittedHeaders: string[];
};

/** Response bodies beyond this are cut: error bodies are small, and the page must stay fast. */
export const BODY_LIMIT = 64 * 1024;

/** An exchange with nothing known yet. */
export function emptyExchange(source: ExchangeSource): ExchangeContext {
  return {
    source,
    method: null,
    url: null,
    host: null,
    status: null,
    scheme: null,
    credential: null,
    credentialVariable: null,
    dpopProof: null,
    wwwAuthenticate: null,
    responseBody: null,
    omittedHeaders: [],
  };
}
