import type { DetailedAadb2cCode } from '../../core/aadsts/b2c-codes';
import type { AadstsFullText } from './aadsts-detailed-more';

/** Full "meaning + what to do" texts for the B2C codes app developers meet most (own words). */
export const b2cDetailedEn = {
  '90118': {
    meaning:
      'The user pressed "Forgot your password?" in a sign-up/sign-in user flow. B2C returns this error to the app instead of resetting the password itself.',
    fix: 'Catch AADB2C90118 in the error redirect and start the password-reset user flow, or use a flow with self-service password reset built in.',
  },
  '90091': {
    meaning: 'The user cancelled (for example pressed Cancel on a profile-edit or password-reset page).',
    fix: "Treat it as a normal outcome: send the user back to the app's home page without an error message.",
  },
  '90006': {
    meaning: 'The redirect URI in the request is not registered for this client ID in the B2C tenant.',
    fix: 'Register the exact redirect URI on the app registration (scheme, host, port, path and trailing slash all count).',
  },
  '90055': {
    meaning: 'The scope names a permission without its resource; B2C needs the full scope URI of your API.',
    fix: 'Request the full scope, e.g. https://{tenant}.onmicrosoft.com/{api}/read, as shown under the API\'s "Expose an API".',
  },
  '90057': {
    meaning: 'The app asked for tokens through the implicit flow, which is not enabled for it.',
    fix: 'Prefer the authorization code flow with PKCE; otherwise enable access and/or ID tokens under Implicit grant.',
  },
  '90077': {
    meaning: 'A silent request (prompt=none) found no B2C session for the user.',
    fix: 'Fall back to an interactive sign-in.',
  },
  '90079': {
    meaning: 'A confidential (Web) client redeemed a code or refresh token without its client secret.',
    fix: 'Send client_secret from the server, or register the client as a SPA/public client if it runs in the browser.',
  },
  '90080': {
    meaning: "The refresh token is past its lifetime or its sliding window, as set in the user flow's token settings.",
    fix: 'Sign the user in again; lengthen the refresh-token lifetime or sliding window in the user flow if it is too short.',
  },
  '90205': {
    meaning: 'The app is not granted the API permission (scope) it requested on this web API.',
    fix: 'Add the scope under API permissions of the client app and grant admin consent; B2C has no user consent, so consent must be given by an admin.',
  },
  '90208': {
    meaning: 'The id_token_hint sent with the request is expired.',
    fix: 'Issue a fresh id_token_hint just before starting the flow.',
  },
  '90273': {
    meaning: 'An invalid response came back from the identity provider, most often because the user cancelled there.',
    fix: "Handle it like a cancellation; if it happens without cancelling, check the identity provider's configuration.",
  },
  '90289': {
    meaning: 'B2C could not connect to the external identity provider or REST API.',
    fix: "Check the identity provider's endpoints and availability, then retry.",
  },
  '99059': {
    meaning: 'A single-page app used the authorization code flow without PKCE.',
    fix: 'Send code_challenge and code_challenge_method=S256 (MSAL.js does this for you).',
  },
  '90115': {
    meaning:
      'With response_type=code the scope did not say what to return: it needs your API scope or the client ID for an access token, openid for an ID token, offline_access for a refresh token.',
    fix: 'Add the scopes for the tokens you need, for example "openid offline_access {client ID}".',
  },
} satisfies Record<DetailedAadb2cCode, AadstsFullText>;
