import { checkFetchUrl } from './fetch-url';
import type { FetchUrlError } from './fetch-url';
import { issuerMatches } from './issuer-match';
import type { IssuerMatch } from './issuer-match';

export type DiscoveryError =
  | { readonly code: 'not_an_object' }
  | { readonly code: 'jwks_uri_missing' }
  | { readonly code: 'jwks_uri_not_fetchable'; readonly jwksUri: string; readonly reason: FetchUrlError };

export interface DiscoveryInfo {
  readonly jwksUri: string;
  readonly issuer?: string;
  /** null when the metadata has no string `issuer` to compare. */
  readonly issuerCheck: IssuerMatch | null;
  readonly signingAlgs?: readonly string[];
}

export type DiscoveryResult = { readonly ok: true; readonly value: DiscoveryInfo } | { readonly ok: false; readonly error: DiscoveryError };

/**
 * Reads an OpenID Provider metadata document (already JSON-parsed) and checks its `issuer`
 * against the token (`iss`, plus `tid` for Entra templates). Does NOT fetch the JWKS, and
 * does NOT reject the document for an issuer mismatch: that is reported in `issuerCheck`.
 */
export function parseDiscovery(json: unknown, payload: Readonly<Record<string, unknown>>): DiscoveryResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: { code: 'not_an_object' } };
  const doc = json as Record<string, unknown>;
  const jwksUri = doc['jwks_uri'];
  if (typeof jwksUri !== 'string' || jwksUri === '') return { ok: false, error: { code: 'jwks_uri_missing' } };
  const fetchable = checkFetchUrl(jwksUri);
  if (!fetchable.ok) return { ok: false, error: { code: 'jwks_uri_not_fetchable', jwksUri, reason: fetchable.error } };
  const issuer = typeof doc['issuer'] === 'string' ? doc['issuer'] : undefined;
  const algs = doc['id_token_signing_alg_values_supported'];
  const signingAlgs = Array.isArray(algs) ? algs.filter((a): a is string => typeof a === 'string') : undefined;
  return {
    ok: true,
    value: {
      jwksUri: fetchable.url,
      ...(issuer === undefined ? {} : { issuer }),
      issuerCheck: issuer === undefined ? null : issuerMatches(issuer, payload['iss'], payload['tid']),
      ...(signingAlgs === undefined ? {} : { signingAlgs }),
    },
  };
}
