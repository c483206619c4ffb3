import type { ClaimInfo, ExtraClaimName } from './catalog-types';
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

/** Rows for the claims of ExtraClaimName (catalog-types.ts). */
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
