// The shapes of the claim catalog, apart from its rows so that the row files and catalog.ts
// depend on them without depending on each other.

/**
 * Every payload claim the explorer can explain (domain facts §1b-§1e).
 * Written out by hand on purpose: the catalog rows and both text files are checked
 * against this union, so a name added here without a row or a text fails to compile.
 */
export type ClaimName =
  // RFC 7519 §4.1 registered claims
  | 'iss'
  | 'sub'
  | 'aud'
  | 'exp'
  | 'nbf'
  | 'iat'
  | 'jti'
  // OpenID Connect Core §5.1 standard claims
  | 'name'
  | 'given_name'
  | 'family_name'
  | 'middle_name'
  | 'nickname'
  | 'preferred_username'
  | 'profile'
  | 'picture'
  | 'website'
  | 'email'
  | 'email_verified'
  | 'gender'
  | 'birthdate'
  | 'zoneinfo'
  | 'locale'
  | 'phone_number'
  | 'phone_number_verified'
  | 'address'
  | 'updated_at'
  // OpenID Connect Core §2, §3.1.3.6, §3.3.2.11, §5.6.2 and logout specs
  | 'auth_time'
  | 'nonce'
  | 'acr'
  | 'amr'
  | 'azp'
  | 'at_hash'
  | 'c_hash'
  | '_claim_names'
  | '_claim_sources'
  | 'sid'
  // Other IANA-registered claims used with OAuth tokens
  | 'events'
  | 'txn'
  | 'cnf'
  | 'act'
  | 'may_act'
  | 'client_id'
  | 'scope'
  | 'roles'
  | 'groups'
  | 'entitlements'
  | 'token_introspection'
  | 'vot'
  | 'vtm'
  // STIR / PASSporT (telephony)
  | 'orig'
  | 'dest'
  | 'mky'
  | 'rph'
  | 'attest'
  | 'origid'
  | 'div'
  | 'opt'
  | 'rcd'
  | 'rcdi'
  | 'crn'
  // Entity Attestation Token (RFC 9711); `secboot` is the pre-RFC draft name of `oemboot`
  | 'eat_nonce'
  | 'ueid'
  | 'sueids'
  | 'oemid'
  | 'hwmodel'
  | 'hwversion'
  | 'oemboot'
  | 'secboot'
  | 'dbgstat'
  | 'location'
  | 'eat_profile'
  | 'submods'
  | 'uptime'
  | 'bootcount'
  | 'bootseed'
  | 'dloas'
  | 'swname'
  | 'swversion'
  | 'manifests'
  | 'measurements'
  | 'measres'
  | 'intuse'
  // Microsoft Entra ID: documented default and optional claims
  | 'idp'
  | 'aio'
  | 'rh'
  | 'uti'
  | 'ver'
  | 'acrs'
  | 'appid'
  | 'appidacr'
  | 'azpacr'
  | 'scp'
  | 'wids'
  | 'hasgroups'
  | 'oid'
  | 'tid'
  | 'unique_name'
  | 'upn'
  | 'ipaddr'
  | 'onprem_sid'
  | 'pwd_exp'
  | 'pwd_url'
  | 'in_corp'
  | 'xms_cc'
  | 'acct'
  | 'ctry'
  | 'tenant_ctry'
  | 'tenant_region_scope'
  | 'fwd'
  | 'idtyp'
  | 'login_hint'
  | 'verified_primary_email'
  | 'verified_secondary_email'
  | 'vnet'
  | 'xms_edov'
  | 'xms_pdl'
  | 'xms_pl'
  | 'xms_tpl'
  | 'ztdid'
  // Microsoft Entra ID: observed in tokens, not in the public references
  | 'xms_ssm'
  | 'xms_cae'
  | 'xms_mirid'
  | 'xms_tcdt'
  | 'xms_tdbr'
  | 'xms_st'
  | 'xms_idrel'
  | 'xms_act_fct'
  | 'xms_sub_fct'
  | 'xms_ftd'
  | 'xms_rd'
  | 'xms_filter_index'
  | 'xms_az_rid'
  | 'capolids_latebind'
  | 'puid'
  | 'platf'
  | 'app_displayname'
  | 'signin_state'
  | 'deviceid'
  // Azure AD B2C
  | 'tfp'
  | 'emails'
  | 'idp_access_token'
  | 'newUser'
  | 'country'
  | 'postalCode'
  | 'city'
  | 'state'
  | 'streetAddress'
  | 'jobTitle'
  // AWS Cognito
  | 'token_use'
  | 'cognito:username'
  | 'username'
  | 'cognito:groups'
  | 'cognito:roles'
  | 'cognito:preferred_role'
  | 'origin_jti'
  | 'event_id'
  | 'version'
  // Google, Auth0, Okta, Keycloak
  | 'hd'
  | 'gty'
  | 'permissions'
  | 'org_id'
  | 'org_name'
  | 'cid'
  | 'uid'
  | 'typ'
  | 'realm_access'
  | 'resource_access'
  | 'session_state'
  | 'allowed-origins'
  // Added later (rows in catalog-extra.ts)
  | ExtraClaimName;

/**
 * Identity-relevant claims added after the first catalog (issue 11): Entra Agent ID, RFC 9396
 * authorization details, DPoP proof claims (RFC 9449 §4.2), SD-JWT, OIDC self-issued and identity
 * assurance, Cognito, Keycloak service-account and B2C age-gating claims.
 */
export type ExtraClaimName =
  // Microsoft Entra Agent ID (agent-token-claims.md); xms_idrel/xms_act_fct/xms_sub_fct are documented there too
  | 'xms_tnt_fct'
  | 'xms_par_app_azp'
  // RFC 9396 and RFC 9449 (DPoP proof JWT)
  | 'authorization_details'
  | 'htm'
  | 'htu'
  | 'ath'
  // SD-JWT, OIDC Core §7.4, OpenID Identity Assurance
  | '_sd'
  | '_sd_alg'
  | 'sd_hash'
  | 'sub_jwk'
  | 'verified_claims'
  // AWS Cognito
  | 'device_key'
  | 'identities'
  // Keycloak service-account tokens
  | 'clientHost'
  | 'clientAddress'
  | 'clientId'
  // Azure AD B2C age gating
  | 'ageGroup'
  | 'consentProvidedForMinor'
  | 'legalAgeGroupClassification';

/** Who defines the claim. `microsoft-undocumented` rows come from observed tokens only. */
export type ClaimSource =
  | 'rfc7519'
  | 'oidc-core'
  | 'oidc-logout'
  | 'iana'
  | 'ietf-draft'
  | 'microsoft'
  | 'microsoft-undocumented'
  | 'b2c'
  | 'google'
  | 'okta'
  | 'auth0'
  | 'keycloak'
  | 'cognito';

/** Whether an API may base an authorization decision on the claim (domain facts §1, §8 step 13). */
export type AuthzAdvice = 'yes' | 'with-care' | 'no' | 'n/a';
export const AUTHZ_ADVICE: readonly AuthzAdvice[] = ['yes', 'with-care', 'no', 'n/a'];

/** The shape of the value, so the UI can pick a renderer (date, chips, GUID lookup, JSON). */
export type ClaimValueKind =
  | 'numeric-date'
  | 'seconds'
  | 'number'
  | 'string'
  | 'enum'
  | 'string-or-list'
  | 'list'
  | 'space-list'
  | 'guid'
  | 'guid-list'
  | 'uri'
  | 'email'
  | 'boolean'
  | 'object'
  | 'opaque'
  | 'base64url';

type ClaimFacts = {
  readonly source: ClaimSource;
  readonly authz: AuthzAdvice;
  readonly valueKind: ClaimValueKind;
  /** A second page worth reading, e.g. Microsoft's notes on a standard claim. */
  readonly seeAlso?: string;
};

/**
 * Structured facts about one claim; prose lives in src/i18n/<language>/claims.ts.
 * Documented claims always link their defining document; undocumented ones may link evidence.
 */
export type ClaimInfo = ClaimFacts &
  ({ readonly status?: undefined; readonly specUrl: string } | { readonly status: 'undocumented'; readonly specUrl?: string });

/** Name families that are custom by design but recognisable. */
export type CustomClaimPattern = 'extension-attribute' | 'url-namespaced' | 'cognito-custom';
