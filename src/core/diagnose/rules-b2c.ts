import { detectFamily } from '../claims/classify-family';
import { finding } from './finding';
import { permissionMissingRule } from './rules-permissions';
import type { Finding } from './finding';
import type { Rule } from './token-facts';

/**
 * Azure AD B2C specifics (seed 002, "Requesting access tokens" in Azure AD B2C):
 * - `scp` holds only the permissions actually granted to the client; a request for more still
 *   succeeds when at least one is granted, so a missing permission means it was never granted;
 * - B2C never asks users for consent: an admin grants API permissions to the client;
 * - one token request serves one API, and a request for an access token (response_type=token or
 *   code) needs a resource scope beside openid / offline_access.
 * Fires only for tokens whose issuer is a B2C host or a /tfp/ path.
 */
export const b2cRule: Rule = (input, facts) => {
  if (detectFamily(input.payload).family !== 'b2c') return [];
  const out: Finding[] = [];
  const missing = permissionMissingRule(input, facts).find((f) => f.id === 'permission-missing');
  if (missing?.id === 'permission-missing' && missing.evidence.claim === 'scp') {
    out.push(finding('b2c-permission-not-granted', 'info', { required: missing.evidence.required, granted: facts.scopes }));
  }
  // An access token for an API always carries scp in B2C; without it the request named no API (a token
  // asked for with only openid or the client ID reads like an ID token: aud is the client itself).
  const apiStated = input.context.api !== undefined || (input.context.customApi ?? '') !== '';
  if (apiStated && facts.scopes.length === 0) {
    out.push(finding('b2c-no-resource-scope', 'warning', { audience: facts.audiences }));
  }
  return out;
};
