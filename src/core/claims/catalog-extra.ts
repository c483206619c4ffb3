import type { ClaimInfo } from './catalog';
import { row } from './catalog-row';
import {
  COGNITO_ACCESS_TOKEN as COGNITO_AT,
  COGNITO_ID_TOKEN as COGNITO_ID,
  KEYCLOAK_DOCS,
  MS_AGENT_ID_CLAIMS as AGENT,
  MS_B2C_AGE_GATING as AGE,
  OIDC_IDENTITY_ASSURANCE,
  OIDC_SELF_ISSUED,
  SD_JWT,
  rfc,
} from './spec-urls';

/**
 * Identity-relevant claims added after the first catalog (issue 11): Entra Agent ID, RFC 9396
 * authorization details, DPoP proof claims (RFC 9449 §4.2), SD-JWT, OIDC self-issued and identity
 * assurance, Cognito, Keycloak service-account and B2C age-gating claims.
 */
export type ExtraClaimName =
  // Microsoft Entra Agent ID (agent-token-claims.md); xms_idrel/xms_act_fct/xms_sub_fct are documented there too
  | 'xms_tnt_fct' | 'xms_par_app_azp'
  // RFC 9396 and RFC 9449 (DPoP proof JWT)
  | 'authorization_details' | 'htm' | 'htu' | 'ath'
  // SD-JWT, OIDC Core §7.4, OpenID Identity Assurance
  | '_sd' | '_sd_alg' | 'sd_hash' | 'sub_jwk' | 'verified_claims'
  // AWS Cognito
  | 'device_key' | 'identities'
  // Keycloak service-account tokens
  | 'clientHost' | 'clientAddress' | 'clientId'
  // Azure AD B2C age gating
  | 'ageGroup' | 'consentProvidedForMinor' | 'legalAgeGroupClassification';

export const EXTRA_CLAIMS = {
  // The doc advises against authorizing on the parent app: it would grant access to many agents at once.
  xms_tnt_fct: row('microsoft', AGENT, 'with-care', 'space-list'),
  xms_par_app_azp: row('microsoft', AGENT, 'no', 'guid'),

  authorization_details: row('iana', rfc(9396, '2'), 'yes', 'object'),
  htm: row('iana', rfc(9449, '4.2'), 'n/a', 'string'),
  htu: row('iana', rfc(9449, '4.2'), 'n/a', 'uri'),
  ath: row('iana', rfc(9449, '4.2'), 'n/a', 'base64url'),

  _sd: row('ietf-draft', SD_JWT, 'n/a', 'list'),
  _sd_alg: row('ietf-draft', SD_JWT, 'n/a', 'string'),
  sd_hash: row('ietf-draft', SD_JWT, 'n/a', 'base64url'),
  sub_jwk: row('oidc-core', OIDC_SELF_ISSUED, 'n/a', 'object'),
  verified_claims: row('iana', OIDC_IDENTITY_ASSURANCE, 'with-care', 'object'),

  device_key: row('cognito', COGNITO_AT, 'no', 'string'),
  identities: row('cognito', COGNITO_ID, 'no', 'object'),

  clientHost: row('keycloak', KEYCLOAK_DOCS, 'no', 'string'),
  clientAddress: row('keycloak', KEYCLOAK_DOCS, 'no', 'string'),
  clientId: row('keycloak', KEYCLOAK_DOCS, 'with-care', 'string'),

  ageGroup: row('b2c', AGE, 'with-care', 'string'),
  consentProvidedForMinor: row('b2c', AGE, 'with-care', 'string'),
  legalAgeGroupClassification: row('b2c', AGE, 'with-care', 'string'),
} satisfies Record<ExtraClaimName, ClaimInfo>;
