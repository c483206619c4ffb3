import type { ExtraClaimName } from '../../core/claims/catalog-types';
import type { EnumCode } from '../../core/claims/well-known';
import type { HeaderName } from '../../core/claims/header-catalog';

/** Texts for the claims of catalog-extra.ts. */
export const claimTextsExtraEn = {
  xms_tnt_fct:
    'Agent ID: facets of the tenant (tid), as space-separated odd numbers. Ignore values your app does not use; do not rely on their order.',
  xms_par_app_azp:
    'Agent ID: the parent application of the agent (azp/appid). Log it for auditing; do not authorize on it, since that would admit every agent of that parent.',
  authorization_details:
    'Rich authorization request (RFC 9396): the fine-grained permissions granted, as a list of objects with a "type". Authorize on the entries your API understands.',
  htm: 'DPoP proof: the HTTP method of the request the proof was made for (RFC 9449). It must equal the method of the request that carries the proof.',
  htu: 'DPoP proof: the HTTP URL (without query and fragment) of the request the proof was made for (RFC 9449). It must equal the request URL.',
  ath: 'DPoP proof: base64url SHA-256 hash of the access token sent with it (RFC 9449). It ties the proof to that one token.',
  _sd: 'SD-JWT: digests of claims that can be disclosed selectively. The claims themselves travel in separate disclosures after the "~".',
  _sd_alg: 'SD-JWT: the hash algorithm used for the _sd digests (sha-256 by default).',
  sd_hash: 'SD-JWT key binding: hash of the issuer-signed JWT and the disclosures the holder presented.',
  sub_jwk:
    'Self-issued ID token (OIDC Core §7): the public key that signed the token; sub is its thumbprint. Only meaningful for self-issued providers.',
  verified_claims:
    'OpenID Identity Assurance: claims verified against evidence (documents, checks), with how and when. Use them only within the trust framework they name.',
  device_key: 'Cognito: the key of the remembered device the user signed in with.',
  identities: 'Cognito: the federated identity providers (Google, SAML, …) linked to the user, with their user IDs.',
  clientHost: 'Keycloak: host of the client that requested a service-account token.',
  clientAddress: 'Keycloak: IP address of the client that requested a service-account token.',
  clientId: 'Keycloak: the client ID of the service account the token belongs to.',
  ageGroup: "B2C age gating: the user's age group (for example a minor, not adult, or adult).",
  consentProvidedForMinor: 'B2C age gating: whether a parent or guardian has given consent for a minor (Granted, Denied, NotRequired).',
  legalAgeGroupClassification:
    'B2C age gating: the legal age group derived from age and country (for example MinorWithParentalConsent, Adult).',
} satisfies Record<ExtraClaimName, string>;

/** Agent ID enumerated values (xms_idrel relationships, facet values). */
export const enumTextsExtraEn = {
  'idrel-1': 'Member user',
  'idrel-3': 'Personal-account (MSA) member user',
  'idrel-5': 'Guest user',
  'idrel-7': 'Service principal',
  'idrel-9': 'Device principal',
  'idrel-11': 'GDAP user (partner granular delegated admin)',
  'idrel-13': 'Application without a service principal',
  'idrel-15': 'Pass-through',
  'idrel-17': 'Native identity user with a profile',
  'idrel-19': 'Native identity user',
  'idrel-21': 'Native identity Teams meeting participant',
  'idrel-23': 'Pass-through-authenticated Teams meeting participant',
  'idrel-25': 'Native identity content-sharing user',
  'idrel-27': 'Fully synced multitenant-organization member',
  'idrel-29': 'Weak multitenant-organization user',
  'idrel-31': 'DAP user (partner delegated admin)',
  'idrel-33': 'Federated managed identity',
  'facet-agent-identity': 'Agent identity',
  'facet-agent-user': "Agent's user account",
} satisfies Partial<Record<EnumCode, string>>;

/** Header parameters added later. */
export const headerTextsExtraEn = {
  iss: 'A copy of the iss claim in the header (RFC 7519 §5.3), readable before an encrypted token is decrypted. It must equal the claim.',
  sub: 'A copy of the sub claim in the header (RFC 7519 §5.3). It must equal the claim.',
  aud: 'A copy of the aud claim in the header (RFC 7519 §5.3). It must equal the claim.',
  url: 'ACME (RFC 8555): the URL the signed request is sent to.',
  ppt: 'PASSporT (RFC 8225): the extension the telephony token uses, such as "shaken".',
  trust_chain:
    'OpenID Federation: a chain of entity statements from the issuer up to a trust anchor. Check it against your own trust anchors; never trust it as given.',
} satisfies Partial<Record<HeaderName, string>>;
