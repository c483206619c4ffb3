import { MS_ACCESS_TOKEN_CLAIMS, OPENID_FEDERATION, rfc } from './spec-urls';

/** JOSE header parameters the explorer explains (domain facts §1a). */
export type HeaderName =
  | 'typ'
  | 'alg'
  | 'kid'
  | 'x5t'
  | 'x5t#S256'
  | 'nonce'
  | 'cty'
  | 'crit'
  | 'jku'
  | 'jwk'
  | 'x5u'
  | 'x5c'
  | 'b64'
  | 'enc'
  | 'zip'
  | 'epk'
  | 'apu'
  | 'apv'
  | 'iv'
  | 'tag'
  // Added later: replicated claims (RFC 7519 §5.3), ACME, PASSporT, OpenID Federation
  | 'iss'
  | 'sub'
  | 'aud'
  | 'url'
  | 'ppt'
  | 'trust_chain';

export type HeaderSource =
  'rfc7515' | 'rfc7516' | 'rfc7518' | 'rfc7797' | 'microsoft' | 'rfc7519' | 'rfc8555' | 'rfc8225' | 'openid-federation';

/**
 * How a verifier should treat the parameter:
 * `check` it against policy, use it only to `select-key`, `never-trust` key material the token
 * carries (RFC 8725 §3.10), `decrypt` (JWE only), `legacy` (prefer another), or `special` handling.
 */
export type HeaderUse = 'check' | 'select-key' | 'never-trust' | 'decrypt' | 'legacy' | 'special';

export type HeaderInfo = {
  readonly source: HeaderSource;
  readonly specUrl: string;
  readonly use: HeaderUse;
  readonly seeAlso?: string;
};

const JWS = (section: string): string => rfc(7515, section);
const JWE = (section: string): string => rfc(7516, section);

/** Every known header parameter. Missing rows are compile errors. */
export const HEADERS = {
  typ: { source: 'rfc7515', specUrl: JWS('4.1.9'), use: 'check', seeAlso: rfc(9068, '2.1') },
  alg: { source: 'rfc7515', specUrl: JWS('4.1.1'), use: 'check', seeAlso: rfc(8725, '3.1') },
  kid: { source: 'rfc7515', specUrl: JWS('4.1.4'), use: 'select-key' },
  x5t: { source: 'rfc7515', specUrl: JWS('4.1.7'), use: 'legacy', seeAlso: MS_ACCESS_TOKEN_CLAIMS },
  'x5t#S256': { source: 'rfc7515', specUrl: JWS('4.1.8'), use: 'select-key' },
  // Not JOSE: Microsoft Graph puts a pre-image here and signs its SHA-256 (domain facts §4).
  nonce: { source: 'microsoft', specUrl: MS_ACCESS_TOKEN_CLAIMS, use: 'special' },
  cty: { source: 'rfc7515', specUrl: JWS('4.1.10'), use: 'check' },
  crit: { source: 'rfc7515', specUrl: JWS('4.1.11'), use: 'check' },
  jku: { source: 'rfc7515', specUrl: JWS('4.1.2'), use: 'never-trust', seeAlso: rfc(8725, '3.10') },
  jwk: { source: 'rfc7515', specUrl: JWS('4.1.3'), use: 'never-trust', seeAlso: rfc(8725, '3.10') },
  x5u: { source: 'rfc7515', specUrl: JWS('4.1.5'), use: 'never-trust', seeAlso: rfc(8725, '3.10') },
  x5c: { source: 'rfc7515', specUrl: JWS('4.1.6'), use: 'never-trust', seeAlso: rfc(8725, '3.10') },
  b64: { source: 'rfc7797', specUrl: rfc(7797, '3'), use: 'special' },
  enc: { source: 'rfc7516', specUrl: JWE('4.1.2'), use: 'decrypt' },
  zip: { source: 'rfc7516', specUrl: JWE('4.1.3'), use: 'decrypt' },
  epk: { source: 'rfc7518', specUrl: rfc(7518, '4.6.1.1'), use: 'decrypt' },
  apu: { source: 'rfc7518', specUrl: rfc(7518, '4.6.1.2'), use: 'decrypt' },
  apv: { source: 'rfc7518', specUrl: rfc(7518, '4.6.1.3'), use: 'decrypt' },
  iv: { source: 'rfc7518', specUrl: rfc(7518, '4.7.1.1'), use: 'decrypt' },
  tag: { source: 'rfc7518', specUrl: rfc(7518, '4.7.1.2'), use: 'decrypt' },
  // Copies of claims in the header, so an encrypted token can be routed before decryption.
  iss: { source: 'rfc7519', specUrl: rfc(7519, '5.3'), use: 'check' },
  sub: { source: 'rfc7519', specUrl: rfc(7519, '5.3'), use: 'check' },
  aud: { source: 'rfc7519', specUrl: rfc(7519, '5.3'), use: 'check' },
  url: { source: 'rfc8555', specUrl: rfc(8555, '6.4'), use: 'check' },
  ppt: { source: 'rfc8225', specUrl: rfc(8225, '8.1'), use: 'check' },
  // Statements a verifier may use only after checking them against its own trust anchors.
  trust_chain: { source: 'openid-federation', specUrl: OPENID_FEDERATION, use: 'never-trust' },
} as const satisfies Record<HeaderName, HeaderInfo>;

const HEADER_MAP: ReadonlyMap<string, HeaderInfo> = new Map(Object.entries(HEADERS));

export type HeaderDescription = ({ readonly custom: false; readonly name: HeaderName } & HeaderInfo) | { readonly custom: true };

/** Narrows a string to a known header parameter name; prototype keys are not names. */
export function isHeaderName(name: string): name is HeaderName {
  return HEADER_MAP.has(name);
}

/**
 * Looks a JOSE header parameter up; unknown names are `{ custom: true }`.
 * Does not validate the value (e.g. whether `alg` is allowed).
 */
export function describeHeader(name: string): HeaderDescription {
  const info = HEADER_MAP.get(name);
  return info !== undefined && isHeaderName(name) ? { custom: false, name, ...info } : { custom: true };
}
