import type { RequestTarget } from '../pop/request-target';

/**
 * A request pasted with proof-of-possession headers: `Authorization: DPoP <token>` plus
 * `DPoP: <proof>` (RFC 9449 §7.1), or `Authorization: PoP <signed request>` (Microsoft AT PoP).
 */
export type PopRequest = {
  readonly scheme: 'DPoP' | 'PoP';
  /** The credential after the scheme: the access token (DPoP) or the signed HTTP request (PoP). */
  readonly credential: string;
  /** The `DPoP` header's proof JWT; null when absent. */
  readonly proof: string | null;
  readonly target: RequestTarget;
};

const TOKEN68 = '[A-Za-z0-9._~+/-]+=*';
// Header lines may stand alone, follow a quote (curl -H "..."), or a space.
const AUTHORIZATION = new RegExp(`(?:^|[\\s"'])Authorization\\s*:\\s*(DPoP|PoP)\\s+(${TOKEN68})`, 'i');
const DPOP_HEADER = new RegExp(`(?:^|[\\s"'])DPoP\\s*:\\s*(${TOKEN68})`, 'i');
const METHODS = 'GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS';
const REQUEST_LINE = new RegExp(`^\\s*(${METHODS})\\s+(\\S+)(?:\\s+HTTP\\/\\d(?:\\.\\d)?)?\\s*$`, 'm');
const HOST_HEADER = /^\s*Host\s*:\s*([A-Za-z0-9.-]+(?::\d+)?)\s*$/im;
const CURL_METHOD = new RegExp(`(?:^|\\s)(?:-X|--request)\\s+['"]?(${METHODS})\\b`, 'i');
const ABSOLUTE_URL = /https?:\/\/[^\s"'<>]+/i;

function target(text: string): RequestTarget {
  const line = REQUEST_LINE.exec(text);
  if (line) {
    const method = line[1]?.toUpperCase() ?? null;
    const path = line[2] ?? '';
    if (/^https?:\/\//i.test(path)) return { method, url: path };
    const host = HOST_HEADER.exec(text)?.[1];
    // A request line names only the path; the Host header supplies the authority (https assumed).
    return { method, url: host === undefined || !path.startsWith('/') ? null : `https://${host}${path}` };
  }
  const curl = /^\s*curl\b/i.test(text);
  const url = ABSOLUTE_URL.exec(text)?.[0] ?? null;
  const method = CURL_METHOD.exec(text)?.[1]?.toUpperCase() ?? (curl && url !== null ? 'GET' : null);
  return { method, url: curl ? url : null };
}

/**
 * Finds proof-of-possession headers in pasted request text (raw HTTP lines or a curl command) and
 * the request they belong to. Returns null unless an `Authorization: DPoP` or `Authorization: PoP`
 * header is present. Only reads text; nothing is verified or fetched.
 */
export function readPopRequest(text: string): PopRequest | null {
  // Cheap exit for what is pasted most (a token, a URL without headers, megabytes of base64): a
  // header line needs a colon and the word itself.
  if (!text.includes(':') || !/authorization/i.test(text)) return null;
  const auth = AUTHORIZATION.exec(text);
  if (!auth) return null;
  const scheme = auth[1]?.toLowerCase() === 'dpop' ? 'DPoP' : 'PoP';
  const credential = auth[2] ?? '';
  // The DPoP header must be a different line from "Authorization: DPoP ...".
  const rest = text.replace(auth[0], ' ');
  const proof = scheme === 'DPoP' ? (DPOP_HEADER.exec(rest)?.[1] ?? null) : null;
  return { scheme, credential, proof, target: target(text) };
}
