import { describe, it, expect } from 'vitest';
import { discoveryCandidates } from './discovery-candidates';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const MSA = '9188040d-6c67-4c5b-b112-36a304b66dad';
const WK = '/.well-known/openid-configuration';

describe('discoveryCandidates per issuer family', () => {
  it.each([
    [
      'Entra v1',
      { iss: `https://sts.windows.net/${TID}/`, tid: TID, ver: '1.0' },
      [[`https://login.microsoftonline.com/${TID}${WK}`, 'entra_v1']],
    ],
    [
      'Entra v1 without ver (graph-style)',
      { iss: `https://sts.windows.net/${TID}/`, tid: TID },
      [[`https://login.microsoftonline.com/${TID}${WK}`, 'entra_v1']],
    ],
    [
      'Entra v2',
      { iss: `https://login.microsoftonline.com/${TID}/v2.0`, tid: TID, ver: '2.0' },
      [[`https://login.microsoftonline.com/${TID}/v2.0${WK}`, 'entra_v2']],
    ],
    [
      'Entra v2, MSA tenant',
      { iss: `https://login.microsoftonline.com/${MSA}/v2.0`, tid: MSA, ver: '2.0' },
      [[`https://login.microsoftonline.com/${MSA}/v2.0${WK}`, 'entra_v2']],
    ],
    [
      'Entra: ver decides the metadata, not the issuer shape',
      { iss: `https://login.microsoftonline.com/${TID}/v2.0`, tid: TID, ver: '1.0' },
      [
        [`https://login.microsoftonline.com/${TID}${WK}`, 'entra_v1'],
        [`https://login.microsoftonline.com/${TID}/v2.0${WK}`, 'oidc_issuer'],
      ],
    ],
    [
      'US Government v2',
      { iss: `https://login.microsoftonline.us/${TID}/v2.0`, tid: TID, ver: '2.0' },
      [[`https://login.microsoftonline.us/${TID}/v2.0${WK}`, 'entra_v2']],
    ],
    [
      'China v1',
      { iss: `https://sts.chinacloudapi.cn/${TID}/`, tid: TID, ver: '1.0' },
      [[`https://login.chinacloudapi.cn/${TID}${WK}`, 'entra_v1']],
    ],
    [
      'China v2 (issuer on the partner host)',
      { iss: `https://login.partner.microsoftonline.cn/${TID}/v2.0`, tid: TID, ver: '2.0' },
      [
        [`https://login.chinacloudapi.cn/${TID}/v2.0${WK}`, 'entra_v2'],
        [`https://login.partner.microsoftonline.cn/${TID}/v2.0${WK}`, 'oidc_issuer'],
      ],
    ],
    [
      'B2C with tfp',
      { iss: `https://contoso.b2clogin.com/${TID}/v2.0/`, tfp: 'B2C_1_signin', ver: '1.0' },
      [
        [`https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0${WK}`, 'b2c_policy_from_tfp'],
        [`https://contoso.b2clogin.com/contoso.onmicrosoft.com/v2.0${WK}?p=B2C_1_signin`, 'b2c_policy_query'],
        [`https://contoso.b2clogin.com/${TID}/v2.0${WK}`, 'oidc_issuer'],
      ],
    ],
    [
      'B2C legacy acr',
      { iss: `https://contoso.b2clogin.com/${TID}/v2.0/`, acr: 'b2c_1_susi' },
      [
        [`https://contoso.b2clogin.com/contoso.onmicrosoft.com/b2c_1_susi/v2.0${WK}`, 'b2c_policy_from_acr'],
        [`https://contoso.b2clogin.com/contoso.onmicrosoft.com/v2.0${WK}?p=b2c_1_susi`, 'b2c_policy_query'],
        [`https://contoso.b2clogin.com/${TID}/v2.0${WK}`, 'oidc_issuer'],
      ],
    ],
    [
      'B2C tfp issuer form (custom domain)',
      { iss: `https://login.contoso.com/tfp/${TID}/B2C_1_signin/v2.0/`, tfp: 'B2C_1_signin' },
      [[`https://login.contoso.com/tfp/${TID}/B2C_1_signin/v2.0${WK}`, 'b2c_tfp_issuer']],
    ],
    [
      'Entra External ID (CIAM)',
      { iss: `https://${TID}.ciamlogin.com/${TID}/v2.0`, tid: TID, ver: '2.0' },
      [[`https://${TID}.ciamlogin.com/${TID}/v2.0${WK}`, 'entra_external_id']],
    ],
    [
      'Google',
      { iss: 'https://accounts.google.com' },
      [
        [`https://accounts.google.com${WK}`, 'oidc_issuer'],
        ['https://accounts.google.com/.well-known/oauth-authorization-server', 'rfc8414'],
      ],
    ],
    [
      'Google legacy issuer without scheme',
      { iss: 'accounts.google.com' },
      [
        [`https://accounts.google.com${WK}`, 'oidc_issuer_https_assumed'],
        ['https://accounts.google.com/.well-known/oauth-authorization-server', 'rfc8414'],
      ],
    ],
    [
      'Auth0 with trailing slash',
      { iss: 'https://dev-abc.us.auth0.com/' },
      [
        [`https://dev-abc.us.auth0.com${WK}`, 'oidc_issuer'],
        ['https://dev-abc.us.auth0.com/.well-known/oauth-authorization-server', 'rfc8414'],
      ],
    ],
    [
      'Okta custom authorization server',
      { iss: 'https://acme.okta.com/oauth2/default' },
      [
        [`https://acme.okta.com/oauth2/default${WK}`, 'oidc_issuer'],
        ['https://acme.okta.com/.well-known/oauth-authorization-server/oauth2/default', 'rfc8414'],
      ],
    ],
    [
      'Keycloak realm',
      { iss: 'https://sso.example.org/realms/demo' },
      [
        [`https://sso.example.org/realms/demo${WK}`, 'oidc_issuer'],
        ['https://sso.example.org/.well-known/oauth-authorization-server/realms/demo', 'rfc8414'],
      ],
    ],
    [
      'Cognito user pool',
      { iss: 'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf' },
      [
        [`https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbCdEf${WK}`, 'oidc_issuer'],
        ['https://cognito-idp.eu-west-1.amazonaws.com/.well-known/oauth-authorization-server/eu-west-1_AbCdEf', 'rfc8414'],
      ],
    ],
    [
      'generic issuer with a path and trailing slash',
      { iss: 'https://id.example.com/tenants/t1/' },
      [
        [`https://id.example.com/tenants/t1${WK}`, 'oidc_issuer'],
        ['https://id.example.com/.well-known/oauth-authorization-server/tenants/t1', 'rfc8414'],
      ],
    ],
  ])('%s', (_family, payload, expected) => {
    expect(discoveryCandidates(payload).map((c) => [c.url, c.reason])).toEqual(expected);
  });

  it('gives no B2C policy URLs when neither tfp nor acr is present', () => {
    expect(discoveryCandidates({ iss: `https://contoso.b2clogin.com/${TID}/v2.0/` }).map((c) => c.reason)).toEqual(['oidc_issuer']);
  });

  it.each([[{}], [{ iss: 5 }], [{ iss: '' }], [{ iss: 'https://' }]])('returns nothing for an unusable iss %j', (payload) => {
    expect(discoveryCandidates(payload)).toEqual([]);
  });
});
