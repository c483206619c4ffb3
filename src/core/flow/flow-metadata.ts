import { checkFetchUrl, type FetchUrlError } from '../discovery/fetch-url';

/** What the flow needs from the provider's metadata (OpenID Connect Discovery 1.0 section 3). */
export type FlowMetadata = {
  readonly issuer: string | null;
  readonly authorizationEndpoint: string;
  readonly tokenEndpoint: string;
  readonly jwksUri: string | null;
  /** False only when the provider lists its PKCE methods and S256 is not among them. */
  readonly s256Supported: boolean;
  /** `response_modes_supported`, when listed. */
  readonly responseModes: readonly string[] | null;
  /** RFC 9207: the provider adds `iss` to its authorization responses. */
  readonly issParameter: boolean;
};

export type FlowMetadataError =
  | { readonly code: 'not_an_object' }
  | { readonly code: 'endpoint_missing'; readonly member: 'authorization_endpoint' | 'token_endpoint' }
  | {
      readonly code: 'endpoint_not_usable';
      readonly member: 'authorization_endpoint' | 'token_endpoint';
      readonly url: string;
      readonly reason: FetchUrlError;
    };

export type FlowMetadataResult =
  { readonly ok: true; readonly value: FlowMetadata } | { readonly ok: false; readonly error: FlowMetadataError };

const strings = (v: unknown): string[] | null => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null);

/**
 * Reads the endpoints of an already JSON-parsed metadata document. Both endpoints must be https
 * (http only on loopback, for local test providers) and carry no credentials, like every URL the
 * page contacts. Does NOT compare `issuer` with tokens (verification does that with the same
 * document) and does NOT fetch anything.
 */
export function parseFlowMetadata(json: unknown): FlowMetadataResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return { ok: false, error: { code: 'not_an_object' } };
  const doc = json as Record<string, unknown>;
  const endpoints: Record<'authorization_endpoint' | 'token_endpoint', string> = { authorization_endpoint: '', token_endpoint: '' };
  for (const member of ['authorization_endpoint', 'token_endpoint'] as const) {
    const value = doc[member];
    if (typeof value !== 'string' || value === '') return { ok: false, error: { code: 'endpoint_missing', member } };
    const checked = checkFetchUrl(value);
    if (!checked.ok) return { ok: false, error: { code: 'endpoint_not_usable', member, url: value, reason: checked.error } };
    endpoints[member] = checked.url;
  }
  const methods = strings(doc['code_challenge_methods_supported']);
  return {
    ok: true,
    value: {
      issuer: typeof doc['issuer'] === 'string' ? doc['issuer'] : null,
      authorizationEndpoint: endpoints.authorization_endpoint,
      tokenEndpoint: endpoints.token_endpoint,
      jwksUri: typeof doc['jwks_uri'] === 'string' ? doc['jwks_uri'] : null,
      s256Supported: methods === null || methods.includes('S256'),
      responseModes: strings(doc['response_modes_supported']),
      issParameter: doc['authorization_response_iss_parameter_supported'] === true,
    },
  };
}
