import { isJsonObject, own } from '../json';

export type JwksError = 'not_an_object' | 'keys_missing' | 'keys_empty' | 'no_valid_keys';

export interface JwksInfo {
  /** Entries that look like JWKs (object with a string `kty`), in order. */
  readonly keys: readonly Readonly<Record<string, unknown>>[];
  readonly kids: readonly string[];
  /** Indexes of entries that are not JWKs. */
  readonly invalidEntries: readonly number[];
}

export type JwksResult = { readonly ok: true; readonly value: JwksInfo } | { readonly ok: false; readonly error: JwksError };

/**
 * Checks the shape of a fetched JWK Set (RFC 7517 5) and lists its kids. Does NOT check key
 * material or usability for a given algorithm: verify/parseKeyInput imports the keys.
 */
export function parseJwks(json: unknown): JwksResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: 'not_an_object' };
  const entries = (json as Record<string, unknown>)['keys'];
  if (!Array.isArray(entries)) return { ok: false, error: 'keys_missing' };
  if (entries.length === 0) return { ok: false, error: 'keys_empty' };
  const keys: Record<string, unknown>[] = [];
  const invalidEntries: number[] = [];
  entries.forEach((entry: unknown, index) => {
    const isJwk = isJsonObject(entry) && typeof own(entry, 'kty') === 'string';
    if (isJwk) keys.push(entry as Record<string, unknown>);
    else invalidEntries.push(index);
  });
  if (keys.length === 0) return { ok: false, error: 'no_valid_keys' };
  const kids = keys.flatMap((key) => (typeof key['kid'] === 'string' ? [key['kid']] : []));
  return { ok: true, value: { keys, kids, invalidEntries } };
}
