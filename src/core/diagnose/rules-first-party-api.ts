import { finding } from './finding';
import { nameAudience } from '../claims/well-known';
import { firstPartyResource, type FirstPartyResourceId } from '../claims/well-known-ids';
import type { Rule } from './token-facts';

const RESOURCE = { sharepoint: 'sharepoint-online', exchange: 'exchange-online' } as const satisfies Record<
  'sharepoint' | 'exchange',
  FirstPartyResourceId
>;

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
  const resources = audiences.map((aud) => nameAudience(aud)?.id);
  if (resources.includes(wanted)) return [];
  const row = firstPartyResource(wanted);
  const expected = api === 'sharepoint' ? [row.appId, 'https://{tenant}.sharepoint.com'] : [row.appId, ...row.v1Audiences];
  const audienceResource = resources.find((r): r is FirstPartyResourceId => r !== undefined) ?? 'unknown';
  return [finding('audience-mismatch', 'error', { audience: audiences, expected, api, audienceResource })];
};
