/** Which software wrote the message. */
export type ApiErrorSource = 'identitymodel' | 'graph' | 'jsonwebtoken' | 'jose' | 'spring' | 'pyjwt';

/**
 * What the message says went wrong, as one closed set across libraries, so one explanation (and
 * one check against the token) serves IDX10214, "jwt audience invalid" and PyJWT's "Invalid audience".
 */
export type ApiErrorKind =
  | 'audience' // the token's aud is not what the API accepts
  | 'audience-missing' // the token has no aud
  | 'issuer' // the token's iss is not what the API accepts
  | 'validation-not-configured' // the API has no valid audience / issuer configured
  | 'expired'
  | 'not-yet-valid'
  | 'lifetime-invalid' // nbf after exp, or exp missing
  | 'lifetime-custom' // a custom lifetime validator said no
  | 'key-not-found' // no key with the token's kid
  | 'keys-not-configured' // the API has no signing keys at all
  | 'signature-invalid'
  | 'signature-missing'
  | 'algorithm-not-allowed'
  | 'malformed' // not a JWT at all (segments, base64url, JSON)
  | 'token-missing' // no token reached the validator
  | 'claim-missing' // a required claim is absent
  | 'graph-invalid-token' // Graph InvalidAuthenticationToken without a more precise reason
  | 'graph-opaque-token' // Graph could not parse the token (CompactToken …): not a JWT for Graph
  | 'graph-denied' // Graph Authorization_RequestDenied: the caller lacks a permission or role
  | 'graph-no-permissions' // Graph AccessDenied: neither scp nor roles in the token
  | 'graph-app-not-found' // the calling app has no service principal in the tenant
  | 'unknown-idx'; // an IDX code outside the offline list

/** Values a message quotes, so they can be set beside the token's own claims. */
export type ApiErrorQuote = {
  /** Audiences the message says the token had. */
  tokenAudiences?: string[];
  /** Audiences (or issuers) the API expected. */
  expected?: string[];
  tokenIssuer?: string;
  kid?: string;
  claim?: string;
  validTo?: string;
  validFrom?: string;
  currentTime?: string;
  /** Microsoft.IdentityModel replaced values with "[PII is hidden]" (IdentityModelEventSource.ShowPII is off). */
  piiHidden?: boolean;
};

/** One recognised error message. `code` is the library's own code or exception name. */
export type ApiErrorMatch = {
  source: ApiErrorSource;
  code: string;
  kind: ApiErrorKind;
  quote: ApiErrorQuote;
  /** The message as found (first line, at most 300 characters), for display. */
  excerpt: string;
};
