import { isGuid } from './well-known';
import { MSA_TENANT_ID } from './well-known-ids';
import { ownClaim } from './format';

export type TokenFamily =
  | 'entra-v1'
  | 'entra-v2'
  | 'entra-msa'
  | 'b2c'
  | 'external-id'
  | 'google'
  | 'okta'
  | 'auth0'
  | 'keycloak'
  | 'cognito'
  | 'generic'
  | 'unknown';

type Payload = Readonly<Record<string, unknown>>;

// v1 issuers are `https://{sts host}/{tid}/` (domain facts §3a, China uses its own STS host).
const ENTRA_V1_ISS = /^https:\/\/(sts\.windows\.net|sts\.chinacloudapi\.cn)\/([0-9a-f-]{36})\/$/i;
// v2 issuers per cloud; China's issuer host differs from its login host (MSAL-META).
const ENTRA_V2_ISS =
  /^https:\/\/(login\.microsoftonline\.(?:com|us)|login\.partner\.microsoftonline\.cn|login\.chinacloudapi\.cn|login\.sovcloud-identity\.(?:fr|de|sg))\/([0-9a-f-]{36})\/v2\.0$/i;
const B2C_HOST = /^https:\/\/[^/]+\.b2clogin\.com\//i;
const B2C_TFP_PATH = /^https:\/\/[^/]+\/tfp\/([^/]+)\/[^/]+\/v2\.0\/?$/i;
const CIAM_HOST = /^https:\/\/[^/]+\.ciamlogin\.com\//i;
const COGNITO_ISS = /^https:\/\/cognito-idp\.[a-z0-9-]+\.amazonaws\.com\/[^/]+$/i;
const OKTA_HOST = /^https:\/\/[^/]+\.(okta|oktapreview|okta-emea)\.com(\/|$)/i;
const AUTH0_HOST = /^https:\/\/[^/]+\.auth0\.com\/$/i;
// Keycloak 17+ uses /realms/{realm}; older versions prefix /auth.
const KEYCLOAK_PATH = /^https?:\/\/[^/]+(\/auth)?\/realms\/[^/]+$/i;
const GUID_IN_PATH = /\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/|$)/i;

export type FamilyResult = {
  readonly family: TokenFamily;
  readonly tenantId?: string;
};

/**
 * Infers the issuing product from `iss` plus a few provider-specific claims
 * (`tfp`, Okta `cid`/`jti` prefixes, Auth0 `sub` prefixes, Keycloak `realm_access`).
 * This is a label for explanations, not an issuer check: nothing here is verified.
 */
export function detectFamily(payload: Payload): FamilyResult {
  const iss = ownClaim(payload, 'iss');
  if (typeof iss !== 'string' || iss === '') return { family: 'unknown' };
  const tidClaim = ownClaim(payload, 'tid');
  const tid = isGuid(tidClaim) ? tidClaim.toLowerCase() : undefined;
  const pathGuid = GUID_IN_PATH.exec(iss)?.[1]?.toLowerCase();

  if (isB2c(payload, iss)) return withTenant('b2c', pathGuid);
  if (CIAM_HOST.test(iss)) return withTenant('external-id', tid ?? pathGuid);
  const v1 = ENTRA_V1_ISS.exec(iss);
  const v2 = v1 === null ? ENTRA_V2_ISS.exec(iss) : null;
  const entraMatch = v1 ?? v2;
  if (entraMatch !== null) {
    const tenant = tid ?? entraMatch[2]?.toLowerCase();
    if (tenant === MSA_TENANT_ID) return withTenant('entra-msa', tenant);
    return withTenant(v1 !== null ? 'entra-v1' : 'entra-v2', tenant);
  }
  if (iss === 'https://accounts.google.com' || iss === 'accounts.google.com') return { family: 'google' };
  if (COGNITO_ISS.test(iss)) return { family: 'cognito' };
  if (OKTA_HOST.test(iss) || looksLikeOkta(payload)) return { family: 'okta' };
  if (AUTH0_HOST.test(iss) || looksLikeAuth0(payload)) return { family: 'auth0' };
  if (KEYCLOAK_PATH.test(iss) || looksLikeKeycloak(payload)) return { family: 'keycloak' };
  return { family: 'generic' };
}

function withTenant(family: TokenFamily, tenantId: string | undefined): FamilyResult {
  return tenantId === undefined ? { family } : { family, tenantId };
}

function isB2c(payload: Payload, iss: string): boolean {
  if (B2C_HOST.test(iss) || B2C_TFP_PATH.test(iss)) return true;
  if (typeof ownClaim(payload, 'tfp') === 'string') return true;
  // Legacy B2C tokens carry the policy in `acr` instead of `tfp` (domain facts §1c).
  const acr = ownClaim(payload, 'acr');
  return typeof acr === 'string' && /^b2c_1a?_/i.test(acr);
}

function looksLikeOkta(payload: Payload): boolean {
  // Okta token ids are prefixed `AT.` / `ID.` and `ver` is the number 1 (custom domains).
  const jti = ownClaim(payload, 'jti');
  return ownClaim(payload, 'ver') === 1 && typeof jti === 'string' && /^(AT|ID)\./.test(jti);
}

function looksLikeAuth0(payload: Payload): boolean {
  // Custom domains: Auth0's own `gty` claim, database users `auth0|…`, M2M subjects `…@clients`.
  if (typeof ownClaim(payload, 'gty') === 'string') return true;
  const sub = ownClaim(payload, 'sub');
  return typeof sub === 'string' && (/^auth0\|/.test(sub) || sub.endsWith('@clients'));
}

function looksLikeKeycloak(payload: Payload): boolean {
  const access = ownClaim(payload, 'realm_access');
  return typeof access === 'object' && access !== null && ownClaim(payload, 'typ') !== undefined;
}
