import { firstJsonErrorOffset, lineColumn } from './json-locate';

/** The two JSON parts a person edits. */
export type EditedPart = 'header' | 'payload';

/** Why an edited part cannot be signed. */
export type PartError =
  | { readonly code: 'part_empty'; readonly part: EditedPart }
  | { readonly code: 'json_syntax'; readonly part: EditedPart; readonly line: number; readonly column: number }
  | { readonly code: 'not_object'; readonly part: EditedPart };

export type JsonObject = Record<string, unknown>;

export type PartResult = { readonly ok: true; readonly value: JsonObject } | { readonly ok: false; readonly error: PartError };

/**
 * Parses the text of a JWT header or payload. A JWS header and a JWT claims set must be JSON
 * objects (RFC 7515 4, RFC 7519 7.2 step 10). A syntax error names the part and the line/column
 * of the first offending character. Does NOT judge the members.
 */
export function parsePart(text: string, part: EditedPart): PartResult {
  if (text.trim() === '') return { ok: false, error: { code: 'part_empty', part } };
  const offset = firstJsonErrorOffset(text);
  if (offset !== null) return { ok: false, error: { code: 'json_syntax', part, ...lineColumn(text, offset) } };
  const value: unknown = JSON.parse(text);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: { code: 'not_object', part } };
  return { ok: true, value: value as JsonObject };
}

/** Pretty JSON as the editors show it. */
export function formatPart(value: JsonObject): string {
  return JSON.stringify(value, null, 2);
}
