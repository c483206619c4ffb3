import { describe, expect, it } from 'vitest';
import { findApiErrors } from './find-api-errors';
import { checkAgainstToken } from './connect';

const kinds = (text: string) => findApiErrors(text).map((m) => [m.source, m.code, m.kind]);

describe('Microsoft.IdentityModel IDX messages', () => {
  it('reads IDX10214 with the audiences the token had and the ones the API expected', () => {
    const [m] = findApiErrors(
      "Bearer was not authenticated. Failure message: IDX10214: Audience validation failed. Audiences: 'https://graph.microsoft.com'. Did not match: validationParameters.ValidAudience: 'api://contoso-orders' or validationParameters.ValidAudiences: 'null'.",
    );
    expect(m).toMatchObject({
      code: 'IDX10214',
      kind: 'audience',
      quote: { tokenAudiences: ['https://graph.microsoft.com'], expected: ['api://contoso-orders'] },
    });
  });

  it('notices values hidden as PII and keeps none of them', () => {
    const [m] = findApiErrors(
      "IDX10205: Issuer validation failed. Issuer: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'. Did not match: validationParameters.ValidIssuer: 'https://sts.windows.net/t/'",
    );
    expect(m?.kind).toBe('issuer');
    expect(m?.quote.piiHidden).toBe(true);
    expect(m?.quote.tokenIssuer).toBeUndefined();
    expect(m?.quote.expected).toEqual(['https://sts.windows.net/t/']);
  });

  it.each([
    [
      "IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/30/2026 09:00:00', Current time (UTC): '11/30/2026 10:00:00'.",
      'expired',
    ],
    [
      "IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom: '11/30/2026 11:00:00', Current time: '11/30/2026 10:00:00'.",
      'not-yet-valid',
    ],
    ["IDX10501: Signature validation failed. Unable to match key: kid: 'abc123'.", 'key-not-found'],
    [
      "IDX10503: Signature validation failed. The token's kid is: 'abc123', but did not match any keys in TokenValidationParameters or Configuration.",
      'key-not-found',
    ],
    ["IDX10503: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey'.", 'signature-invalid'],
    [
      "IDX10511: Signature validation failed. Keys tried: 'x'. Number of keys in TokenValidationParameters: '1'. kid: 'abc123'.",
      'signature-invalid',
    ],
    ["IDX10230: Lifetime validation failed. Delegate returned false, securitytoken: 'x'.", 'lifetime-custom'],
    ["IDX10000: The parameter 'token' cannot be a 'null' or an empty object.", 'token-missing'],
    ["IDX10002: The parameter 'token' cannot be 'null' or a string containing only whitespace.", 'token-missing'],
    ['IDX14100: JWT is not well formed, there are no dots (.).', 'malformed'],
    ['IDX99999: something new', 'unknown-idx'],
  ])('%s', (text, kind) => {
    expect(findApiErrors(text)[0]?.kind).toBe(kind);
  });

  it('quotes the kid and the times of the message', () => {
    expect(findApiErrors("IDX10501: Signature validation failed. Unable to match key: kid: 'abc123'.")[0]?.quote.kid).toBe('abc123');
    expect(
      findApiErrors(
        "IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '11/30/2026 09:00:00', Current time (UTC): '11/30/2026 10:00:00'.",
      )[0]?.quote,
    ).toEqual({ validTo: '11/30/2026 09:00:00', currentTime: '11/30/2026 10:00:00' });
  });
});

describe('Microsoft Graph error bodies', () => {
  const graph = (code: string, message: string) =>
    JSON.stringify({ error: { code, message, innerError: { date: '2026-11-30T10:00:00' } } });
  it.each([
    ['InvalidAuthenticationToken', 'Access token has expired or is not yet valid.', 'expired'],
    ['InvalidAuthenticationToken', 'Access token validation failure. Invalid audience.', 'audience'],
    ['InvalidAuthenticationToken', 'CompactToken parsing failed with error code: 80049217', 'graph-opaque-token'],
    ['Authorization_RequestDenied', 'Insufficient privileges to complete the operation.', 'graph-denied'],
    ['AccessDenied', 'Either scp or roles claim need to be present in the token.', 'graph-no-permissions'],
    ['Authorization_IdentityNotFound', 'The identity of the calling application could not be established.', 'graph-app-not-found'],
  ])('%s "%s"', (code, message, kind) => {
    expect(kinds(graph(code, message))).toEqual([['graph', code, kind]]);
  });

  it('ignores Graph errors that are not about tokens', () => {
    expect(findApiErrors(graph('Request_ResourceNotFound', "Resource 'x' does not exist"))).toEqual([]);
  });
});

describe('JWT library messages', () => {
  it.each([
    ['TokenExpiredError: jwt expired', 'jsonwebtoken', 'expired'],
    ['JsonWebTokenError: jwt audience invalid. expected: api://orders or api://billing', 'jsonwebtoken', 'audience'],
    ['JWTExpired: "exp" claim timestamp check failed', 'jose', 'expired'],
    ['JWTClaimValidationFailed: unexpected "iss" claim value', 'jose', 'issuer'],
    ['JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set', 'jose', 'key-not-found'],
    ['An error occurred while attempting to decode the Jwt: Jwt expired at 2026-11-30T09:00:00Z', 'spring', 'expired'],
    [
      'Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found"',
      'spring',
      'key-not-found',
    ],
    ["jwt.exceptions.InvalidAudienceError: Audience doesn't match", 'pyjwt', 'audience'],
    ['jwt.exceptions.ExpiredSignatureError: Signature has expired', 'pyjwt', 'expired'],
    ['jwt.exceptions.MissingRequiredClaimError: Token is missing the "exp" claim', 'pyjwt', 'claim-missing'],
  ])('%s', (text, source, kind) => {
    expect(findApiErrors(text).map((m) => [m.source, m.kind])).toEqual([[source, kind]]);
  });

  it('quotes the expected audiences of jsonwebtoken and the claim PyJWT misses', () => {
    expect(findApiErrors('jwt audience invalid. expected: api://orders or api://billing')[0]?.quote.expected).toEqual([
      'api://orders',
      'api://billing',
    ]);
    expect(findApiErrors('Token is missing the "exp" claim')[0]?.quote.claim).toBe('exp');
  });

  it('does not repeat a Graph error as a library message', () => {
    expect(
      kinds('{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure. Invalid audience."}}'),
    ).toHaveLength(1);
  });

  it('finds nothing in ordinary text', () => {
    expect(findApiErrors('The quick brown fox jumps over the lazy dog.')).toEqual([]);
  });
});

function first(text: string) {
  const [m] = findApiErrors(text);
  if (!m) throw new Error(`nothing found in ${text}`);
  return m;
}

describe('checkAgainstToken connects the message to the token', () => {
  const now = 1_800_000_000;
  it('says whether the token audience is among the expected ones (trailing slash ignored)', () => {
    const m = first(
      "IDX10214: Audience validation failed. Audiences: 'x'. Did not match: validationParameters.ValidAudience: 'https://api.contoso.com/'",
    );
    expect(checkAgainstToken(m, {}, { aud: 'https://graph.microsoft.com' }, true, now)).toEqual({
      check: 'aud',
      token: ['https://graph.microsoft.com'],
      expected: ['https://api.contoso.com/'],
      matches: false,
    });
    expect(checkAgainstToken(m, {}, { aud: 'https://api.contoso.com' }, true, now)).toMatchObject({ matches: true });
  });

  it('gives how long ago the token expired, and compares the kid', () => {
    const exp = first('jwt expired');
    expect(checkAgainstToken(exp, {}, { exp: now - 90 }, true, now)).toEqual({ check: 'exp', exp: now - 90, secondsPast: 90 });
    const kid = first("IDX10501: Signature validation failed. Unable to match key: kid: 'k1'.");
    expect(checkAgainstToken(kid, { kid: 'k2' }, {}, true, now)).toEqual({ check: 'kid', token: 'k2', reported: 'k1', matches: false });
  });
});
