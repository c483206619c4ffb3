import { finding } from './finding';
import { KNOWN_RESOURCES, knownResourceOf } from './well-known-ids';
import type { Rule } from './token-facts';
import type { KnownResource } from './well-known-ids';

const RESOURCE = { sharepoint: 'sharepoint-online', exchange: 'exchange-online' } as const satisfies Record<'sharepoint' | 'exchange', KnownResource>;

/**
 * A token for another API sent to SharePoint (REST, /_api) or Exchange / Outlook (EWS, REST).
 * The other direction (a SharePoint or Outlook token sent to Microsoft Graph) is caught by
 * audienceRule, which names the token's resource. Graph tokens do not work against SharePoint's
 * own REST API and vice versa: each resource only accepts tokens whose `aud` is itself.
 */
export const firstPartyApiRule: Rule = ({ context }, { audiences }) => {
  const api = context.api;
  if (api !== 'sharepoint' && api !== 'exchange') return [];
  const wanted = RESOURCE[api];
  const resources = audiences.map(knownResourceOf);
  if (resources.includes(wanted)) return [];
  const ids = KNOWN_RESOURCES[wanted];
  const expected = api === 'sharepoint' ? [ids.appId, 'https://{tenant}.sharepoint.com'] : [ids.appId, ...ids.uris];
  return [finding('audience-mismatch', 'error', { audience: audiences, expected, api, audienceResource: resources.find((r) => r !== undefined) ?? 'unknown' })];
};
