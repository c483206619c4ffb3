import { decodeBase64Url, encodeBase64Url, utf8, utf8Text } from '../verify/bytes';
import type { JsonObject } from './parse-part';

/** Fragment key of a Create link: `#create=<header>.<payload>`, both base64url JSON, never a key. */
export const CREATE_FRAGMENT_KEY = 'create';

/**
 * The fragment (without `#`) that reopens the Create view with this header and payload. Only
 * these two objects go in: no signature, no key, no secret (docs/decisions on create links).
 */
export function createLinkFragment(header: JsonObject, payload: JsonObject): string {
  return `${CREATE_FRAGMENT_KEY}=${encodeBase64Url(utf8(JSON.stringify(header)))}.${encodeBase64Url(utf8(JSON.stringify(payload)))}`;
}

function decodeObject(part: string): JsonObject | null {
  const bytes = decodeBase64Url(part);
  const text = bytes === null ? null : utf8Text(bytes);
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

/** Reads a Create link fragment (with or without `#`); null when it is not one or is damaged. */
export function readCreateFragment(hash: string): { header: JsonObject; payload: JsonObject } | null {
  const body = hash.replace(/^#/, '');
  if (!body.startsWith(`${CREATE_FRAGMENT_KEY}=`)) return null;
  const [h, p, ...rest] = body.slice(CREATE_FRAGMENT_KEY.length + 1).split('.');
  if (h === undefined || p === undefined || rest.length > 0) return null;
  const header = decodeObject(h);
  const payload = decodeObject(p);
  return header === null || payload === null ? null : { header, payload };
}
