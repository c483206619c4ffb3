import type { FindingEvidence } from '../../core/diagnose/finding';
import { apiNamesEn as apiNames } from './api-names';

// The shape of FindingText (en/diagnose.ts), restated so the two files do not import each other.
type FindingText<E> = { title: string; detail: (evidence: E) => string; action: (evidence: E) => string };
type ExtraId =
  | 'app-only-without-oid'
  | 'no-token-received'
  | 'personal-account-guest'
  | 'b2c-permission-not-granted'
  | 'b2c-no-resource-scope'
  | 'used-to-work';
const list = (items: readonly string[]) => (items.length === 0 ? '(none)' : items.join(', '));

/** English texts of the findings added for issue 11. */
export const diagnoseExtraTextsEn = {
  'app-only-without-oid': {
    title: 'The app has no service principal in this tenant',
    detail: (e) =>
      `This app-only token has no oid claim. In app-only tokens oid is the object ID of the client's service principal; without one, the app${e.appId === '' ? '' : ` (${e.appId})`} is not registered as an enterprise application in the tenant, and Microsoft Graph answers 401 "identity of the calling application could not be established".`,
    action: () =>
      'Create the service principal in the tenant that issues the token: grant admin consent (for a multi-tenant app, use the admin consent URL of that tenant) or create it with New-MgServicePrincipal -AppId {client ID}; then request a new token.',
  },
  'no-token-received': {
    title: 'The API saw no usable token',
    detail: (e) =>
      `The API answered "${e.challenge}" without an error code. Under RFC 6750 §3.1 that means the request carried no authentication information: the token did not reach the API.`,
    action: () =>
      'Send the header exactly as "Authorization: Bearer {access token}" (scheme and one space), check that the client really attaches it (network tab), and that no proxy, gateway or redirect drops the Authorization header.',
  },
  'personal-account-guest': {
    title: 'A personal Microsoft account signed in as a guest',
    detail: (e) =>
      `idp is ${e.idp}: the user authenticated with a personal account and is a guest of tenant ${e.tid}. ${e.api === 'unknown' ? 'APIs' : apiNames[e.api]} and features limited to work or school accounts can refuse such users even in a work tenant.`,
    action: () =>
      'Invite the user with a work or school account, or confirm the API supports personal-account guests (some Microsoft APIs and licences do not).',
  },
  'b2c-permission-not-granted': {
    title: 'Azure AD B2C did not grant this permission to the client',
    detail: (e) =>
      `${e.required} is missing from scp (granted: ${list(e.granted)}). In B2C, scp lists only the permissions the client was granted; asking for more still succeeds as long as one is granted. B2C never asks users for consent.`,
    action: () =>
      "In the B2C tenant, open the client app's API permissions, add the scope of your API, and grant admin consent; then get a new token. Request scopes of one API per request.",
  },
  'b2c-no-resource-scope': {
    title: 'The B2C token carries no API permission',
    detail: (e) =>
      `There is no scp claim (aud: ${list(e.audience)}). The request named no API scope, only openid / offline_access or the client's own ID.`,
    action: () =>
      "Add your API's full scope (for example https://{tenant}.onmicrosoft.com/{api}/read) to the request beside openid and offline_access. With response_type=token at least one such resource scope is required, and one request can name only one API.",
  },
  'used-to-work': {
    title: 'It used to work: what changes without a code change',
    detail: (e) =>
      `Token now: version ${e.tokenVersion === '' ? '(no ver)' : e.tokenVersion}, kid ${e.kid === '' ? '(none)' : e.kid}, issuer ${e.issuer === '' ? '(none)' : e.issuer}. Compare them with a token from when it worked: signing keys rotate, secrets and certificates expire, and a manifest edit (requestedAccessTokenVersion) changes the token version and issuer.`,
    action: () =>
      'Let the validator fetch keys from the metadata (never pin a key; for an app-specific signing key use the metadata with ?appid={client ID}); check the client secret or certificate expiry (AADSTS7000222); and if the version changed, align requestedAccessTokenVersion with the issuer the API validates.',
  },
} satisfies { [K in ExtraId]: FindingText<FindingEvidence[K]> };
