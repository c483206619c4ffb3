import { firstPartyResource } from '../core/claims/well-known-ids';
import type { ClaimSource } from '../core/claims/catalog-types';
import type { TokenFamily } from '../core/claims/classify';
import type { HeaderSource } from '../core/claims/header-catalog';

// Product and specification names read the same in every language, so they are written once here
// and spread into each language's catalog; only the descriptive ones are translated there.

/** Issuing products, by token family. */
export const FAMILY_NAMES = {
  b2c: 'Azure AD B2C',
  'external-id': 'Microsoft Entra External ID',
  google: 'Google',
  okta: 'Okta',
  auth0: 'Auth0',
  keycloak: 'Keycloak',
  cognito: 'Amazon Cognito',
} as const satisfies Partial<Record<TokenFamily, string>>;

/** Documents and vendors that define claims. */
export const CLAIM_SOURCE_NAMES = {
  rfc7519: 'RFC 7519 (JWT)',
  'oidc-core': 'OpenID Connect Core',
  microsoft: 'Microsoft',
  'microsoft-undocumented': 'Microsoft',
  b2c: FAMILY_NAMES.b2c,
  google: FAMILY_NAMES.google,
  okta: FAMILY_NAMES.okta,
  auth0: FAMILY_NAMES.auth0,
  keycloak: FAMILY_NAMES.keycloak,
  cognito: FAMILY_NAMES.cognito,
} as const satisfies Partial<Record<ClaimSource, string>>;

/** Documents that define JOSE header parameters. */
export const HEADER_SOURCE_NAMES = {
  rfc7515: 'RFC 7515 (JWS)',
  rfc7516: 'RFC 7516 (JWE)',
  rfc7518: 'RFC 7518 (JWA)',
  rfc7797: 'RFC 7797',
  microsoft: 'Microsoft',
  rfc7519: 'RFC 7519 (JWT)',
  rfc8555: 'RFC 8555 (ACME)',
  rfc8225: 'RFC 8225 (PASSporT)',
  'openid-federation': 'OpenID Federation',
} as const satisfies Record<HeaderSource, string>;

/** The first-party APIs the diagnosis form offers, named from the one resource table. */
export const API_NAMES = {
  graph: firstPartyResource('microsoft-graph').name,
  arm: firstPartyResource('azure-resource-manager').name,
  // The product's own REST endpoints (not Graph): SharePoint /_api, Exchange EWS / Outlook REST.
  sharepoint: 'SharePoint REST API',
  exchange: 'Exchange / Outlook (EWS or REST)',
} as const;
