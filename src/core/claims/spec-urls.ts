// Links to the documents that define each claim. Kept in one place so the
// catalog rows stay short and a moved page is fixed once.

const RFC = 'https://www.rfc-editor.org/rfc/';

/** rfc-editor.org link to an RFC, optionally at a section anchor. */
export function rfc(num: number, section?: string): string {
  return section === undefined ? `${RFC}rfc${num}` : `${RFC}rfc${num}#section-${section}`;
}

export const OIDC_CORE = 'https://openid.net/specs/openid-connect-core-1_0.html';
export const OIDC_STANDARD_CLAIMS = `${OIDC_CORE}#StandardClaims`;
export const OIDC_ID_TOKEN = `${OIDC_CORE}#IDToken`;
export const OIDC_HYBRID_ID_TOKEN = `${OIDC_CORE}#HybridIDToken`;
export const OIDC_AGGREGATED_CLAIMS = `${OIDC_CORE}#AggregatedDistributedClaims`;
export const OIDC_FRONT_CHANNEL_LOGOUT = 'https://openid.net/specs/openid-connect-frontchannel-1_0.html';

const LEARN = 'https://learn.microsoft.com/entra/identity-platform/';
export const MS_ACCESS_TOKEN_CLAIMS = `${LEARN}access-token-claims-reference`;
export const MS_ID_TOKEN_CLAIMS = `${LEARN}id-token-claims-reference`;
export const MS_OPTIONAL_CLAIMS = `${LEARN}optional-claims-reference`;
export const MS_CLAIMS_CHALLENGE = `${LEARN}claims-challenge`;
export const MS_CAE = `${LEARN}app-resilience-continuous-access-evaluation`;
export const MS_AUTH_CONTEXT = `${LEARN}developer-guide-conditional-access-authentication-context`;
export const MS_B2C_TOKENS = 'https://learn.microsoft.com/azure/active-directory-b2c/tokens-overview';
/** Microsoft staff confirming `xms_mirid` is a first-party-only claim (MicrosoftDocs/azure-docs #32131). */
export const MS_MIRID_ISSUE = 'https://github.com/MicrosoftDocs/azure-docs/issues/32131';

export const COGNITO_ACCESS_TOKEN =
  'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-access-token.html';
export const COGNITO_ID_TOKEN =
  'https://docs.aws.amazon.com/cognito/latest/developerguide/amazon-cognito-user-pools-using-the-id-token.html';
export const GOOGLE_ID_TOKEN = 'https://developers.google.com/identity/openid-connect/openid-connect';
export const AUTH0_CLAIMS = 'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-token-claims';
export const AUTH0_ORGANIZATIONS = 'https://auth0.com/docs/manage-users/organizations/using-tokens';
export const OKTA_TOKENS = 'https://developer.okta.com/docs/reference/api/oidc/';
export const KEYCLOAK_DOCS = 'https://www.keycloak.org/docs/latest/server_admin/';
export const EAT_DRAFT = 'https://datatracker.ietf.org/doc/draft-ietf-rats-eat/';

/** Microsoft Entra Agent ID token claims (entra-docs agent-id/agent-token-claims.md, Nov 2025). */
export const MS_AGENT_ID_CLAIMS = 'https://learn.microsoft.com/entra/agent-id/agent-token-claims';
/** Azure AD B2C age gating (ageGroup, consentProvidedForMinor, legalAgeGroupClassification). */
export const MS_B2C_AGE_GATING = 'https://learn.microsoft.com/azure/active-directory-b2c/age-gating';
/** Selective Disclosure for JWTs (SD-JWT); the datatracker page follows the draft to its RFC. */
export const SD_JWT = 'https://datatracker.ietf.org/doc/draft-ietf-oauth-selective-disclosure-jwt/';
/** OpenID Identity Assurance: `verified_claims`. */
export const OIDC_IDENTITY_ASSURANCE = 'https://openid.net/specs/openid-connect-4-identity-assurance-1_0.html';
/** OIDC Core §7.4: Self-Issued OpenID Provider response (`sub_jwk`). */
export const OIDC_SELF_ISSUED = `${OIDC_CORE}#SelfIssuedResponse`;
/** OpenID Federation 1.0 (`trust_chain` header parameter). */
export const OPENID_FEDERATION = 'https://openid.net/specs/openid-federation-1_0.html';
