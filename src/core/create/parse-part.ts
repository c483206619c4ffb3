import { findDuplicateMembers } from '../token/json-members';
import { lineColumn, scanJson } from './json-locate';

/** The two JSON parts a person edits. */
export type EditedPart = 'header' | 'payload';

/** Why an edited part cannot be signed. */
export type PartError =
  | { readonly code: 'part_empty'; readonly part: EditedPart }
  | { readonly code: 'json_syntax'; readonly part: EditedPart; readonly line: number; readonly column: number }
  | { readonly code: 'not_object'; readonly part: EditedPart }
  | { readonly code: 'duplicate_member'; readonly part: EditedPart; readonly name: string }
  | { readonly code: 'lossy_integer'; readonly part: EditedPart; readonly line: number; readonly column: number };

export type JsonObject = Record<string, unknown>;

export type PartResult = { readonly ok: true; readonly value: JsonObject } | { readonly ok: false; readonly error: PartError };

/**
 * Parses the text of a JWT header or payload. A JWS header and a JWT claims set must be JSON
 * objects (RFC 7515 4, RFC 7519 7.2 step 10). A syntax error names the part and the line/column
 * of the first offending character. Text whose signed form would differ from what is shown is
 * refused too: a duplicate member name (RFC 7515 4, RFC 7519 4: names must be unique; JSON.parse
 * keeps the last) and an integer beyond 2^53 (JSON.parse rounds it). Does NOT judge the members.
 */
export function parsePart(text: string, part: EditedPart): PartResult {
  if (text.trim() === '') return { ok: false, error: { code: 'part_empty', part } };
  const scan = scanJson(text);
  if (scan.errorOffset !== null) return { ok: false, error: { code: 'json_syntax', part, ...lineColumn(text, scan.errorOffset) } };
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { code: 'not_object', part } };
  const duplicate = findDuplicateMembers(text)[0];
  if (duplicate !== undefined) return { ok: false, error: { code: 'duplicate_member', part, name: duplicate.name } };
  if (scan.lossyIntegerOffset !== null)
    return { ok: false, error: { code: 'lossy_integer', part, ...lineColumn(text, scan.lossyIntegerOffset) } };
  return { ok: true, value: value as JsonObject };
}

/** Pretty JSON as the editors show it. */
export function formatPart(value: JsonObject): string {
  return JSON.stringify(value, null, 2);
}
