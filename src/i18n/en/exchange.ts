import type { ApiErrorKind, ApiErrorSource } from '../../core/api-errors/types';
import type { ExchangeSource } from '../../core/exchange/types';
import type { HarError } from '../../core/exchange/har';

type Explained = { title: string; check: string };

export const exchangeEn = {
  heading: 'The call',
  sources: {
    http: 'HTTP exchange',
    'curl-verbose': 'curl -v transcript',
    'curl-command': 'curl command',
    powershell: 'PowerShell command',
    fetch: 'fetch code',
    'www-authenticate': 'WWW-Authenticate header',
    'api-error': 'API error message',
    'har-entry': 'HAR entry',
  } satisfies Record<ExchangeSource, string>,
  request: 'Request',
  status: 'Status',
  api: 'API',
  apiNames: { graph: 'Microsoft Graph', arm: 'Azure Resource Manager', custom: 'your API' } as Record<string, string>,
  apiHint: 'The diagnosis below starts from this API; change it there if it is not right.',
  scheme: 'Authorization scheme',
  dpop: 'A DPoP proof was sent with the request (RFC 9449).',
  variable: (name: string) => `The token is the variable ${name} in this code, not a value: paste the token itself to decode it.`,
  noToken: 'No token was sent with this request.',
  basic: 'Basic credentials (a password) were sent; they are not shown.',
  omitted: (names: string) => `Left out, never shown or shared: ${names}.`,
  challenge: 'WWW-Authenticate',
  challengeError: 'error',
  challengeDescription: 'error_description',
  challengeOther: 'Other parameters',
  challengeClaims: 'Requested claims (decoded)',
  challengeUnreadable: 'This WWW-Authenticate value could not be read.',
  bearerErrors: {
    invalid_token: 'invalid_token: the API refused the token itself (expired, wrong audience or issuer, bad signature). RFC 6750 §3.1.',
    insufficient_scope: 'insufficient_scope: the token is valid but lacks the permission this call needs. RFC 6750 §3.1.',
    invalid_request: 'invalid_request: the request was malformed (for example the token sent twice, or in the wrong place). RFC 6750 §3.1.',
    insufficient_claims:
      'insufficient_claims: a claims challenge (Conditional Access or continuous access evaluation): get a new token with the claims below.',
    use_dpop_nonce: 'use_dpop_nonce: the server wants a DPoP proof carrying the nonce it sent (RFC 9449 §9).',
    invalid_dpop_proof: 'invalid_dpop_proof: the DPoP proof was refused (RFC 9449 §7.1).',
  } as Record<string, string>,
  bareChallenge:
    'A challenge without an error: the API received no usable token (missing header, another scheme, or removed by a proxy). RFC 6750 §3.1.',
  body: 'Response body',
  errorsHeading: 'API error messages',
  sourceNames: {
    identitymodel: 'Microsoft.IdentityModel',
    graph: 'Microsoft Graph',
    jsonwebtoken: 'Node jsonwebtoken',
    jose: 'jose',
    spring: 'Spring Security',
    pyjwt: 'PyJWT',
  } satisfies Record<ApiErrorSource, string>,
  piiHidden:
    'The message hides its values ("PII is hidden"): compare with the token below, or set IdentityModelEventSource.ShowPII = true in development only.',
  inToken: 'In this token',
  checks: {
    audMatch: (aud: string) =>
      `aud is ${aud}, which is among the audiences the API accepts; check the API's configuration and the token's issuer.`,
    audMismatch: (aud: string, expected: string) => `aud is ${aud}; the API expects ${expected}.`,
    aud: (aud: string) => `aud is ${aud || '(absent)'}.`,
    iss: (iss: string) => `iss is ${iss || '(absent)'}.`,
    issMismatch: (iss: string, expected: string) => `iss is ${iss}; the API expects ${expected}.`,
    expPast: (when: string) => `exp says the token expired ${when}.`,
    expFuture: (when: string) => `exp is ${when}: the token has not expired by the page's clock. Check the server's clock.`,
    expAbsent: 'The token has no exp claim.',
    nbfFuture: (when: string) => `nbf is ${when}: the token is not valid yet by the page's clock either.`,
    nbfPast: "nbf has passed by the page's clock: the server's clock may be behind.",
    kidMismatch: (kid: string, reported: string) => `The header's kid is ${kid}, the message names ${reported}.`,
    kid: (kid: string) => `The header's kid is ${kid || '(absent)'}: look for this kid in the issuer's JWKS.`,
    alg: (alg: string) => `The header's alg is ${alg || '(absent)'}.`,
    claimPresent: (claim: string) => `The token has ${claim}.`,
    claimAbsent: (claim: string) => `The token has no ${claim} claim.`,
    signature: (present: boolean): string => (present ? 'The token has a signature.' : 'The token has no signature.'),
    scopes: (scp: string, roles: string) => `scp: ${scp || '(none)'}; roles: ${roles || '(none)'}.`,
  },
  kinds: {
    audience: {
      title: 'Audience not accepted',
      check:
        "Compare aud with the audiences the API accepts (its App ID URI or client ID). Request the token with the API's scope, not another resource's.",
    },
    'audience-missing': {
      title: 'No audience',
      check:
        'The token has no aud the API could check: request an access token for the API (an ID token or a token without aud will not do).',
    },
    issuer: {
      title: 'Issuer not accepted',
      check:
        'Compare iss with the issuer(s) the API trusts: v1.0 tokens come from sts.windows.net, v2.0 from login.microsoftonline.com/…/v2.0, and each tenant has its own.',
    },
    'validation-not-configured': {
      title: 'The API is not configured',
      check: "The API has no valid audience or issuer set: nothing is wrong with the token; fix the API's validation settings.",
    },
    expired: {
      title: 'Token expired',
      check:
        'Look at exp against the current time, with the clock skew the API allows. Get a new token (refresh) instead of reusing the old one.',
    },
    'not-yet-valid': {
      title: 'Token not valid yet',
      check: "nbf is in the future for the API: one of the clocks is wrong, usually the server's.",
    },
    'lifetime-invalid': { title: 'Lifetime unreadable', check: 'exp is missing, or nbf is after exp: look at the lifetime claims.' },
    'lifetime-custom': {
      title: 'Custom lifetime check failed',
      check: "The API's own LifetimeValidator returned false: look at its code, then at exp and nbf.",
    },
    'key-not-found': {
      title: 'Signing key not found',
      check:
        "The API has no key with the token's kid: the token is from another issuer or tenant, the key rotated and the API's cache is old, or the token is for another resource (Graph tokens cannot be validated by your API).",
    },
    'keys-not-configured': {
      title: 'The API has no keys',
      check: 'The API could not load any signing keys (metadata address, network, or configuration): the token may be fine.',
    },
    'signature-invalid': {
      title: 'Signature invalid',
      check:
        'The key matched but the signature did not verify: the token was changed, it is a Graph token (signed with a nonce transform), or the API uses the wrong key. Verify it above.',
    },
    'signature-missing': {
      title: 'No signature',
      check: 'The token is unsigned (alg none or an empty signature): APIs refuse it. A link shared without its signature looks like this.',
    },
    'algorithm-not-allowed': {
      title: 'Algorithm not allowed',
      check: "The header's alg is not one the API accepts: compare alg with the API's allowed algorithms.",
    },
    malformed: {
      title: 'Not a well-formed JWT',
      check: 'The API did not receive a compact JWT: look for quotes, a "Bearer " prefix sent twice, a cut-off token, or an opaque token.',
    },
    'token-missing': {
      title: 'No token',
      check: 'No token reached the validator: check the Authorization header is sent, spelled right and not removed by a proxy.',
    },
    'claim-missing': {
      title: 'Required claim missing',
      check: 'The API requires a claim the token lacks: see the claim named in the message.',
    },
    'graph-invalid-token': {
      title: 'Graph refused the token',
      check:
        "Graph could not validate the token: check aud is https://graph.microsoft.com (or 00000003-0000-0000-c000-000000000000), exp, and the issuer's tenant.",
    },
    'graph-opaque-token': {
      title: 'Graph could not parse the token',
      check:
        'Graph received a token it cannot parse here: often a personal-account (MSA) token sent to a work or school endpoint, or a token for another resource.',
    },
    'graph-denied': {
      title: 'Permission missing',
      check:
        'The token is valid but lacks the permission this call needs: compare scp (delegated) or roles (application) with the permissions the Graph API reference lists, and grant consent.',
    },
    'graph-no-permissions': {
      title: 'No permissions in the token',
      check:
        'The token has neither scp nor roles: request Graph scopes (delegated) or grant application permissions and use /.default (client credentials).',
    },
    'graph-app-not-found': {
      title: 'Calling app unknown in this tenant',
      check:
        'The app has no service principal in the tenant (not consented or deleted): an admin grants consent, then request a new token.',
    },
    'unknown-idx': {
      title: 'Microsoft.IdentityModel error',
      check: 'This IDX code is not in the offline list: look it up at https://aka.ms/IdentityModel and compare the message with the token.',
    },
  } satisfies Record<ApiErrorKind, Explained>,
  har: {
    heading: 'HAR file',
    open: 'Open a HAR file',
    drop: 'or drop a .har file here. It is read in the page and never uploaded.',
    reading: 'Reading the HAR file…',
    requests: 'Requests with tokens or refused',
    summary: (listed: number, total: number, folded: number) =>
      `${listed} of ${total} requests listed; ${folded} without a token, a 401/403 or returned tokens are left out.`,
    creator: (name: string) => `Exported by ${name}.`,
    sanitized:
      'No request in this HAR has an Authorization header: recent Chrome and Edge remove it when exporting. Use "Export HAR (with sensitive data)" to keep tokens.',
    columns: { method: 'Method', url: 'URL', status: 'Status', token: 'Token' },
    reasons: { token: 'token sent', denied: 'refused', 'token-response': 'returned tokens' } as Record<string, string>,
    audience: (aud: string) => `aud ${aud}`,
    select: (method: string, url: string) => `Show ${method} ${url}`,
    hidden: 'Cookies, request bodies and other headers are never shown.',
    errors: {
      json_invalid: (d: string) => `This HAR file is not valid JSON: ${d}`,
      not_har: () => 'This JSON is not a HAR file (no log.entries).',
      worker: (d: string) => `The HAR file could not be read: ${d}`,
    } satisfies Record<HarError | 'worker', (d: string) => string>,
    selected: (method: string, url: string) => `Selected: ${method} ${url}`,
  },
};

export type ExchangeMessages = typeof exchangeEn;
