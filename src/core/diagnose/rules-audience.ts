import { finding } from './finding';
import { stringOf } from './token-facts';
import type { Finding } from './finding';
import type { Rule } from './token-facts';
import { isGuid } from '../guid';
import { nameAudience } from '../claims/well-known';
import { firstPartyResource, type FirstPartyResourceId } from '../claims/well-known-ids';

const API_RESOURCE = { graph: 'microsoft-graph', arm: 'azure-resource-manager' } as const satisfies Record<
  'graph' | 'arm',
  FirstPartyResourceId
>;

/** The first-party resource an audience names (one table: core/claims/well-known-ids). */
function knownResourceOf(audience: string): FirstPartyResourceId | undefined {
  return nameAudience(audience)?.id;
}

/** Trailing slashes are not significant when comparing audiences (v1 App ID URIs appear both ways). */
export function normalizeAudience(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  return isGuid(trimmed) ? trimmed.toLowerCase() : trimmed;
}

/**
 * `aud` does not name the API that was called: e.g. an Azure AD Graph, Outlook or
 * SharePoint token sent to Microsoft Graph, or another API's token sent to ARM or to the
 * user's own API (App ID URI or client ID, trailing slash ignored, `api://{guid}` equal
 * to `{guid}`). For a custom API it only fires when the comparison is conclusive: both
 * sides are GUIDs, both are URIs, or `aud` is a known first-party resource.
 * Does not fire for a Graph token sent to a custom API (see graphTokenForCustomApiRule).
 */
export const audienceRule: Rule = ({ context }, { audiences }) => {
  const { api } = context;
  if (api === undefined) return [];
  const resources = audiences.map(knownResourceOf);
  const audienceResource = resources.find((r) => r !== undefined) ?? 'unknown';
  const mismatch = (expected: string[]): Finding[] => [
    finding('audience-mismatch', 'error', { audience: audiences, expected, api, audienceResource }),
  ];

  if (api === 'graph' || api === 'arm') {
    const wanted = API_RESOURCE[api];
    if (resources.includes(wanted)) return [];
    const row = firstPartyResource(wanted);
    return mismatch([row.appId, ...row.v1Audiences]);
  }

  const custom = context.customApi?.trim();
  if (custom === undefined || custom === '') return [];
  if (resources.includes('microsoft-graph')) return [];
  const expected = normalizeAudience(custom);
  if (audiences.some((aud) => sameApi(normalizeAudience(aud), expected))) return [];
  // A v2 token carries the client ID while the user may have typed the App ID URI (or the
  // reverse for v1): those cannot be compared, so only same-shaped values count.
  const conclusive =
    audiences.length === 0 ||
    audienceResource !== 'unknown' ||
    audiences.some((aud) => (guidOf(normalizeAudience(aud)) === undefined) === (guidOf(expected) === undefined));
  return conclusive ? mismatch([custom]) : [];
};

/** The client ID a value names: a bare GUID or the default App ID URI `api://{guid}`. */
function guidOf(value: string): string | undefined {
  const bare = value.replace(/^api:\/\//i, '').toLowerCase();
  return isGuid(bare) ? bare : undefined;
}

function sameApi(aud: string, expected: string): boolean {
  if (aud === expected) return true;
  const guid = guidOf(aud);
  return guid !== undefined && guid === guidOf(expected);
}

/**
 * A Microsoft Graph token (aud Graph, or the proprietary `nonce` in the JOSE header)
 * is being validated by the user's own API. Such tokens are meant for Graph only; their
 * signature does not verify with standard libraries and accepting them is a confused-deputy risk.
 * Does not fire unless the stated API is `custom`.
 */
export const graphTokenForCustomApiRule: Rule = ({ header, context }, { audiences }) => {
  if (context.api !== 'custom') return [];
  const signals: ('aud' | 'header-nonce')[] = [];
  if (audiences.some((aud) => knownResourceOf(aud) === 'microsoft-graph')) signals.push('aud');
  if (typeof header['nonce'] === 'string') signals.push('header-nonce');
  if (signals.length === 0) return [];
  return [finding('graph-token-for-custom-api', 'error', { audience: audiences, signals })];
};

/**
 * The token format version (`ver`, or the issuer form when `ver` is missing) differs from
 * what the API expects. v1 tokens come from `https://sts.windows.net/{tid}/`, v2 tokens
 * from `https://login.microsoftonline.com/{tid}/v2.0`; the API's `requestedAccessTokenVersion`
 * decides which one Entra issues. Skipped for Graph/ARM (their tokens are always v1) and B2C.
 * Does not check the issuer against discovery metadata.
 */
export const versionRule: Rule = ({ payload, context }, { iss, tid }) => {
  const expected = context.expectedVersion;
  if (expected === undefined || context.api === 'graph' || context.api === 'arm') return [];
  if (iss !== undefined && /b2clogin\.com|ciamlogin\.com/i.test(iss)) return [];
  const version = tokenVersion(stringOf(payload['ver']), iss);
  if (version === undefined || version === expected) return [];
  const tenant = tid ?? '{tid}';
  const expectedIssuer = expected === '1.0' ? `https://sts.windows.net/${tenant}/` : `https://login.microsoftonline.com/${tenant}/v2.0`;
  return [
    finding('token-version-mismatch', 'error', { tokenVersion: version, expectedVersion: expected, issuer: iss ?? '', expectedIssuer }),
  ];
};

function tokenVersion(ver: string | undefined, iss: string | undefined): '1.0' | '2.0' | undefined {
  if (ver === '1.0' || ver === '2.0') return ver;
  if (iss === undefined) return undefined;
  if (/^https:\/\/sts\.(windows\.net|chinacloudapi\.cn)\//i.test(iss)) return '1.0';
  if (/\/v2\.0\/?$/.test(iss)) return '2.0';
  return undefined;
}
