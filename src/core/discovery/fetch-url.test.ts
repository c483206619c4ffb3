import { describe, it, expect } from 'vitest';
import { checkFetchUrl, isAutoFetchIssuer } from './fetch-url';

describe('checkFetchUrl', () => {
  it.each([
    ['https://login.microsoftonline.com/common/discovery/v2.0/keys', true, undefined],
    ['http://localhost:8080/.well-known/openid-configuration', true, undefined],
    ['http://127.0.0.1:4000/jwks', true, undefined],
    ['http://[::1]:4000/jwks', true, undefined],
    ['  https://example.com/x  ', true, undefined],
    ['not a url', false, 'not_a_url'],
    ['/relative/path', false, 'not_a_url'],
    ['ftp://example.com/jwks', false, 'wrong_scheme'],
    ['javascript:alert(1)', false, 'wrong_scheme'],
    ['http://example.com/jwks', false, 'http_not_loopback'],
    ['http://localhost.evil.com/jwks', false, 'http_not_loopback'],
    ['https://user:pass@example.com/jwks', false, 'credentials_in_url'],
  ])('%s → ok %s (%s)', (text, ok, error) => {
    const result = checkFetchUrl(text);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.error).toBe(error);
  });
});

describe('isAutoFetchIssuer', () => {
  it.each([
    ['https://login.microsoftonline.com/tid/v2.0', true],
    ['https://sts.windows.net/tid/', true],
    ['https://login.microsoftonline.us/tid/v2.0', true],
    ['https://login.chinacloudapi.cn/tid/v2.0', true],
    ['https://login.partner.microsoftonline.cn/tid/v2.0', true],
    ['https://contoso.b2clogin.com/tid/v2.0/', true],
    ['https://tenant.ciamlogin.com/tid/v2.0', true],
    ['https://accounts.google.com', true],
    ['https://acme.okta.com/oauth2/default', true],
    ['https://acme.oktapreview.com', true],
    ['https://dev-abc.us.auth0.com/', true],
    ['https://cognito-idp.us-east-1.amazonaws.com/us-east-1_X', true],
    ['https://sso.example.org/realms/demo', false],
    ['https://evilokta.com', false],
    ['https://okta.com.evil.net', false],
    ['https://b2clogin.com/x', false],
    ['https://s3.us-east-1.amazonaws.com/x', false],
    ['http://login.microsoftonline.com/tid/v2.0', false],
    ['https://login.microsoftonline.com:8443/tid', false],
    ['https://user:pw@accounts.google.com', false],
    ['http://localhost:3000', false],
  ])('%s → %s', (url, expected) => {
    expect(isAutoFetchIssuer(url)).toBe(expected);
  });
});
