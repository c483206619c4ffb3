import { describe, expect, it } from 'vitest';
import { describeClaim } from './catalog';
import { describeHeader } from './header-catalog';

describe('claims added for issue 11', () => {
  it.each([
    // [claim, source, defining document (prefix), value kind]
    ['authorization_details', 'iana', 'https://www.rfc-editor.org/rfc/rfc9396', 'object'], // RFC 9396 §2
    ['htm', 'iana', 'https://www.rfc-editor.org/rfc/rfc9449', 'string'], // RFC 9449 §4.2
    ['htu', 'iana', 'https://www.rfc-editor.org/rfc/rfc9449', 'uri'], // RFC 9449 §4.2
    ['ath', 'iana', 'https://www.rfc-editor.org/rfc/rfc9449', 'base64url'], // RFC 9449 §4.2
    ['_sd', 'ietf-draft', 'https://datatracker.ietf.org/doc/draft-ietf-oauth-selective-disclosure-jwt', 'list'], // SD-JWT §4.2.4
    ['_sd_alg', 'ietf-draft', 'https://datatracker.ietf.org/doc/draft-ietf-oauth-selective-disclosure-jwt', 'string'],
    ['sd_hash', 'ietf-draft', 'https://datatracker.ietf.org/doc/draft-ietf-oauth-selective-disclosure-jwt', 'base64url'],
    ['sub_jwk', 'oidc-core', 'https://openid.net/specs/openid-connect-core-1_0.html#SelfIssued', 'object'], // OIDC Core §7.4
    ['verified_claims', 'iana', 'https://openid.net/specs/openid-connect-4-identity-assurance', 'object'],
    ['device_key', 'cognito', 'https://docs.aws.amazon.com/cognito/', 'string'],
    ['identities', 'cognito', 'https://docs.aws.amazon.com/cognito/', 'object'],
    ['clientHost', 'keycloak', 'https://www.keycloak.org/', 'string'],
    ['clientAddress', 'keycloak', 'https://www.keycloak.org/', 'string'],
    ['clientId', 'keycloak', 'https://www.keycloak.org/', 'string'],
    ['ageGroup', 'b2c', 'https://learn.microsoft.com/azure/active-directory-b2c/age-gating', 'string'],
    ['consentProvidedForMinor', 'b2c', 'https://learn.microsoft.com/azure/active-directory-b2c/age-gating', 'string'],
    ['legalAgeGroupClassification', 'b2c', 'https://learn.microsoft.com/azure/active-directory-b2c/age-gating', 'string'],
  ] as const)('knows %s (%s)', (name, source, url, valueKind) => {
    const info = describeClaim(name);
    expect(info).toMatchObject({ custom: false, source, valueKind });
    expect(!info.custom && info.specUrl?.startsWith(url)).toBe(true);
  });

  it.each([
    // RFC 7519 §5.3 replicated claims, RFC 8555 §6.4, RFC 8225 §8.1, OpenID Federation trust_chain
    ['iss', 'rfc7519'],
    ['sub', 'rfc7519'],
    ['aud', 'rfc7519'],
    ['url', 'rfc8555'],
    ['ppt', 'rfc8225'],
    ['trust_chain', 'openid-federation'],
  ] as const)('knows the header parameter %s (%s)', (name, source) => {
    expect(describeHeader(name)).toMatchObject({ custom: false, source });
  });

  it('never trusts a trust_chain as given', () => {
    expect(describeHeader('trust_chain')).toMatchObject({ use: 'never-trust' });
  });
});
