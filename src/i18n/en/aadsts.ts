import type { AadstsCode } from '../../core/aadsts/aadsts-codes';

export type AadstsText = { meaning: string; fix: string };

/** English explanations of the catalogued AADSTS codes. */
export const aadstsTextsEn = {
  '50011': {
    meaning:
      'The redirect_uri in the request is not one of the URIs registered for the app. The comparison is exact: scheme, host, port, path, letter case and trailing slash all count.',
    fix: 'Copy the redirect_uri from the failing request and register it verbatim under the platform the app uses (Web, SPA or mobile/desktop).',
  },
  '500113': {
    meaning: 'The app registration has no redirect (reply) URI at all, so there is nowhere to send the response.',
    fix: 'Add a redirect URI to the app registration under the correct platform.',
  },
  '700016': {
    meaning: 'No application with this client_id exists in the tenant the request was sent to.',
    fix: 'Check the client_id and the tenant in the authority URL. For an app registered in another tenant, have an admin of this tenant consent to it, or sign in through /organizations or /common if the app is multi-tenant.',
  },
  '700011': {
    meaning: 'The client application could not be found in the directory.',
    fix: 'Confirm the client_id matches an existing app registration in the tenant you are signing in to.',
  },
  '70001': {
    meaning: 'The client application is missing from the tenant or has been disabled.',
    fix: 'Check that the app registration and its enterprise application exist and are enabled in this tenant.',
  },
  '7000215': {
    meaning:
      'The client secret sent to the token endpoint is wrong. A frequent cause is sending the secret ID instead of the secret value.',
    fix: 'Send the secret value (shown only once, when the secret is created). Create a new secret if you no longer have it.',
  },
  '7000222': {
    meaning: 'The client secret used to authenticate the app has expired.',
    fix: 'Create a new client secret, or better, switch to a certificate or a federated credential.',
  },
  '7000218': {
    meaning:
      'The token request carried no client credential (client_secret or client_assertion), but the app is registered as a confidential Web client.',
    fix: 'Send the client credential from your server, or if the code runs in a browser or on a device, register the redirect URI as SPA or public client instead of Web.',
  },
  '700025': {
    meaning: 'A public client (SPA, mobile or desktop app) sent a client secret or assertion, which public clients must not use.',
    fix: 'Remove the client credential from the request, or register the app as a confidential client if it really runs on a server.',
  },
  '700027': {
    meaning: 'The signature of the client assertion (the signed JWT used instead of a secret) could not be verified.',
    fix: 'Upload the certificate whose private key signs the assertion, and check that the kid / x5t header points at that certificate.',
  },
  '700024': {
    meaning: 'The client assertion is outside its valid time window: it expired, is not valid yet, or the clocks disagree.',
    fix: 'Create a fresh assertion just before the request (for federated credentials, fetch a new token from the external identity provider) and check the machine clock.',
  },
  '9002326': {
    meaning:
      'The browser redeemed the code cross-origin, which Entra only allows for redirect URIs registered as Single-page application. The URI is registered as Web.',
    fix: 'Move the redirect URI from the Web platform to the Single-page application platform.',
  },
  '9002327': {
    meaning:
      'A code or refresh token issued to a single-page app was redeemed without a browser Origin header; SPA tokens must be redeemed cross-origin.',
    fix: 'Redeem SPA codes and refresh tokens from the browser, or use a Web registration for server-side redemption.',
  },
  '50058': {
    meaning: 'A silent request (for example prompt=none) found no signed-in session to use.',
    fix: 'Fall back to an interactive sign-in (popup or redirect).',
  },
  '50076': {
    meaning:
      'Multi-factor authentication is required, for example by a policy for this location or app, and the request could not perform it silently.',
    fix: 'Repeat the request interactively so the user can complete MFA.',
  },
  '50079': {
    meaning: 'The user must register an MFA method before signing in.',
    fix: 'Let the user sign in interactively and complete the MFA registration.',
  },
  '50105': {
    meaning: 'The app requires user assignment and the signed-in user (or their groups) is not assigned to it.',
    fix: 'Assign the user or one of their groups to the enterprise application, or turn off "Assignment required".',
  },
  '50126': {
    meaning: 'The username or password is incorrect.',
    fix: 'The user should re-enter credentials or reset the password; the app itself has nothing to change.',
  },
  '50053': {
    meaning: 'The account is locked after too many failed attempts, or sign-in was blocked from a suspicious IP address.',
    fix: 'Wait for the lockout to end or ask an admin to unblock the account.',
  },
  '50055': {
    meaning: "The user's password has expired.",
    fix: 'The user must change the password, or an admin resets it.',
  },
  '50057': {
    meaning: 'The user account is disabled.',
    fix: 'An admin must enable the account.',
  },
  '50034': {
    meaning: 'The user does not exist in this directory, often because the sign-in went to the wrong tenant.',
    fix: 'Sign in through the tenant the user belongs to, or invite the user as a guest.',
  },
  '50020': {
    meaning:
      'The user comes from another identity provider (for example a personal Microsoft account or another tenant) and does not exist in this tenant.',
    fix: 'Invite the user as a guest, or use an authority (/common, /organizations, /consumers) that matches the account types the app supports.',
  },
  '90002': {
    meaning: 'The tenant in the authority URL was not found. It may be misspelled or belong to another cloud.',
    fix: 'Fix the tenant ID or domain, and use the login host of the cloud the tenant lives in.',
  },
  '50194': {
    meaning: 'The app is registered as single-tenant but the request used the /common endpoint.',
    fix: 'Use a tenant-specific authority, or change the app to support accounts in any organizational directory.',
  },
  '65001': {
    meaning: 'Nobody has consented to let this app use the requested resource or permissions.',
    fix: 'Ask the user to consent interactively, or have an admin grant consent for the whole tenant.',
  },
  '65004': {
    meaning: 'The user declined the consent prompt.',
    fix: 'Explain why the permissions are needed and try again, or have an admin grant consent.',
  },
  '650057': {
    meaning: "The request asks for a resource or permission that is not in the app registration's list of required API permissions.",
    fix: 'Add the API permission to the app registration and grant consent.',
  },
  '650056': {
    meaning: 'The app is misconfigured for the requested resource, typically because the permission is not configured or not consented.',
    fix: 'Add the missing API permission and have an admin grant consent.',
  },
  '500011': {
    meaning:
      'The resource (API) named in the scope does not have a service principal in this tenant: the App ID URI is wrong or the API was never installed here.',
    fix: 'Check the App ID URI in the scope, and have an admin consent to the API so it is provisioned in the tenant.',
  },
  '70011': {
    meaning: 'The scope parameter is invalid.',
    fix: 'Check the scope syntax, for example api://{app-id}/.default for client credentials or api://{app-id}/{scope} for delegated access.',
  },
  '700022': {
    meaning: 'The scope parameter names permissions of more than one resource (API).',
    fix: 'Request one token per API; split the scopes into separate requests.',
  },
  '28002': {
    meaning: 'The scope sent when redeeming an authorization code is not valid.',
    fix: 'Send a valid scope in the code redemption request, usually the same one used at /authorize.',
  },
  '28003': {
    meaning: 'The scope sent when redeeming an authorization code is empty.',
    fix: 'Include a non-empty scope when redeeming the code.',
  },
  '53003': {
    meaning: 'A Conditional Access policy blocked the sign-in.',
    fix: 'Look up the sign-in in the Entra sign-in logs to see which policy applied and what it demands.',
  },
  '53000': {
    meaning: 'Conditional Access requires a compliant or managed device, and the current device is not.',
    fix: 'Enroll the device in device management, or sign in from a compliant device.',
  },
  '530035': {
    meaning: 'Security defaults blocked the sign-in, typically because it used a legacy authentication protocol.',
    fix: 'Switch to modern authentication (OAuth 2.0 / OpenID Connect through MSAL).',
  },
  '54005': {
    meaning: 'The authorization code has already been redeemed. Codes can be used only once.',
    fix: 'Do not retry a code redemption; start a new sign-in, and keep the refresh token from the first response.',
  },
  '70008': {
    meaning: 'The authorization code or refresh token has expired or was revoked.',
    fix: 'Sign the user in again to get a new code or refresh token.',
  },
  '700082': {
    meaning: 'The refresh token expired because it was not used for too long.',
    fix: 'Sign the user in again.',
  },
  '700084': {
    meaning: 'A refresh token issued to a single-page app reached its fixed 24-hour lifetime.',
    fix: 'Get new tokens through a silent or interactive sign-in; SPA refresh tokens cannot be extended.',
  },
  '50173': {
    meaning: 'The grant is no longer valid, for example because the password changed or an admin revoked the sessions.',
    fix: 'Sign the user in again.',
  },
  '70043': {
    meaning: 'The refresh token is no longer accepted because a Conditional Access sign-in frequency limit was reached.',
    fix: 'Sign the user in again interactively.',
  },
  '700054': {
    meaning: 'The request asked for response_type=id_token, but ID tokens from the implicit flow are not enabled for the app.',
    fix: 'Use the authorization code flow (recommended), or enable ID tokens for the implicit flow in the app registration.',
  },
  '900144': {
    meaning: 'A required parameter is missing from the request; the message names it.',
    fix: 'Add the parameter mentioned in the error description.',
  },
  '90009': {
    meaning: 'The app requested a token for itself but named itself by a URI; in this case the resource must be the client ID GUID.',
    fix: "Use the app's client ID GUID as the resource or in the scope.",
  },
  '50146': {
    meaning: 'The app needs its own signing key (for example because of a claims-mapping policy) and none is configured.',
    fix: 'Configure an app-specific signing key; the API then validates with the ?appid= metadata.',
  },
  '501461': {
    meaning:
      'AcceptMappedClaims is set, but that is only allowed when the app has a custom signing key or its audience uses a verified domain.',
    fix: 'Configure a custom signing key, or use an App ID URI on a verified domain.',
  },
  '90027': {
    meaning: 'Personal Microsoft account sign-ins need the v2.0 protocol, but the request did not use it.',
    fix: 'Use the v2.0 endpoints, or a tenant-specific or /organizations authority for work or school accounts.',
  },
  '9001023': {
    meaning: 'The grant type is not supported on the /common or /consumers endpoint.',
    fix: 'Use /organizations or a tenant-specific authority for this grant.',
  },
  '90124': {
    meaning: 'The requested resource is not supported on the /common or /consumers endpoint.',
    fix: 'Use /organizations or a tenant-specific authority.',
  },
  '90130': {
    meaning: 'The application is not supported on the /common or /consumers endpoint for this kind of request.',
    fix: 'Use /organizations or a tenant-specific authority.',
  },
  '50196': {
    meaning: 'Entra detected a loop: the client sent the same request too many times in a short period.',
    fix: 'Cache tokens and reuse them until they expire instead of requesting new ones repeatedly.',
  },
  '900384': {
    meaning: 'A JWT presented to Entra (such as a client assertion) failed signature validation.',
    fix: 'Sign with the private key that matches the certificate registered for the app.',
  },
} satisfies Record<AadstsCode, AadstsText>;
