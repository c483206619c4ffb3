/**
 * The few Microsoft identifiers the diagnosis rules compare against. Kept here, not in
 * the claim catalog, so the rules do not depend on another module's data shape.
 */

/** Tenant of personal Microsoft accounts (MSA), seen in `tid` and `iss`: one definition, in the claim catalog. */
export { MSA_TENANT_ID } from '../claims/well-known-ids';

/** First-party resources a token's `aud` may name. */
export type KnownResource =
  | 'microsoft-graph'
  | 'azure-ad-graph'
  | 'exchange-online'
  | 'sharepoint-online'
  | 'azure-resource-manager'
  | 'azure-key-vault'
  | 'azure-storage'
  | 'azure-sql'
  | 'power-bi'
  | 'dynamics-crm'
  | 'azure-devops';

type ResourceIds = { appId: string; uris: readonly string[]; uriPattern?: RegExp };

/**
 * App IDs and v1 audience URIs (compared without trailing slash). Graph and ARM also list
 * their US Government and China hosts so tokens from those clouds are recognised.
 */
export const KNOWN_RESOURCES = {
  'microsoft-graph': {
    appId: '00000003-0000-0000-c000-000000000000',
    uris: ['https://graph.microsoft.com', 'https://graph.microsoft.us', 'https://dod-graph.microsoft.us', 'https://microsoftgraph.chinacloudapi.cn'],
  },
  'azure-ad-graph': { appId: '00000002-0000-0000-c000-000000000000', uris: ['https://graph.windows.net'] },
  'exchange-online': {
    appId: '00000002-0000-0ff1-ce00-000000000000',
    uris: ['https://outlook.office.com', 'https://outlook.office365.com'],
  },
  'sharepoint-online': {
    appId: '00000003-0000-0ff1-ce00-000000000000',
    uris: [],
    uriPattern: /^https:\/\/[a-z0-9-]+(-my|-admin)?\.sharepoint\.(com|us|cn)$/i,
  },
  'azure-resource-manager': {
    appId: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
    uris: [
      'https://management.azure.com',
      'https://management.core.windows.net',
      'https://management.usgovcloudapi.net',
      'https://management.core.usgovcloudapi.net',
      'https://management.chinacloudapi.cn',
      'https://management.core.chinacloudapi.cn',
    ],
  },
  'azure-key-vault': { appId: 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093', uris: ['https://vault.azure.net'] },
  'azure-storage': { appId: 'e406a681-f3d4-42a8-90b6-c2b029497af1', uris: ['https://storage.azure.com'] },
  'azure-sql': { appId: '022907d3-0f1b-48f7-badc-1ba6abab6d66', uris: ['https://database.windows.net'] },
  'power-bi': { appId: '00000009-0000-0000-c000-000000000000', uris: ['https://analysis.windows.net/powerbi/api'] },
  'dynamics-crm': {
    appId: '00000007-0000-0000-c000-000000000000',
    uris: [],
    uriPattern: /^https:\/\/[a-z0-9-]+\.crm[0-9]*\.dynamics\.com$/i,
  },
  'azure-devops': { appId: '499b84ac-1321-427f-aa17-267ca6975798', uris: [] },
} as const satisfies Record<KnownResource, ResourceIds>;

/** Directory role template IDs (`wids`) whose holders may reset other users' passwords. */
export const PASSWORD_RESET_ADMIN_ROLES = {
  '62e90394-69f5-4237-9190-012177145e10': 'Global Administrator',
  '7be44c8a-adaf-4e2a-84d6-ab2649e08a13': 'Privileged Authentication Administrator',
  'fe930be7-5e62-47db-91af-98c3a49a38b1': 'User Administrator',
  '729827e3-9c14-49f7-bb1b-9608f156bbb8': 'Helpdesk Administrator',
  '966707d0-3269-4727-9be2-8c3a10f19b9d': 'Password Administrator',
  'c4e39bd9-1100-46d3-8c65-fb160da0071f': 'Authentication Administrator',
} as const satisfies Record<string, string>;

/** Trailing slashes are not significant when comparing audiences (v1 App ID URIs appear both ways). */
export function normalizeAudience(value: string): string {
  const trimmed = value.trim().replace(/\/+$/, '');
  return /^[0-9a-f-]{36}$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
}

/**
 * Names the first-party resource an audience belongs to, by app ID or v1 URI.
 * Does not recognise custom APIs or national-cloud hosts beyond those listed above.
 */
export function knownResourceOf(audience: string): KnownResource | undefined {
  const aud = normalizeAudience(audience);
  for (const [name, ids] of Object.entries(KNOWN_RESOURCES) as [KnownResource, ResourceIds][]) {
    if (aud === ids.appId) return name;
    if (ids.uris.some((uri) => uri.toLowerCase() === aud.toLowerCase())) return name;
    if (ids.uriPattern?.test(aud) === true) return name;
  }
  return undefined;
}
