import { FIRST_PARTY_RESOURCES } from '../claims/well-known-ids';
import type { ApiKind } from '../diagnose/finding';

/** The API of a called host, as the diagnosis names APIs. */
export type ApiOfHost = { api: ApiKind; resource: string | null };

function hostOfUri(uri: string): string | null {
  try {
    return new URL(uri).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Which API a request went to, from its host: Microsoft Graph and Azure Resource Manager by their
 * hosts in every cloud, other first-party resources by their audience URI (from the one first-party
 * table). Any other host is a custom API whose App ID URI cannot be known from the host (a v2
 * token's aud is the client ID), so `resource` stays null rather than guessed: a guess would report
 * audience mismatches that are not there.
 */
export function apiOfHost(host: string | null): ApiOfHost | null {
  if (host === null) return null;
  for (const r of FIRST_PARTY_RESOURCES) {
    const uri = r.v1Audiences.find((u) => hostOfUri(u) === host);
    const matched = uri ?? (r.hostPattern?.test(host) ? `https://${host}` : undefined);
    if (matched === undefined) continue;
    if (r.id === 'microsoft-graph') return { api: 'graph', resource: null };
    if (r.id === 'azure-resource-manager') return { api: 'arm', resource: null };
    return { api: 'custom', resource: matched };
  }
  return { api: 'custom', resource: null };
}

/** Where the 401/403 diagnosis starts from for an exchange: its API and its WWW-Authenticate challenge. */
export type DiagnosisStart = { api?: ApiKind; customApi?: string; wwwAuthenticate?: string };

/** The diagnosis inputs an exchange supplies; the person can still change them in the form. */
export function diagnosisStart(exchange: { host: string | null; wwwAuthenticate: string | null }): DiagnosisStart {
  const out: DiagnosisStart = {};
  const api = apiOfHost(exchange.host);
  if (api) out.api = api.api;
  if (api?.resource) out.customApi = api.resource;
  if (exchange.wwwAuthenticate !== null) out.wwwAuthenticate = exchange.wwwAuthenticate;
  return out;
}
