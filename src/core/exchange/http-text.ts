import { hostOf, readAuthorization, withoutQuery } from './authorization';
import { field, headerField, joinedField, requestLine, splitLines, statusLine, type HeaderField } from './header-lines';
import { BODY_LIMIT, emptyExchange, type ExchangeContext } from './types';

type Message = {
  kind: 'request' | 'response' | 'unknown';
  method: string | null;
  target: string | null;
  status: number | null;
  fields: HeaderField[];
  body: string[];
};
type Channel = 'request' | 'response' | 'note' | 'plain';

/** Header fields whose values are kept; every other request header is reduced to its name. */
const KEPT = new Set(['authorization', 'dpop', 'host', ':authority', ':path', ':method', ':scheme']);
// curl -v marks data chunks and TLS notes with these; they are never part of the body.
const CURL_DATA = /^[{}] \[[0-9]+ bytes? data\]$/;
const OPENED = /OPENED stream for (https?:\/\/\S+)/;
const LINE_LIMIT = 50_000;

function channelOf(line: string, curl: boolean): { channel: Channel; text: string } {
  if (!curl) return { channel: 'plain', text: line };
  if (line === '>' || line.startsWith('> ')) return { channel: 'request', text: line.slice(2) };
  if (line === '<' || line.startsWith('< ')) return { channel: 'response', text: line.slice(2) };
  if (line.startsWith('* ') || line.startsWith('*  ') || CURL_DATA.test(line)) return { channel: 'note', text: line };
  return { channel: 'plain', text: line };
}

function isCurlTranscript(lines: readonly string[]): boolean {
  return (
    lines.some((l) => l.startsWith('> ') && requestLine(l.slice(2)) !== null) ||
    lines.some((l) => l.startsWith('< ') && statusLine(l.slice(2)) !== null)
  );
}

function newMessage(kind: Message['kind']): Message {
  return { kind, method: null, target: null, status: null, fields: [], body: [] };
}

/** Splits the text into request and response messages, in order. */
function readMessages(lines: readonly string[], curl: boolean): { messages: Message[]; noteUrl: string | null } {
  const messages: Message[] = [];
  let current: Message | null = null;
  let inHead = false;
  let noteUrl: string | null = null;
  for (const raw of lines.slice(0, LINE_LIMIT)) {
    const { channel, text } = channelOf(raw, curl);
    if (channel === 'note') {
      noteUrl ??= OPENED.exec(text)?.[1] ?? null;
      continue;
    }
    const req = inHead && channel === 'plain' ? null : requestLine(text);
    const status = statusLine(text);
    if (req && channel !== 'response') {
      current = { ...newMessage('request'), method: req.method, target: req.target };
      messages.push(current);
      inHead = true;
      continue;
    }
    if (status !== null && channel !== 'request') {
      // ":status: 401" inside a DevTools header block belongs to that block.
      if (/^:?status:/i.test(text.trim()) && current && inHead && current.kind !== 'request') {
        current.kind = 'response';
        current.status = status;
        continue;
      }
      current = { ...newMessage('response'), status };
      messages.push(current);
      inHead = true;
      continue;
    }
    if (inHead && current) {
      if (text.trim() === '') {
        inHead = false;
        continue;
      }
      const f = headerField(text);
      if (f) {
        current.fields.push(f);
        continue;
      }
      inHead = false; // a body that follows the head without a blank line
    }
    if (!inHead && current === null && channel === 'plain') {
      const f = headerField(text);
      if (f) {
        current = newMessage('unknown');
        current.fields.push(f);
        messages.push(current);
        inHead = true;
        continue;
      }
    }
    // Only response bodies are kept: request bodies hold client secrets and passwords.
    if (current?.kind === 'response' && channel !== 'request') current.body.push(text);
  }
  return { messages, noteUrl };
}

function resolveUnknown(m: Message): Message {
  if (m.kind !== 'unknown') return m;
  const names = new Set(m.fields.map((f) => f.name.toLowerCase()));
  const looksRequest = names.has('authorization') || names.has('host') || names.has(':authority') || names.has(':path');
  return { ...m, kind: looksRequest ? 'request' : 'response' };
}

function urlOf(request: Message | undefined, noteUrl: string | null): string | null {
  const target = request ? (field(request.fields, ':path') ?? request.target) : null;
  if (target && /^https?:\/\//i.test(target)) return target;
  const host = request ? (field(request.fields, ':authority') ?? field(request.fields, 'host')) : null;
  if (host && /^[A-Za-z0-9.[\]:-]+$/.test(host)) {
    const local = /^(?:localhost|127\.|\[::1\])/i.test(host);
    const scheme = (request && field(request.fields, ':scheme')) ?? (noteUrl?.startsWith('http:') ? 'http' : local ? 'http' : 'https');
    return `${scheme}://${host}${target?.startsWith('/') ? target : '/'}`;
  }
  return noteUrl;
}

/** True when the text has the shape of HTTP messages (a request or status line, or a curl -v transcript). */
export function looksLikeHttp(text: string): boolean {
  // The shape shows in the first lines (a curl -v transcript opens with at most a few dozen notes).
  const lines = splitLines(text.slice(0, 64 * 1024)).slice(0, 400);
  if (isCurlTranscript(lines)) return true;
  if (
    lines.some((l) => requestLine(l) !== null && /HTTP\/[0-9.]+\s*$/.test(l)) ||
    lines.some((l) => /^HTTP\/[0-9.]+ [1-5][0-9]{2}\b/.test(l.trim()))
  )
    return true;
  const names = lines.map((l) => headerField(l)?.name.toLowerCase()).filter((n): n is string => n !== undefined);
  const strong = names.filter(
    (n) => n === ':authority' || n === ':path' || n === ':status' || n === 'host' || n === 'www-authenticate' || n === 'authorization',
  );
  return names.length >= 2 && strong.length >= 1 && (strong.length >= 2 || names.length >= 3);
}

/**
 * Reads raw HTTP text (HTTP/1.1 or HTTP/2 header styles, CRLF or LF) or a `curl -v` transcript into
 * the facts the diagnosis needs. The request carrying an Authorization header is preferred, and the
 * response after it. Request bodies and header values other than Authorization/DPoP/Host are
 * dropped here, at the source. Never throws.
 */
export function parseHttpText(text: string): ExchangeContext {
  const lines = splitLines(text);
  const curl = isCurlTranscript(lines);
  const { messages: raw, noteUrl } = readMessages(lines, curl);
  const messages = raw.map(resolveUnknown);
  const requests = messages.filter((m) => m.kind === 'request');
  const request = requests.find((m) => field(m.fields, 'authorization') !== null) ?? requests[0];
  const after = request ? messages.slice(messages.indexOf(request) + 1) : messages;
  const response = after.find((m) => m.kind === 'response') ?? messages.find((m) => m.kind === 'response');
  const ex = emptyExchange(curl ? 'curl-verbose' : 'http');
  const url = urlOf(request, noteUrl);
  ex.method = request ? (field(request.fields, ':method') ?? request.method) : null;
  ex.url = url ? withoutQuery(url) : null;
  ex.host = url ? hostOf(url) : null;
  ex.status = response?.status ?? null;
  const auth = request ? field(request.fields, 'authorization') : null;
  if (auth !== null) Object.assign(ex, readAuthorization(auth));
  ex.dpopProof = request ? field(request.fields, 'dpop') : null;
  ex.wwwAuthenticate = response ? joinedField(response.fields, 'www-authenticate') : null;
  const body = response?.body.join('\n').trim() ?? '';
  ex.responseBody = body === '' ? null : body.slice(0, BODY_LIMIT);
  ex.omittedHeaders = request ? [...new Set(request.fields.map((f) => f.name.toLowerCase()).filter((n) => !KEPT.has(n)))] : [];
  return ex;
}
