import type { ClaimInfo, ClaimName } from './catalog-types';
import { row } from './catalog-row';
import {
  AUTH0_CLAIMS,
  AUTH0_ORGANIZATIONS,
  COGNITO_ACCESS_TOKEN as COGNITO_AT,
  COGNITO_ID_TOKEN as COGNITO_ID,
  GOOGLE_ID_TOKEN,
  KEYCLOAK_DOCS,
  OKTA_TOKENS,
} from './spec-urls';

/** Claims specific to AWS Cognito, Google, Auth0, Okta and Keycloak (domain facts §1e). */
export const PROVIDER_CLAIMS = {
  token_use: row('cognito', COGNITO_AT, 'yes', 'enum', COGNITO_ID),
  'cognito:username': row('cognito', COGNITO_ID, 'no', 'string'),
  username: row('cognito', COGNITO_AT, 'no', 'string'),
  'cognito:groups': row('cognito', COGNITO_AT, 'yes', 'list'),
  'cognito:roles': row('cognito', COGNITO_ID, 'with-care', 'list'),
  'cognito:preferred_role': row('cognito', COGNITO_ID, 'with-care', 'string'),
  origin_jti: row('cognito', COGNITO_AT, 'n/a', 'guid'),
  event_id: row('cognito', COGNITO_AT, 'n/a', 'guid'),
  version: row('cognito', COGNITO_AT, 'n/a', 'number'),

  hd: row('google', GOOGLE_ID_TOKEN, 'with-care', 'string'),

  gty: row('auth0', AUTH0_CLAIMS, 'n/a', 'string'),
  permissions: row('auth0', AUTH0_CLAIMS, 'yes', 'list'),
  org_id: row('auth0', AUTH0_ORGANIZATIONS, 'yes', 'string'),
  org_name: row('auth0', AUTH0_ORGANIZATIONS, 'with-care', 'string'),

  cid: row('okta', OKTA_TOKENS, 'yes', 'string'),
  uid: row('okta', OKTA_TOKENS, 'with-care', 'string'),

  typ: row('keycloak', KEYCLOAK_DOCS, 'n/a', 'enum'),
  realm_access: row('keycloak', KEYCLOAK_DOCS, 'yes', 'object'),
  resource_access: row('keycloak', KEYCLOAK_DOCS, 'yes', 'object'),
  session_state: row('keycloak', KEYCLOAK_DOCS, 'no', 'string'),
  'allowed-origins': row('keycloak', KEYCLOAK_DOCS, 'n/a', 'list'),
} satisfies Partial<Record<ClaimName, ClaimInfo>>;
