import { API_NAMES } from '../names';
import { firstPartyResource } from '../../core/claims/well-known-ids';
import { formatDuration, formatRelative } from '../format';
import type { ClaimsRequirementKind } from '../../core/diagnose/claims-request';
import type { ApiKind, ChallengeProblem, FindingEvidence, FindingId } from '../../core/diagnose/finding';
import type { AppOnlySignal, IdTokenSignal } from '../../core/diagnose/token-facts';
import { diagnoseExtraTextsEn } from './diagnose-extra';

/** Text of one finding. `detail` and `action` quote the evidence the rule collected. */
export type FindingText<E> = { title: string; detail: (evidence: E) => string; action: (evidence: E) => string };
export type FindingTexts = { [K in FindingId]: FindingText<FindingEvidence[K]> };

const apiNames = { ...API_NAMES, custom: 'your API' } satisfies Record<ApiKind, string>;

const appOnlySignals = {
  'idtyp=app': 'idtyp is "app"',
  'no-scp': 'there is no scp claim',
  roles: 'roles holds application permissions',
  'oid=sub': 'oid equals sub, so the subject is the app itself',
  'sub=client': 'sub equals the client ID, so the subject is the app itself',
} satisfies Record<AppOnlySignal, string>;

const idTokenSignals = {
  nonce: 'it carries a nonce from the sign-in request',
  at_hash: 'it carries at_hash',
  c_hash: 'it carries c_hash',
  'no-client-id': 'it names no client app (appid/azp) and has no scp',
  'typed-id': 'the issuer marks it as an ID token',
} satisfies Record<IdTokenSignal, string>;

export const claimsRequirementTextsEn = {
  'cae-revocation': 'a token issued after a revocation event (Continuous Access Evaluation: password change, disabled user, sign-out...)',
  'auth-context': 'a step-up for a Conditional Access authentication context',
  'client-capabilities': 'the client capabilities claim (xms_cc)',
  'other-claim': 'other claims',
} satisfies Record<ClaimsRequirementKind, string>;

export const challengeProblemTextsEn = {
  empty: 'the header is empty',
  'expected-scheme': 'an authentication scheme (such as Bearer) is missing where one should start',
  'unterminated-quote': 'a quoted value is not closed',
  'unexpected-character': 'there is an unexpected character between parameters',
  'invalid-base64': 'the claims value is not valid base64',
  'invalid-utf8': 'the decoded claims value is not UTF-8 text',
  'not-json': 'the decoded claims value is not JSON',
  'not-object': 'the decoded claims value is JSON but not an object',
  'missing-claims': 'error="insufficient_claims" is present but the claims parameter is missing',
} satisfies Record<ChallengeProblem, string>;

const list = (items: readonly string[]) => (items.length === 0 ? '(none)' : items.join(', '));
const utc = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** English texts for every diagnosis finding. */
export const diagnoseTextsEn = {
  'token-expired': {
    title: 'The token has expired',
    detail: (e) =>
      `exp is ${utc(e.exp)}, ${formatRelative('en', e.now, e.exp)} (${formatDuration('en', e.skewSeconds)} of clock skew allowed). An API answers an expired token with 401.`,
    action: () =>
      'Get a new token. With MSAL, call acquireTokenSilent before each request rather than keeping the token yourself; it renews the token when needed.',
  },
  'token-not-yet-valid': {
    title: 'The token is not valid yet',
    detail: (e) =>
      `nbf is ${utc(e.nbf)}, ${formatRelative('en', e.now, e.nbf)} even with ${formatDuration('en', e.skewSeconds)} of skew allowed. The clocks of the issuer and the validating machine disagree.`,
    action: () =>
      'Synchronise the clock of the machine that validates the token (NTP). A few minutes of drift is enough to break validation.',
  },
  'audience-mismatch': {
    title: 'The token was issued for a different API',
    detail: (e) =>
      `aud is ${list(e.audience)}${e.audienceResource === 'unknown' ? '' : ` (${firstPartyResource(e.audienceResource).name})`}, but the call goes to ${apiNames[e.api]}, which expects ${list(e.expected)}. An API refuses tokens whose aud is not itself.`,
    action: (e) =>
      `Request the token for the API you call: the scope must name that API (${e.api === 'graph' ? 'for example https://graph.microsoft.com/.default or User.Read' : e.api === 'arm' ? 'https://management.azure.com/.default' : e.api === 'sharepoint' ? 'https://{tenant}.sharepoint.com/.default' : e.api === 'exchange' ? 'https://outlook.office365.com/.default' : 'for example api://{your-api-id}/access_as_user'}). One access token serves exactly one API.`,
  },
  'graph-token-for-custom-api': {
    title: 'A Microsoft Graph token is being used for your own API',
    detail: (e) =>
      `${e.signals.map((s) => (s === 'aud' ? 'aud names Microsoft Graph' : 'the header carries the Graph-only nonce')).join(' and ')}. Graph tokens are for Graph alone: standard libraries cannot verify their signature, and an API that accepted them could be tricked into acting on another service's token.`,
    action: () =>
      "Expose a scope on your API's app registration (Expose an API), let the client request a token for it (api://{your-api-id}/{scope}), and check that aud equals your API.",
  },
  'token-version-mismatch': {
    title: 'The token version does not match what the API expects',
    detail: (e) =>
      `The token is v${e.tokenVersion} (iss ${e.issuer || 'missing'}), but the API is set up for v${e.expectedVersion} tokens, whose issuer looks like ${e.expectedIssuer}.`,
    action: () =>
      "Entra picks the access-token version from the API's registration, not from the endpoint the client used. Set requestedAccessTokenVersion in the API's manifest (formerly accessTokenAcceptedVersion; 2 for v2, null or 1 for v1), or configure the validator with the issuer and metadata of the version you actually receive.",
  },
  'app-only-token-for-delegated': {
    title: 'An app-only token was used where delegated permissions are needed',
    detail: (e) =>
      `The token has no signed-in user: ${e.signals.map((s) => appOnlySignals[s]).join('; ')}${e.roles.length > 0 ? ` (${list(e.roles)})` : ''}. Such tokens come from the client-credentials flow and carry no delegated permissions.`,
    action: () =>
      'Sign the user in with the authorization-code flow (or use on-behalf-of in a middle tier) to get a token with scp, or switch the app to application permissions and grant admin consent.',
  },
  'delegated-token-for-application': {
    title: 'A user token was used where application permissions are needed',
    detail: (e) =>
      `The token has scp (${list(e.scopes)}), so it was issued for a signed-in user. Application permissions appear only in tokens from the client-credentials flow, in the roles claim.`,
    action: () =>
      'Use the client-credentials flow with scope {api}/.default after an admin grants the application permission, or ask for and consent to the delegated variant of the permission.',
  },
  'permission-missing': {
    title: 'The required permission is not in the token',
    detail: (e) =>
      `${e.required} is not in ${e.claim} (the token has: ${list(e.granted)}). The API checks the permission in ${e.claim === 'scp' ? 'scp for delegated access' : 'roles for app-only access'}.`,
    action: (e) =>
      e.claim === 'scp'
        ? "Add the delegated permission to the client's API permissions, include it in the requested scope, and have the user or an admin consent. Then request a new token."
        : "Add the application permission to the client's API permissions and have an admin grant consent. Then request a new token: roles are fixed when the token is issued.",
  },
  'no-permissions-in-token': {
    title: 'The app-only token carries no permissions',
    detail: (e) =>
      `There is no roles claim: the app has no application permissions for ${e.api === 'unknown' ? 'this API' : apiNames[e.api]}, or admin consent was never granted.`,
    action: () =>
      'Add application permissions to the app registration, grant admin consent, and request a new token with scope {api}/.default.',
  },
  'personal-account-token': {
    title: 'The token belongs to a personal Microsoft account',
    detail: (e) =>
      `The tenant is the consumer tenant${e.tid === '' ? '' : ` (${e.tid})`}: the user signed in with a personal account such as Outlook.com or Xbox. ${e.api === 'graph' ? 'Many Microsoft Graph APIs work only with work or school accounts and answer 401.' : e.api === 'arm' ? 'Azure Resource Manager accepts only work or school accounts.' : 'An API that takes only work or school accounts rejects it.'}`,
    action: () =>
      "Sign in with a work or school account (the /organizations authority keeps personal accounts out), or allow personal accounts in the API's registration and validation.",
  },
  'privileged-operation-app-only': {
    title: 'Password resets are meant for a signed-in admin, not an app-only token',
    detail: (e) =>
      `${e.trigger === 'password-reset' ? 'This is a password reset' : `${e.trigger} suggests a password or authentication-method operation`}. Microsoft's Graph troubleshooting guide says these calls need a delegated flow with a signed-in administrator: the authentication-method resetPassword API has no application permission, and Directory.AccessAsUser.All exists only as a delegated permission. An app-only update of a user's passwordProfile works only when the app's service principal itself holds an admin role such as User Administrator.`,
    action: () =>
      'Run the reset with a delegated token (authorization-code flow) while signed in as an admin whose role may reset passwords. If it must stay app-only, update passwordProfile with User.ReadWrite.All and assign the service principal a suitable directory role.',
  },
  'privileged-operation-no-admin-role': {
    title: 'The signed-in user has no admin role that allows this',
    detail: (e) =>
      `wids lists ${list(e.wids)}. None of them is a role that may reset passwords or manage authentication methods (${list(e.eligibleRoles)}).`,
    action: () =>
      'Sign in as a user who holds one of these roles (activate it in PIM first if it is eligible), then get a new token; wids reflects the roles at issue time.',
  },
  'privileged-operation-role-unknown': {
    title: 'Cannot tell whether the user holds an admin role',
    detail: (e) =>
      `The token has no wids claim, so the user's directory roles are not visible. The operation needs a signed-in admin with a role such as ${list(e.eligibleRoles)}.`,
    action: () =>
      "Check the user's role assignments in Entra ID, or emit wids (groupMembershipClaims set to DirectoryRole or All) to see the roles in the token.",
  },
  'id-token-as-access-token': {
    title: 'An ID token was sent instead of an access token',
    detail: (e) =>
      `This looks like an ID token: ${e.signals.map((s) => idTokenSignals[s]).join('; ')}. ID tokens tell the client app who signed in; their aud (${list(e.audience)}) is the client itself, not an API.`,
    action: () =>
      'Send the access_token from the token response. Request it with a scope of your API; with MSAL, pass scopes to acquireTokenSilent and use result.accessToken, not idToken.',
  },
  'groups-overage': {
    title: 'The groups claim was left out (groups overage)',
    detail: (e) =>
      e.source === 'claim-names'
        ? `The user is in more groups than fit in a token, so Entra replaced groups with a pointer in _claim_names / _claim_sources${e.endpoint === '' ? '' : ` (${e.endpoint})`}. Checks based on groups fail even for members.`
        : 'The token has hasgroups=true instead of groups: in the implicit flow the group list would make the redirect URL too long. Checks based on groups fail even for members.',
    action: () =>
      'Read the memberships from Microsoft Graph (for example /me/transitiveMemberOf or getMemberObjects) rather than the legacy endpoint, or use app roles assigned to groups, or emit only the groups assigned to the application.',
  },
  'claims-challenge': {
    title: 'The API sent a claims challenge (Conditional Access or CAE)',
    detail: (e) =>
      `The resource wants ${e.requirements.map((r) => claimsRequirementTextsEn[r]).join('; ')}${e.authContext.length > 0 ? `. Requested authentication context: ${list(e.authContext)}${e.missingAuthContext.length > 0 ? `, not satisfied by this token (acrs lacks ${list(e.missingAuthContext)})` : ''}` : ''}. Claims requested: ${e.claimsJson}`,
    action: (e) =>
      `Do not retry with the same token. Get a new one interactively and pass the claims request to /authorize: claims=${e.claimsParameter} (MSAL: the claims option of acquireTokenPopup / acquireTokenRedirect).`,
  },
  'claims-challenge-unreadable': {
    title: 'The WWW-Authenticate header could not be read',
    detail: (e) => `It cannot be interpreted because ${challengeProblemTextsEn[e.problem]}.`,
    action: () =>
      "Paste the complete header value exactly as the API returned it (for example from the browser's network tab), without added line breaks inside the claims value.",
  },
  'insufficient-scope-reported': {
    title: 'The API says the token lacks a permission',
    detail: (e) =>
      `The response has error="insufficient_scope"${e.scope === '' ? '' : ` and asks for: ${e.scope}`}${e.description === '' ? '' : ` (${e.description})`}.`,
    action: () =>
      "Request a token that includes the required permission and make sure it has been consented; check that the new token's scp or roles contains it.",
  },
  'invalid-token-reported': {
    title: 'The API rejected the token as invalid',
    detail: (e) =>
      `The response has error="invalid_token"${e.description === '' ? '' : `: ${e.description}`}. Typical reasons are expiry, a wrong audience or issuer, or a failed signature check.`,
    action: () =>
      'Compare with the other findings and the verification results (signature, issuer, audience, lifetime), then request a fresh token for the right API.',
  },
  ...diagnoseExtraTextsEn,
} satisfies FindingTexts;
