import { finding } from './finding';
import { stringOf } from './token-facts';
import type { Rule } from './token-facts';

/**
 * An Entra app-only token without `oid`. In app-only tokens `oid` is the object ID of the client's
 * service principal in the tenant; when it is missing, the app has no service principal there, and
 * Microsoft Graph answers 401 "identity of the calling application could not be established"
 * (Microsoft's Graph troubleshooting article). Entra tokens only (a `tid` is present).
 * Does not fire for delegated tokens or ID tokens, which always name a user.
 */
export const appOnlyWithoutOidRule: Rule = ({ payload }, facts) => {
  if (facts.kind !== 'app-only' || facts.tid === undefined || payload['oid'] !== undefined) return [];
  const appId = stringOf(payload['appid']) ?? stringOf(payload['azp']) ?? '';
  return [finding('app-only-without-oid', 'error', { appId })];
};
