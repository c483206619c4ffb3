import { ISSUER_ONLY_HOSTS, MICROSOFT_LOGIN_HOST_FOR_ISSUER, hostIsUnder } from './microsoft-hosts';
import { isGuid } from '../guid';

/** Why a URL was proposed. */
export type CandidateReason =
  | 'entra_v1'
  | 'entra_v2'
  | 'b2c_policy_from_tfp'
  | 'b2c_policy_from_acr'
  | 'b2c_policy_query'
  | 'b2c_tfp_issuer'
  | 'entra_external_id'
  | 'oidc_issuer'
  | 'oidc_issuer_https_assumed'
  | 'rfc8414';

export interface DiscoveryCandidate {
  readonly url: string;
  readonly reason: CandidateReason;
}

const OIDC_SUFFIX = '/.well-known/openid-configuration';

function issuerUrl(iss: string): { url: URL; assumedHttps: boolean } | null {
  // Legacy Google tokens carry "accounts.google.com" without a scheme.
  const assumedHttps = !/^[a-z][a-z0-9+.-]*:\/\//i.test(iss);
  try {
    return { url: new URL(assumedHttps ? `https://${iss}` : iss), assumedHttps };
  } catch {
    return null;
  }
}

function trimSlash(text: string): string {
  return text.replace(/\/+$/, '');
}

function entraCandidates(url: URL, payload: Readonly<Record<string, unknown>>): DiscoveryCandidate[] {
  const loginHost = MICROSOFT_LOGIN_HOST_FOR_ISSUER[url.hostname];
  const segment = url.pathname.split('/').filter((s) => s !== '')[0];
  const tenant = isGuid(payload['tid']) ? payload['tid'] : segment;
  if (loginHost === undefined || tenant === undefined) return [];
  // Choose metadata by the token's `ver`, not by the issuer shape (Entra access-token docs).
  const ver = payload['ver'];
  const v2 = ver === '2.0' || (ver !== '1.0' && /\/v2\.0\/?$/.test(url.pathname));
  return [
    v2
      ? { url: `https://${loginHost}/${tenant}/v2.0${OIDC_SUFFIX}`, reason: 'entra_v2' }
      : { url: `https://${loginHost}/${tenant}${OIDC_SUFFIX}`, reason: 'entra_v1' },
  ];
}

function b2cCandidates(url: URL, payload: Readonly<Record<string, unknown>>): DiscoveryCandidate[] {
  // B2C metadata and keys are per policy (user flow), read from `tfp` or, in old tokens, `acr`.
  const policy = typeof payload['tfp'] === 'string' ? payload['tfp'] : typeof payload['acr'] === 'string' ? payload['acr'] : undefined;
  if (policy === undefined) return [];
  const tenantName = url.hostname.split('.')[0] ?? '';
  const base = `https://${url.hostname}/${tenantName}.onmicrosoft.com`;
  const reason = typeof payload['tfp'] === 'string' ? 'b2c_policy_from_tfp' : 'b2c_policy_from_acr';
  return [
    { url: `${base}/${encodeURIComponent(policy)}/v2.0${OIDC_SUFFIX}`, reason },
    { url: `${base}/v2.0${OIDC_SUFFIX}?p=${encodeURIComponent(policy)}`, reason: 'b2c_policy_query' },
  ];
}

function rfc8414(url: URL): string {
  // RFC 8414 3.1: the well-known segment goes between the host and the issuer's path.
  const path = trimSlash(url.pathname);
  return `${url.origin}/.well-known/oauth-authorization-server${path}`;
}

/**
 * Proposes metadata URLs for a token's issuer, best first, with the rule that produced each:
 * Entra v1/v2 (by `ver`, sovereign hosts mapped to their login host), B2C (policy from `tfp` or
 * `acr`, or the `/tfp/` issuer form), Entra External ID, then the OIDC Discovery rule and RFC 8414.
 * Does NOT fetch anything or decide whether a URL may be fetched (see checkFetchUrl).
 */
export function discoveryCandidates(payload: Readonly<Record<string, unknown>>): DiscoveryCandidate[] {
  const iss = payload['iss'];
  if (typeof iss !== 'string' || iss.trim() === '') return [];
  const parsed = issuerUrl(iss.trim());
  if (parsed === null) return [];
  const { url, assumedHttps } = parsed;
  const host = url.hostname;
  const generic: DiscoveryCandidate = {
    url: `${trimSlash(url.href)}${OIDC_SUFFIX}`,
    reason: assumedHttps ? 'oidc_issuer_https_assumed' : 'oidc_issuer',
  };
  let microsoft: DiscoveryCandidate[] | null = null;
  if (/\/tfp\//i.test(url.pathname)) microsoft = [{ url: generic.url, reason: 'b2c_tfp_issuer' }];
  else if (hostIsUnder(host, 'b2clogin.com')) microsoft = b2cCandidates(url, payload);
  else if (hostIsUnder(host, 'ciamlogin.com')) microsoft = [{ url: generic.url, reason: 'entra_external_id' }];
  else if (MICROSOFT_LOGIN_HOST_FOR_ISSUER[host] !== undefined) {
    microsoft = entraCandidates(url, payload);
    if (ISSUER_ONLY_HOSTS.has(host)) return microsoft;
  }
  // Microsoft hosts do not serve RFC 8414 metadata, so that fallback is for everyone else.
  const all = microsoft === null ? [generic, { url: rfc8414(url), reason: 'rfc8414' as const }] : [...microsoft, generic];
  return all.filter((candidate, index) => all.findIndex((other) => other.url === candidate.url) === index);
}
