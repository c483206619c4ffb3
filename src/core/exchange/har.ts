import { hostOf, readAuthorization, withoutQuery } from './authorization';
import { field, type HeaderField } from './header-lines';
import { BODY_LIMIT, emptyExchange, type ExchangeContext } from './types';
import { analyzeToken } from '../token/analyze-token';

/** Why a HAR entry is listed. */
export type HarReason = 'token' | 'denied' | 'token-response';

/** One listed request of a HAR: only what the list and the diagnosis need; never cookies, never request bodies. */
export type HarEntry = {
  /** Position in the HAR's `log.entries`. */
  index: number;
  reasons: HarReason[];
  exchange: ExchangeContext;
  /** The `aud` of the token sent, so the list tells apart the tokens of different APIs; null when unreadable. */
  audience: string | null;
};

export type HarError = 'json_invalid' | 'not_har';

export type HarResult =
  | { ok: true; entries: HarEntry[]; total: number; folded: number; creator: string | null; authorizationSeen: boolean }
  | { ok: false; error: HarError; detail: string | null };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : null);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function headersOf(v: unknown): HeaderField[] {
  if (!Array.isArray(v)) return [];
  const out: HeaderField[] = [];
  for (const h of v) {
    const o = obj(h);
    const name = str(o?.['name']);
    const value = str(o?.['value']);
    if (name !== null && value !== null) out.push({ name, value });
  }
  return out;
}

function bodyOf(content: Obj | null): string | null {
  const text = str(content?.['text']);
  if (text === null || text === '') return null;
  if (content?.['encoding'] === 'base64') {
    try {
      const bytes = Uint8Array.from(atob(text.slice(0, BODY_LIMIT * 2)), (c) => c.charCodeAt(0));
      return new TextDecoder('utf-8', { fatal: false }).decode(bytes).slice(0, BODY_LIMIT);
    } catch {
      return null;
    }
  }
  return text.slice(0, BODY_LIMIT);
}

const TOKEN_RESPONSE = /"(?:access_token|id_token|refresh_token)"\s*:/;

function entryOf(raw: unknown, index: number): HarEntry | null {
  const e = obj(raw);
  const req = obj(e?.['request']);
  const res = obj(e?.['response']);
  if (!req) return null;
  const headers = headersOf(req['headers']);
  const resHeaders = headersOf(res?.['headers']);
  const status = typeof res?.['status'] === 'number' ? res['status'] : null;
  const url = str(req['url']);
  const auth = field(headers, 'authorization');
  const body = status !== null && (status >= 400 || status === 200) ? bodyOf(obj(res?.['content'])) : null;
  const reasons: HarReason[] = [];
  const parsed = auth !== null ? readAuthorization(auth) : null;
  if (parsed?.credential) reasons.push('token');
  if (status === 401 || status === 403) reasons.push('denied');
  const returnsTokens = status === 200 && body !== null && TOKEN_RESPONSE.test(body.slice(0, 64 * 1024));
  if (returnsTokens) reasons.push('token-response');
  if (reasons.length === 0) return null;
  const ex = emptyExchange('har-entry');
  ex.method = str(req['method']);
  ex.url = url ? withoutQuery(url) : null;
  ex.host = url ? hostOf(url) : null;
  ex.status = status;
  if (parsed) Object.assign(ex, parsed);
  ex.dpopProof = field(headers, 'dpop');
  const www = resHeaders.filter((h) => h.name.toLowerCase() === 'www-authenticate').map((h) => h.value);
  ex.wwwAuthenticate = www.length > 0 ? www.join(', ') : null;
  // A successful body is only kept when it returned tokens; other bodies may hold personal data.
  ex.responseBody = returnsTokens || (status !== null && status >= 400) ? body : null;
  ex.omittedHeaders = [...new Set(headers.map((h) => h.name.toLowerCase()).filter((n) => n !== 'authorization' && n !== 'dpop'))];
  return { index, reasons, exchange: ex, audience: audienceOf(ex.credential) };
}

function audienceOf(credential: string | null): string | null {
  if (credential === null) return null;
  const t = analyzeToken(credential);
  if (t.format !== 'jws' || !t.payload.ok || t.payload.kind !== 'json') return null;
  const aud = t.payload.value['aud'];
  if (typeof aud === 'string') return aud;
  return Array.isArray(aud) ? aud.filter((a): a is string => typeof a === 'string').join(', ') : null;
}

/**
 * Lists the requests of a HAR 1.2 file (Chrome, Edge, Firefox and Safari exports) that carried a
 * token, were refused with 401/403, or returned tokens from a token endpoint; the rest are only
 * counted. Cookies and request bodies (passwords, client secrets) are never read. `limit` caps the
 * listed entries. Accepts the text or an already parsed value. Never throws.
 */
export function parseHar(input: string | unknown, { limit = 5000 }: { limit?: number } = {}): HarResult {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (e) {
      return { ok: false, error: 'json_invalid', detail: e instanceof Error ? e.message.slice(0, 200) : null };
    }
  }
  const log = obj(obj(value)?.['log']);
  const entries = log?.['entries'];
  if (!log || !Array.isArray(entries)) return { ok: false, error: 'not_har', detail: null };
  const creator = obj(log['creator']);
  const name = str(creator?.['name']);
  const version = str(creator?.['version']);
  const listed: HarEntry[] = [];
  let authorizationSeen = false;
  for (let i = 0; i < entries.length; i++) {
    const request = obj(obj(entries[i])?.['request']);
    if (!authorizationSeen && field(headersOf(request?.['headers']), 'authorization') !== null) authorizationSeen = true;
    if (listed.length >= limit) continue;
    const entry = entryOf(entries[i], i);
    if (entry) listed.push(entry);
  }
  return {
    ok: true,
    entries: listed,
    total: entries.length,
    folded: entries.length - listed.length,
    creator: name ? `${name}${version ? ` ${version}` : ''}` : null,
    authorizationSeen,
  };
}
