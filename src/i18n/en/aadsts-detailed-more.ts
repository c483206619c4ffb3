import type { MoreDetailedAadstsCode } from '../../core/aadsts/public-codes';

export type AadstsFullText = { meaning: string; fix: string };

/** Full "meaning + what to do" texts for the wider set of common AADSTS codes (own words). */
export const aadstsMoreEn = {
  '50001': {
    meaning: 'The resource named in the request is disabled or does not exist in this tenant.',
    fix: "Compare the resource / scope URI in the request with the API's App ID URI or client ID, character for character, and check that the API is registered in the tenant you sign in to.",
  },
  '500133': {
    meaning: 'The assertion the app sent (for on-behalf-of: the incoming access token) is expired or otherwise outside its valid time.',
    fix: "Pass the user's current access token to the on-behalf-of call, refresh it first if needed, and check the server clock.",
  },
  '50059': {
    meaning:
      'Entra could not tell which tenant to use: the request went to /common or /organizations with nothing that identifies the tenant.',
    fix: 'Use a tenant-specific authority (https://login.microsoftonline.com/{tenant}) or pass a login_hint / domain_hint.',
  },
  '50089': {
    meaning:
      'The token that carries the state of the sign-in flow expired, usually because the user took too long or came back to an old page.',
    fix: "Start the sign-in again; nothing is wrong with the app's registration.",
  },
  '50148': {
    meaning: 'PKCE failed: the code_verifier sent to /token does not match the code_challenge sent to /authorize.',
    fix: 'Keep the code_verifier created for this sign-in (not one from another tab or attempt) and send it unchanged; with S256 the challenge is base64url(SHA-256(verifier)).',
  },
  '501481': {
    meaning: 'PKCE failed: the code_verifier does not match the code_challenge from the authorization request.',
    fix: 'Redeem the code with the verifier generated for that same authorization request; check the library is not creating a new verifier on redirect.',
  },
  '50199': {
    meaning:
      'The user is asked to confirm that they meant to sign in to this app; it appears when a native app uses a system webview with a custom-scheme redirect.',
    fix: 'Nothing is broken. To avoid the prompt, use a redirect URI on the safe list (http, https, or a broker redirect).',
  },
  '53001': {
    meaning: 'Conditional Access requires a hybrid (domain-) joined device and the sign-in came from a device that is not joined.',
    fix: 'Sign in from a joined device, or ask the admin to review the policy in the sign-in logs.',
  },
  '53002': {
    meaning:
      'Conditional Access allows only approved client apps (for example Outlook mobile) for this resource and the app used is not one.',
    fix: 'Use an approved app, or ask the admin to review the policy; the sign-in logs name the policy.',
  },
  '65002': {
    meaning:
      'A Microsoft first-party client asked for a Microsoft first-party API without preauthorisation. Usually someone copied a Microsoft app ID into their own app.',
    fix: 'Register your own application and use its client ID; Microsoft app IDs cannot be reused for other apps.',
  },
  '65005': {
    meaning:
      'The app asks for a resource that is not in its required permissions, or the resource cannot find it; for SAML apps the identifier (entity ID) may be wrong.',
    fix: 'Add the API under API permissions of the client app and grant consent; for SAML, check the Identifier matches what the app sends.',
  },
  '70000': {
    meaning: 'The grant is invalid: the code or refresh token is unusable (malformed, for another client, or its token binding failed).',
    fix: 'Start a new authorization request to get a fresh code; do not reuse or modify codes and refresh tokens.',
  },
  '70002': {
    meaning: "Client authentication failed: the client_secret does not match the app's credentials.",
    fix: 'Send the secret value (not the secret ID) of a non-expired secret of this exact app registration.',
  },
  '70005': {
    meaning:
      'The response_type is not allowed: response_type=token needs implicit access tokens enabled, and id_token needs the openid scope.',
    fix: 'Prefer the authorization code flow with PKCE; otherwise enable the implicit grant option for the token type and include openid.',
  },
  '70016': {
    meaning: 'Device-code flow: the user has not completed sign-in on the other device yet. This is expected while polling.',
    fix: 'Keep polling at the interval the device-code response gave; stop when the code expires.',
  },
  '70019': {
    meaning: 'Device-code flow: the code expired before the user completed sign-in.',
    fix: 'Request a new device code and show it to the user again.',
  },
  '90008': {
    meaning:
      'The app requested a token for itself, which needs at least the delegated sign-in and read-profile permission (User.Read), and that has not been consented.',
    fix: "Add Microsoft Graph User.Read (or openid/profile) to the app's permissions and grant consent.",
  },
  '90094': {
    meaning: "The requested permissions need an administrator's consent; the user cannot consent alone.",
    fix: 'Have an admin grant consent (Enterprise applications > Permissions, or the admin consent endpoint), or request fewer permissions.',
  },
  '700020': {
    meaning: 'The requested access needs user interaction (for example consent or MFA), so it cannot be granted silently.',
    fix: 'Catch the interaction-required error and retry with an interactive request.',
  },
  '700023': {
    meaning:
      'The scope has no resource: an access token request must name an API, for example api://{id}/.default or https://graph.microsoft.com/User.Read.',
    fix: 'Add a resource scope; openid, profile, email and offline_access alone only give ID and refresh tokens.',
  },
  '700229': {
    meaning: 'A delegated (user) Entra token was used as a federated identity credential; only app-only tokens are accepted there.',
    fix: 'Get the assertion with the client-credentials flow (or managed identity) and use that app-only token.',
  },
  '700005': {
    meaning: 'The authorization code was issued for a different tenant than the one it is redeemed at.',
    fix: 'Redeem the code at the same authority it was requested from (the same tenant ID, or /common when the code came from /common).',
  },
  '9002332': {
    meaning: 'The app accepts only Entra work or school accounts, but the request went to /consumers (personal accounts).',
    fix: "Use /organizations or your tenant's authority, or change the app's supported account types.",
  },
  '901002': {
    meaning: 'The v2.0 endpoint does not accept the v1 resource parameter.',
    fix: 'Remove resource and put the API into scope instead, for example {App ID URI}/.default.',
  },
  '500014': {
    meaning:
      "The API's service principal is disabled in this tenant (an admin switched off sign-in, or a subscription lapsed), so no token is issued for it.",
    fix: 'In Enterprise applications, open the resource and set "Enabled for users to sign-in?" to Yes, or renew the subscription.',
  },
  '500208': {
    meaning:
      'This kind of account cannot sign in here, for example a personal Microsoft account against a tenant or app that takes only work or school accounts.',
    fix: "Sign in with a work or school account, or change the app's supported account types if personal accounts should work.",
  },
  '500212': {
    meaning: "The user's own tenant blocks access to the resource tenant with an outbound cross-tenant access policy.",
    fix: "Ask the admin of the user's home tenant to allow the resource tenant (External Identities > Cross-tenant access settings).",
  },
  '900561': {
    meaning:
      "The endpoint got the wrong HTTP method, for example a GET on the token endpoint, or a page reloaded with the browser's back button.",
    fix: 'Send the request with the method the endpoint takes (POST for /token); after a back-button reload it can be ignored.',
  },
} satisfies Record<MoreDetailedAadstsCode, AadstsFullText>;
