import { discoveryCandidates, type CandidateReason } from '../discovery/discovery-candidates';
import { checkFetchUrl, type FetchUrlError } from '../discovery/fetch-url';
import { isGuid } from '../guid';

/** How the "Issuer" field was read. */
export type IssuerInputKind = 'discovery_url' | 'issuer_url' | 'entra_tenant' | 'b2c_user_flow';

export type IssuerInputError =
  { readonly code: 'empty' } | { readonly code: 'not_understood' } | { readonly code: 'not_fetchable'; readonly reason: FetchUrlError };

export type ResolvedIssuer = {
  readonly kind: IssuerInputKind;
  /** The OpenID metadata URL the page fetches. */
  readonly discoveryUrl: string;
  /** The rule of src/core/discovery that produced the URL (absent for a typed discovery URL). */
  readonly reason?: CandidateReason;
};

export type IssuerInputResult =
  { readonly ok: true; readonly value: ResolvedIssuer } | { readonly ok: false; readonly error: IssuerInputError };

const WELL_KNOWN = /\/\.well-known\/(openid-configuration|oauth-authorization-server)(\/|$|\?)/;
// Microsoft's multi-tenant aliases (domain-facts 2a) and verified domains such as contoso.onmicrosoft.com.
const ALIASES = new Set(['common', 'organizations', 'consumers']);
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;
// B2C user flows are named B2C_1_..., custom policies B2C_1A_... (case-insensitive in URLs).
const B2C_POLICY = /^b2c_1a?_[\w-]+$/i;

function resolved(kind: IssuerInputKind, url: string, reason?: CandidateReason): IssuerInputResult {
  const checked = checkFetchUrl(url);
  if (!checked.ok) return { ok: false, error: { code: 'not_fetchable', reason: checked.error } };
  return { ok: true, value: { kind, discoveryUrl: checked.url, ...(reason === undefined ? {} : { reason }) } };
}

/** The first discovery URL the shared rules propose for `iss` (plus `tfp` for B2C). */
function fromRules(kind: IssuerInputKind, payload: Record<string, string>): IssuerInputResult {
  const first = discoveryCandidates(payload)[0];
  if (first === undefined) return { ok: false, error: { code: 'not_understood' } };
  return resolved(kind, first.url, first.reason);
}

function b2c(tenant: string, policy: string): IssuerInputResult {
  const name = tenant.replace(/\.onmicrosoft\.com$/i, '').replace(/\.b2clogin\.com$/i, '');
  if (!/^[a-z0-9-]+$/i.test(name)) return { ok: false, error: { code: 'not_understood' } };
  return fromRules('b2c_user_flow', { iss: `https://${name}.b2clogin.com/${name}.onmicrosoft.com/v2.0/`, tfp: policy });
}

/**
 * Reads the "Issuer" field into the metadata URL to fetch, through the same discovery rules as
 * verification (src/core/discovery): a discovery URL as typed; an issuer URL (Entra, B2C, any OIDC
 * provider); a Microsoft tenant GUID, domain, `common`, `organizations` or `consumers` (Entra v2
 * metadata on the global cloud); or `tenant/B2C_1_flow` for Azure AD B2C.
 * Does NOT fetch anything and does NOT check that the provider exists.
 */
export function resolveIssuerInput(text: string): IssuerInputResult {
  const input = text.trim();
  if (input === '') return { ok: false, error: { code: 'empty' } };
  if (/^[a-z][a-z0-9+.-]*:/i.test(input)) {
    if (WELL_KNOWN.test(input)) return resolved('discovery_url', input);
    const checked = checkFetchUrl(input);
    if (!checked.ok) return { ok: false, error: { code: 'not_fetchable', reason: checked.error } };
    return fromRules('issuer_url', { iss: input });
  }
  const parts = input.split('/').filter((p) => p !== '');
  const [tenant, policy] = parts;
  if (parts.length === 2 && tenant !== undefined && policy !== undefined && B2C_POLICY.test(policy)) return b2c(tenant, policy);
  if (parts.length !== 1 || tenant === undefined) return { ok: false, error: { code: 'not_understood' } };
  if (ALIASES.has(tenant.toLowerCase()) || isGuid(tenant) || DOMAIN.test(tenant)) {
    return fromRules('entra_tenant', { iss: `https://login.microsoftonline.com/${tenant}/v2.0` });
  }
  return { ok: false, error: { code: 'not_understood' } };
}
