import type { JsonObject } from './types';

/** What a pasted JSON document is, judged by its members (domain-facts §5). */
export type JsonShape =
  | { shape: 'token_response'; value: JsonObject }
  | { shape: 'error_response'; value: JsonObject }
  | { shape: 'jwks'; keyCount: number; kids: string[] }
  | { shape: 'jwk'; kty: string; kid: string | null }
  | { shape: 'discovery'; issuer: string | null; jwksUri: string | null }
  | { shape: 'unknown_json'; members: string[] }
  | { shape: 'not_object'; actual: 'array' | 'string' | 'number' | 'boolean' | 'null' };

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Classifies a parsed JSON value: token-endpoint response, OAuth error response, JWKS, single JWK,
 * OpenID discovery document, or something else. Does not validate the keys or the metadata.
 */
export function classifyJson(value: unknown): JsonShape {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const actual = value === null ? 'null' : Array.isArray(value) ? 'array' : (typeof value as 'string');
    return { shape: 'not_object', actual };
  }
  const o = value as JsonObject;
  const has = (k: string) => Object.hasOwn(o, k);
  if (has('access_token') || has('id_token') || has('refresh_token')) return { shape: 'token_response', value: o };
  if (has('error') && (typeof o.error === 'string' || has('error_description'))) return { shape: 'error_response', value: o };
  if (Array.isArray(o.keys)) {
    const kids = o.keys
      .map((k: unknown) => (k && typeof k === 'object' ? str((k as JsonObject).kid) : null))
      .filter((k): k is string => k !== null);
    return { shape: 'jwks', keyCount: o.keys.length, kids };
  }
  if (typeof o.kty === 'string') return { shape: 'jwk', kty: o.kty, kid: str(o.kid) };
  if (has('issuer') && (has('jwks_uri') || has('authorization_endpoint') || has('token_endpoint'))) {
    return { shape: 'discovery', issuer: str(o.issuer), jwksUri: str(o.jwks_uri) };
  }
  return { shape: 'unknown_json', members: Object.keys(o).slice(0, 12) };
}
