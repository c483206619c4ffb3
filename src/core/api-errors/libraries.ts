import { excerptAt } from './excerpt';
import type { ApiErrorKind, ApiErrorMatch, ApiErrorQuote, ApiErrorSource } from './types';

type Pattern = { source: ApiErrorSource; code: string; kind: ApiErrorKind; needle: string; quote?: (after: string) => ApiErrorQuote };

function restOfLine(after: string): string {
  const end = after.search(/[\r\n]/);
  return (end < 0 ? after : after.slice(0, end)).slice(0, 1000).trim();
}

// jsonwebtoken prints "jwt audience invalid. expected: a or b".
const expectedList = (after: string): ApiErrorQuote => {
  const list = restOfLine(after)
    .split(' or ')
    .map((s) => s.trim().replace(/[.,]$/, ''))
    .filter((s) => s !== '');
  return list.length > 0 ? { expected: list } : {};
};
const claimInQuotes = (after: string): ApiErrorQuote => {
  const m = /^([^"]{1,60})"/.exec(after);
  return m?.[1] ? { claim: m[1] } : {};
};
const validTo = (after: string): ApiErrorQuote => {
  const v = restOfLine(after);
  return v ? { validTo: v } : {};
};

/**
 * Messages of common JWT libraries (lower-cased needles; matched with indexOf, no regular
 * expressions). Order matters: the first pattern of a kind wins, so the more specific come first.
 */
const PATTERNS: readonly Pattern[] = [
  // Spring Security resource server (Nimbus underneath); first, as "Jwt expired at" contains jsonwebtoken's "jwt expired"
  { source: 'spring', code: 'JwtValidationException', kind: 'expired', needle: 'jwt expired at ', quote: validTo },
  { source: 'spring', code: 'JwtValidationException', kind: 'not-yet-valid', needle: 'jwt used before ' },
  { source: 'spring', code: 'JwtValidationException', kind: 'issuer', needle: 'the iss claim is not valid' },
  { source: 'spring', code: 'JwtValidationException', kind: 'audience', needle: 'the aud claim is not valid' },
  { source: 'spring', code: 'JwtValidationException', kind: 'audience', needle: 'the required audience is missing' },
  { source: 'spring', code: 'BadJwtException', kind: 'key-not-found', needle: 'another algorithm expected, or no matching key(s) found' },
  { source: 'spring', code: 'BadJwtException', kind: 'signature-invalid', needle: 'signed jwt rejected: invalid signature' },
  {
    source: 'spring',
    code: 'BadJwtException',
    kind: 'malformed',
    needle: 'an error occurred while attempting to decode the jwt: malformed',
  },
  { source: 'spring', code: 'JwtException', kind: 'keys-not-configured', needle: "couldn't retrieve remote jwk set" },
  // Node jsonwebtoken (auth0/node-jsonwebtoken)
  { source: 'jsonwebtoken', code: 'TokenExpiredError', kind: 'expired', needle: 'jwt expired' },
  { source: 'jsonwebtoken', code: 'NotBeforeError', kind: 'not-yet-valid', needle: 'jwt not active' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'audience', needle: 'jwt audience invalid. expected:', quote: expectedList },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'issuer', needle: 'jwt issuer invalid. expected:', quote: expectedList },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'malformed', needle: 'jwt malformed' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'signature-missing', needle: 'jwt signature is required' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'token-missing', needle: 'jwt must be provided' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'algorithm-not-allowed', needle: 'invalid algorithm' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'keys-not-configured', needle: 'secret or public key must be provided' },
  { source: 'jsonwebtoken', code: 'JsonWebTokenError', kind: 'signature-invalid', needle: 'jsonwebtokenerror: invalid signature' },
  // panva/jose
  { source: 'jose', code: 'ERR_JWT_EXPIRED', kind: 'expired', needle: '"exp" claim timestamp check failed' },
  { source: 'jose', code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', kind: 'not-yet-valid', needle: '"nbf" claim timestamp check failed' },
  { source: 'jose', code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', kind: 'audience', needle: 'unexpected "aud" claim value' },
  { source: 'jose', code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', kind: 'issuer', needle: 'unexpected "iss" claim value' },
  { source: 'jose', code: 'ERR_JWT_CLAIM_VALIDATION_FAILED', kind: 'claim-missing', needle: 'missing required "', quote: claimInQuotes },
  {
    source: 'jose',
    code: 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    kind: 'signature-invalid',
    needle: 'err_jws_signature_verification_failed',
  },
  { source: 'jose', code: 'ERR_JWKS_NO_MATCHING_KEY', kind: 'key-not-found', needle: 'no applicable key found in the json web key set' },
  { source: 'jose', code: 'ERR_JWKS_NO_MATCHING_KEY', kind: 'key-not-found', needle: 'err_jwks_no_matching_key' },
  {
    source: 'jose',
    code: 'ERR_JOSE_ALG_NOT_ALLOWED',
    kind: 'algorithm-not-allowed',
    needle: '"alg" (algorithm) header parameter value not allowed',
  },
  { source: 'jose', code: 'ERR_JWS_INVALID', kind: 'malformed', needle: 'invalid compact jws' },
  // PyJWT
  { source: 'pyjwt', code: 'ExpiredSignatureError', kind: 'expired', needle: 'signature has expired' },
  { source: 'pyjwt', code: 'ImmatureSignatureError', kind: 'not-yet-valid', needle: 'the token is not yet valid (nbf)' },
  { source: 'pyjwt', code: 'InvalidAudienceError', kind: 'audience', needle: "audience doesn't match" },
  { source: 'pyjwt', code: 'InvalidAudienceError', kind: 'audience', needle: 'invalid audience' },
  { source: 'pyjwt', code: 'InvalidIssuerError', kind: 'issuer', needle: 'invalid issuer' },
  { source: 'pyjwt', code: 'InvalidSignatureError', kind: 'signature-invalid', needle: 'signature verification failed' },
  { source: 'pyjwt', code: 'InvalidAlgorithmError', kind: 'algorithm-not-allowed', needle: 'the specified alg value is not allowed' },
  { source: 'pyjwt', code: 'MissingRequiredClaimError', kind: 'claim-missing', needle: 'token is missing the "', quote: claimInQuotes },
  { source: 'pyjwt', code: 'PyJWKClientError', kind: 'key-not-found', needle: 'unable to find a signing key that matches' },
  { source: 'pyjwt', code: 'DecodeError', kind: 'malformed', needle: 'not enough segments' },
  { source: 'pyjwt', code: 'DecodeError', kind: 'malformed', needle: 'invalid header padding' },
  { source: 'pyjwt', code: 'DecodeError', kind: 'malformed', needle: 'invalid payload padding' },
];

/** Messages of Node jsonwebtoken and jose, Spring Security and PyJWT in the text, one per kind. */
export function findLibraryErrors(text: string): ApiErrorMatch[] {
  const lower = text.slice(0, 1024 * 1024).toLowerCase();
  const out: ApiErrorMatch[] = [];
  const kinds = new Set<ApiErrorKind>();
  for (const p of PATTERNS) {
    if (kinds.has(p.kind)) continue;
    const at = lower.indexOf(p.needle);
    if (at < 0) continue;
    kinds.add(p.kind);
    const after = text.slice(at + p.needle.length, at + p.needle.length + 2000);
    out.push({ source: p.source, code: p.code, kind: p.kind, quote: p.quote ? p.quote(after) : {}, excerpt: excerptAt(text, at) });
  }
  return out;
}
