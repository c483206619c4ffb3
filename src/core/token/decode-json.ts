import { decodeBase64url, decodeUtf8 } from './base64url';
import { findDuplicateMembers } from './json-members';
import type { JsonObject, JsonPart, PayloadPart, SegmentName, TokenIssue } from './types';

function jsonType(v: unknown): 'array' | 'string' | 'number' | 'boolean' | 'null' | 'object' {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v as 'string' | 'number' | 'boolean' | 'object';
}

/** JSON.parse's message without the engine-specific prefix, e.g. "Unexpected token } in JSON at position 12". */
function jsonDetail(e: unknown): string {
  return e instanceof Error ? e.message.replace(/^JSON\.parse: /, '') : 'unreadable JSON';
}

/** Parses text that must be a JSON object; duplicate member names are added to `issues`. */
export function parseJsonObject(text: string, part: SegmentName, issues: TokenIssue[]): JsonPart {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { ok: false, issue: { code: 'json_invalid', part, detail: jsonDetail(e) }, text };
  }
  const type = jsonType(value);
  if (type !== 'object') {
    return { ok: false, issue: { code: 'not_json_object', part, actual: type as 'array' }, text };
  }
  for (const d of findDuplicateMembers(text)) issues.push({ code: 'duplicate_member', part, name: d.name, path: d.path });
  return { ok: true, value: value as JsonObject, text };
}

/** Decodes a base64url segment that must hold a UTF-8 JSON object (a JOSE header). */
export function decodeJsonSegment(segment: string, part: SegmentName, issues: TokenIssue[]): JsonPart {
  if (segment === '') return { ok: false, issue: { code: 'empty_segment', part } };
  const b = decodeBase64url(segment, part);
  if (!b.ok) return { ok: false, issue: b.issue };
  if (b.padded) issues.push({ code: 'base64url_padding', part });
  const text = decodeUtf8(b.bytes);
  if (text === null) return { ok: false, issue: { code: 'utf8_invalid', part } };
  return parseJsonObject(text, part, issues);
}

/**
 * Decodes a JWS payload. JSON objects are claims; anything else that is valid UTF-8 is shown as text
 * (JWS may sign any octets, e.g. RFC 8037 A.4), and non-UTF-8 bytes as binary. A JSON value that is
 * not an object (array, string) is reported, since a JWT claims set must be an object (RFC 7519 §7.2).
 */
export function decodePayloadSegment(segment: string, issues: TokenIssue[]): PayloadPart {
  if (segment === '') return { ok: false, issue: { code: 'empty_segment', part: 'payload' } };
  const b = decodeBase64url(segment, 'payload');
  if (!b.ok) return { ok: false, issue: b.issue };
  if (b.padded) issues.push({ code: 'base64url_padding', part: 'payload' });
  const text = decodeUtf8(b.bytes);
  if (text === null) {
    issues.push({ code: 'payload_binary' });
    return { ok: true, kind: 'binary', bytes: b.bytes };
  }
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    const parsed = parseJsonObject(text, 'payload', issues);
    return parsed.ok ? { ok: true, kind: 'json', value: parsed.value, text } : parsed;
  }
  issues.push({ code: 'payload_not_json' });
  return { ok: true, kind: 'text', text };
}
