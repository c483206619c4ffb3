/**
 * The shared helpers for reading decoded JSON (token headers and payloads, metadata, JWKS, claims
 * requests). Values come from attackers: reads go through own properties only, so `__proto__` or
 * `constructor` never resolve to Object.prototype, and nothing here serialises a value (deep
 * nesting would overflow the stack).
 */

/** A decoded JSON object, read-only: nothing here mutates what a token says. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own member of a JSON object, or undefined; never one inherited from Object.prototype. */
export function own(object: JsonRecord, name: string): unknown {
  return Object.hasOwn(object, name) ? object[name] : undefined;
}

/** The value when it is a string. */
export function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A string becomes a one-element array (RFC 7519 §4.1.3 allows a single `aud` string); other entries are dropped. */
export function stringArray(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string');
}

/** The JSON kind of a value ("null", "array", "object", "string", ...), to describe it without printing it. */
export function jsonKind(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
