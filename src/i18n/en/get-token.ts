import type { ParamRole, SettingsError } from '../../core/flow/authorization-request';
import type { IssuerInputError } from '../../core/flow/issuer-input';
import type { FlowMetadataError } from '../../core/flow/flow-metadata';
import type { ResponseRefusal } from '../../core/flow/authorization-response';
import type { TransportFailure } from '../../core/flow/token-exchange';
import type { FetchUrlError } from '../../core/discovery/fetch-url';
import type { Prompt, ResponseMode } from '../../core/flow/flow-settings';
import type { MetadataProblemCode } from '../../features/get-token/api/fetch-metadata';

const urlReasons: Record<FetchUrlError, string> = {
  not_a_url: 'it is not a URL',
  wrong_scheme: 'only https URLs are used',
  http_not_loopback: 'plain http is allowed only for localhost and 127.0.0.1',
  credentials_in_url: 'it contains a user name or password',
};

/** English texts of the "Get a token" view (loaded with the view, on demand). */
export const getTokenEn = {
  title: 'Get a token',
  intro:
    'Sign in from this page with the authorization code flow and PKCE, as a single-page application. The page is its own redirect URI; the code is redeemed here, in your browser, and the tokens never leave it.',
  offline: 'This view needs the network: signing in talks to the identity provider. Turn Offline mode off to use it.',
  form: {
    heading: 'Request',
    issuer: 'Issuer',
    issuerHint:
      'An issuer or discovery URL, or for Microsoft Entra a tenant ID, a domain, common, organizations or consumers; for Azure AD B2C tenant/B2C_1_user_flow.',
    clientId: 'Client ID',
    clientIdHint: 'The application (client) ID of an app registration that allows this redirect URI as a public client.',
    scopes: 'Scopes',
    scopesHint:
      'Separated by spaces. Microsoft Graph: https://graph.microsoft.com/User.Read. Your own API: api://<app ID URI>/<scope> or api://<app ID URI>/.default.',
    redirectUri: 'Redirect URI',
    copyRedirect: 'Copy',
    copied: 'copied',
    registerHeading: 'Register this redirect URI',
    registerEntra:
      'Microsoft Entra: App registrations → your app → Authentication → Add a platform → "Single-page application" → paste the redirect URI exactly. Under "Web" the code can only be redeemed by a server (AADSTS9002326).',
    registerOther:
      'Other providers: register it as an allowed redirect URI of a public client (no client secret) that may use PKCE, and allow this origin for CORS if the provider asks.',
    noSecret:
      'There is no client secret field, by design: a page cannot keep a secret. Confidential clients (web apps, daemons) redeem codes on their server with a secret or certificate; run those flows there.',
    optional: 'Optional parameters',
    responseMode: 'Response mode',
    responseModes: { '': 'Provider default (query)', query: 'query', fragment: 'fragment' } satisfies Record<ResponseMode, string>,
    prompt: 'prompt',
    prompts: {
      '': '(none)',
      login: 'login',
      consent: 'consent',
      select_account: 'select_account',
      none: 'none',
      create: 'create',
    } satisfies Record<Prompt, string>,
    loginHint: 'login_hint',
    domainHint: 'domain_hint',
    claims: 'Claims request (JSON)',
    claimsHint: 'OpenID Connect claims request, e.g. to step up to a Conditional Access authentication context.',
    authContext: 'Authentication context ID',
    addAuthContext: 'Ask for this authentication context',
    authContextInvalid: 'An authentication context ID is c1 to c99.',
    extra: 'Extra parameters',
    extraHint: 'One name=value per line, e.g. resource=https://api.example.com or max_age=0.',
    remember: 'Remember on this device',
    rememberHint: 'Keeps issuer, client ID, scopes and the optional parameters in this browser (never tokens, never the login hint).',
    share: 'Copy link to this request',
    shareHint: 'A #flow= link with the settings above; it carries no token, code or secret.',
    signIn: 'Sign in',
  },
  request: {
    heading: 'Authorization request',
    endpoint: 'Authorization endpoint',
    parameter: 'Parameter',
    value: 'Value',
    meaning: 'Meaning',
    loading: (url: string) => `Reading the provider's metadata from ${url}…`,
    s256Missing: 'The provider does not list S256 among its PKCE methods; the sign-in may be refused.',
    explain: {
      client_id: 'Which app registration is signing in.',
      response_type: 'code: the authorization code flow; the code is exchanged for tokens afterwards (RFC 6749 4.1).',
      redirect_uri: 'Where the provider sends the answer: this page. It must be registered exactly.',
      scope: 'What the tokens should allow. openid gives an ID token, offline_access a refresh token.',
      state:
        'Random value made in this page; the answer must carry it back, so a code this page did not ask for is refused (RFC 6749 10.12).',
      nonce: 'Random value made in this page; the ID token must contain it, so an old ID token cannot be replayed (OIDC Core 3.1.2.1).',
      code_challenge: 'SHA-256 of a secret verifier kept in this tab; only this tab can redeem the code (PKCE, RFC 7636).',
      code_challenge_method: 'S256: the challenge is a SHA-256 hash, never the plain verifier.',
      response_mode: 'How the answer comes back: in the query or in the fragment of the redirect URI.',
      prompt: 'Forces an interaction: login, consent, select_account, none (silent, fails if interaction is needed) or create.',
      login_hint: 'Pre-fills the user name on the sign-in page.',
      domain_hint: 'Skips home-realm discovery (Microsoft: sends the user straight to a federated identity provider).',
      claims: 'Specific claims requested (OIDC Core 5.5), e.g. an authentication context (acrs) for Conditional Access step-up.',
      extra: 'An extra parameter you added; sent as typed.',
    } satisfies Record<ParamRole, string>,
  },
  errors: {
    storageUnavailable:
      'The sign-in did not start: this browser refused to keep its state, nonce and PKCE verifier for the round trip (session storage is blocked or full), so the answer could not be checked when it comes back. Allow this page to store site data (or leave a mode that blocks it) and try again.',
    settings: {
      client_id_missing: 'Enter a Client ID.',
      scope_missing: 'Enter at least one scope.',
      redirect_uri_invalid: 'The redirect URI must be an absolute http(s) URL without a fragment.',
      claims_not_json: 'The claims request is not valid JSON.',
      claims_not_object: 'The claims request must be a JSON object, e.g. {"id_token":{…}}.',
      extra_malformed: 'Extra parameters: each line must be name=value',
      extra_reserved: 'Extra parameters: this page sets it itself, so it cannot be overridden',
      extra_secret: 'Extra parameters: credentials are never sent from this page',
    } satisfies Record<SettingsError['code'], string>,
    issuer: {
      empty: 'Enter an issuer.',
      not_understood:
        'Not an issuer this page understands: use an https URL, a tenant ID or domain, common/organizations/consumers, or tenant/B2C_1_flow.',
      not_fetchable: 'This issuer URL cannot be used',
    } satisfies Record<IssuerInputError['code'], string>,
    urlReasons,
    metadata: {
      not_an_object: 'The metadata is not a JSON object.',
      endpoint_missing: 'The metadata has no',
      endpoint_not_usable: 'The metadata names an endpoint that cannot be used',
    } satisfies Record<FlowMetadataError['code'], string>,
    metadataFetch: {
      http_status: 'The provider answered with HTTP status',
      not_json: "The provider's answer is not JSON.",
      network: 'The metadata could not be read (network failure, or the provider does not allow this page to read it: CORS).',
      timeout: 'The provider did not answer in time.',
      offline_mode: 'Offline mode is on: nothing was requested.',
    } satisfies Record<MetadataProblemCode, string>,
  },
  back: {
    heading: 'Sign-in result',
    refused: {
      no_pending_request:
        'This page did not start a sign-in with this answer in this tab, so the code was refused and not redeemed. If you did start one, it was in another tab or browser: the PKCE verifier stayed there. Start the sign-in again here.',
      state_missing:
        'The answer has no state, so it cannot be matched to the sign-in this page started. The code was refused and not redeemed.',
      state_mismatch:
        "The answer's state does not match the sign-in this page started: it was not sent for this request (possibly a forged link). The code was refused and not redeemed.",
      issuer_mismatch:
        'The answer names another issuer than the one this sign-in went to (RFC 9207, mix-up protection). The code was refused and not redeemed.',
      issuer_missing:
        'The provider says it always names itself in its answers (RFC 9207), but this answer does not. The code was refused and not redeemed.',
      request_expired: 'This sign-in was started more than an hour ago. The code was refused and not redeemed; start again.',
      no_code: 'The answer carries neither a code nor an error.',
    } satisfies Record<ResponseRefusal, string>,
    errorRedirect: (error: string) => `The provider ended the sign-in with an error: ${error}`,
    accessDenied: 'access_denied: the sign-in was cancelled, or consent was refused.',
    redeeming: 'Redeeming the code at the token endpoint…',
    tokenError: (error: string, status: number) => `The token endpoint refused the request: ${error} (HTTP ${status}).`,
    unexpected: (status: number) => `The token endpoint answered HTTP ${status} with something that is neither tokens nor an OAuth error.`,
    transport: {
      cors_entra_platform:
        'The browser could not read the token endpoint\'s answer. For Microsoft Entra this almost always means the redirect URI is registered under the "Web" platform: move it to "Single-page application" (AADSTS9002326). A network failure is the other possibility.',
      cors_or_network:
        "The browser could not read the token endpoint's answer: the provider does not allow this page's origin (CORS), or the network failed. Browsers do not tell which.",
      timeout:
        'The token endpoint did not answer within 30 seconds: it is unreachable from this browser, or it hangs. Nothing was redeemed.',
      offline_mode: 'Offline mode is on: the code was not redeemed.',
    } satisfies Record<TransportFailure, string>,
    addressCleaned: 'The code was removed from the address bar.',
    tokens: 'Token response',
    refreshHeading: 'Refresh',
    refreshScopes: 'Scopes for the refresh (optional)',
    refresh: 'Refresh tokens',
    refreshing: 'Redeeming the refresh token…',
    refreshed: 'Tokens refreshed.',
    notStored: "Tokens are kept only in this page's memory: reloading or closing the page forgets them.",
  },
};

export type GetTokenMessages = typeof getTokenEn;
