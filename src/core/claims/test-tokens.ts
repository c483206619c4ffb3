// Realistic decoded tokens per provider, shaped after the documented samples (domain facts §1).
// Identifiers are made up except the well-known Microsoft ones the tests look for.

type Json = Record<string, unknown>;
export type SampleToken = { header: Json; payload: Json };

export const NOW = 1_750_000_000;
const TENANT = 'aaaabbbb-0000-cccc-1111-dddd2222eeee';
const MSA = '9188040d-6c67-4c5b-b112-36a304b66dad';
const API = '6e74172b-be56-4843-9ff4-e66a39bb12e3';
const CLIENT = '2c7a1f0e-5d2b-4c3e-9a4f-1b2c3d4e5f60';
const RS256 = { typ: 'JWT', alg: 'RS256', kid: 'kid-1' };

/** A Microsoft Graph v1 token requested by Graph Explorer, with the header nonce and CAE markers. */
export const entraV1GraphAccess: SampleToken = {
  header: { typ: 'JWT', nonce: 'AQABAAAAAAB', alg: 'RS256', x5t: 'kid-1', kid: 'kid-1' },
  payload: {
    aud: 'https://graph.microsoft.com',
    iss: `https://sts.windows.net/${TENANT}/`,
    iat: NOW - 600,
    nbf: NOW - 600,
    exp: NOW + 3300,
    acct: 0,
    acr: '1',
    aio: 'E2RgYJg',
    amr: ['pwd', 'mfa'],
    app_displayname: 'Graph Explorer',
    appid: 'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
    appidacr: '0',
    family_name: 'Lovelace',
    given_name: 'Ada',
    idtyp: 'user',
    ipaddr: '203.0.113.7',
    name: 'Ada Lovelace',
    oid: '1f6e2b3c-0000-4000-8000-00000000a11c',
    platf: '3',
    puid: '10032001A1B2C3D4',
    rh: '0.AVYA',
    scp: 'openid profile User.Read email',
    signin_state: ['kmsi'],
    sub: 'pairwise-sub-graph',
    tenant_region_scope: 'EU',
    tid: TENANT,
    unique_name: 'ada@contoso.example',
    upn: 'ada@contoso.example',
    uti: 'AbCdEf',
    ver: '1.0',
    wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
    xms_cc: ['CP1'],
    xms_ssm: '1',
    xms_st: { sub: 'x' },
    xms_tcdt: 1_600_000_000,
  },
};

export const entraV2DelegatedAccess: SampleToken = {
  header: RS256,
  payload: {
    aud: API,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: NOW - 300,
    nbf: NOW - 300,
    exp: NOW + 4200,
    aio: 'x',
    azp: CLIENT,
    azpacr: '0',
    name: 'Ada Lovelace',
    oid: '1f6e2b3c-0000-4000-8000-00000000a11c',
    preferred_username: 'ada@contoso.example',
    rh: '0.AVYA',
    scp: 'access_as_user',
    sub: 'pairwise-sub-api',
    tid: TENANT,
    uti: 'x',
    ver: '2.0',
  },
};

export const entraV2AppOnlyAccess: SampleToken = {
  header: RS256,
  payload: {
    aud: API,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: NOW - 300,
    nbf: NOW - 300,
    exp: NOW + 3600,
    azp: CLIENT,
    azpacr: '2',
    idtyp: 'app',
    oid: '77777777-0000-4000-8000-000000000001',
    roles: ['Tasks.Read.All'],
    sub: '77777777-0000-4000-8000-000000000001',
    tid: TENANT,
    ver: '2.0',
  },
};

export const entraV2IdToken: SampleToken = {
  header: RS256,
  payload: {
    aud: CLIENT,
    iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
    iat: NOW - 300,
    nbf: NOW - 300,
    exp: NOW + 3300,
    aio: 'x',
    name: 'Ada Lovelace',
    nonce: 'n-0S6_WzA2Mj',
    oid: '1f6e2b3c-0000-4000-8000-00000000a11c',
    preferred_username: 'ada@contoso.example',
    rh: '0.AVYA',
    sub: 'pairwise-sub-client',
    tid: TENANT,
    uti: 'x',
    ver: '2.0',
  },
};

export const msaIdToken: SampleToken = {
  header: RS256,
  payload: {
    ver: '2.0',
    iss: `https://login.microsoftonline.com/${MSA}/v2.0`,
    sub: 'AAAAAAAAAAAAAAAAAAAAAIkzqFVrSaSaFHy782bbtaQ',
    aud: CLIENT,
    exp: NOW + 86_100,
    iat: NOW - 600,
    nbf: NOW - 600,
    name: 'Sam',
    preferred_username: 'sam@outlook.example',
    oid: '00000000-0000-0000-66f3-3332eca7ea81',
    tid: MSA,
    nonce: '123523',
    aio: 'x',
  },
};

export const b2cIdToken: SampleToken = {
  header: RS256,
  payload: {
    exp: NOW + 3000,
    nbf: NOW - 600,
    ver: '1.0',
    iss: 'https://contosob2c.b2clogin.com/775527ff-9a37-4307-8b3d-cc311f58d925/v2.0/',
    sub: '45424fd2-0000-4000-8000-000000000b2c',
    aud: CLIENT,
    nonce: 'defaultNonce',
    iat: NOW - 600,
    auth_time: NOW - 600,
    oid: '45424fd2-0000-4000-8000-000000000b2c',
    emails: ['ada@example.com'],
    tfp: 'B2C_1_signupsignin1',
  },
};

export const b2cAccessToken: SampleToken = {
  header: RS256,
  payload: {
    iss: 'https://login.contoso.example/tfp/775527ff-9a37-4307-8b3d-cc311f58d925/b2c_1_susi/v2.0/',
    exp: NOW + 3000,
    nbf: NOW - 600,
    iat: NOW - 600,
    aud: API,
    sub: '45424fd2-0000-4000-8000-000000000b2c',
    azp: CLIENT,
    scp: 'demo.read',
    ver: '1.0',
    tfp: 'B2C_1_susi',
  },
};

export const ciamAccessToken: SampleToken = {
  header: RS256,
  payload: {
    aud: API,
    iss: `https://${TENANT}.ciamlogin.com/${TENANT}/v2.0`,
    iat: NOW - 300,
    nbf: NOW - 300,
    exp: NOW + 3600,
    azp: CLIENT,
    azpacr: '0',
    oid: '1f6e2b3c-0000-4000-8000-0000000c1a11',
    scp: 'Orders.Read',
    sub: 'ciam-sub',
    tid: TENANT,
    ver: '2.0',
  },
};

export const googleIdToken: SampleToken = {
  header: RS256,
  payload: {
    iss: 'https://accounts.google.com',
    azp: '1234987819200.apps.googleusercontent.com',
    aud: '1234987819200.apps.googleusercontent.com',
    sub: '10769150350006150715113082367',
    at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q',
    hd: 'example.com',
    email: 'jsmith@example.com',
    email_verified: true,
    iat: NOW - 60,
    exp: NOW + 3540,
  },
};

export const cognitoAccessToken: SampleToken = {
  header: { kid: 'kid-at', alg: 'RS256' },
  payload: {
    sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
    'cognito:groups': ['admin'],
    iss: 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_example',
    version: 2,
    client_id: '1example23456789',
    origin_jti: 'aaaaaaaa-0000-4000-8000-000000000000',
    event_id: 'bbbbbbbb-0000-4000-8000-000000000000',
    token_use: 'access',
    scope: 'phone openid profile email',
    auth_time: NOW - 60,
    exp: NOW + 3540,
    iat: NOW - 60,
    jti: 'cccccccc-0000-4000-8000-000000000000',
    username: 'my-test-user',
  },
};

export const cognitoClientCredentials: SampleToken = {
  header: { kid: 'kid-at', alg: 'RS256' },
  payload: {
    sub: '1example23456789',
    token_use: 'access',
    scope: 'orders/read',
    client_id: '1example23456789',
    iss: 'https://cognito-idp.us-west-2.amazonaws.com/us-west-2_example',
    version: 2,
    iat: NOW,
    exp: NOW + 3600,
  },
};

export const keycloakAccessToken: SampleToken = {
  header: { alg: 'RS256', typ: 'JWT', kid: 'kc-1' },
  payload: {
    exp: NOW + 300,
    iat: NOW,
    jti: 'f2c9d2c1',
    iss: 'https://sso.example.com/realms/demo',
    aud: 'account',
    sub: 'c1a2b3c4-0000-4000-8000-000000000001',
    typ: 'Bearer',
    azp: 'web-app',
    session_state: 'abc',
    'allowed-origins': ['https://app.example.com'],
    realm_access: { roles: ['offline_access'] },
    resource_access: { account: { roles: ['view-profile'] } },
    scope: 'openid email profile',
    sid: 'abc',
    preferred_username: 'alice',
  },
};

export const keycloakServiceAccount: SampleToken = {
  header: { alg: 'RS256', typ: 'JWT', kid: 'kc-1' },
  payload: {
    exp: NOW + 300,
    iat: NOW,
    iss: 'https://sso.example.com/auth/realms/demo',
    typ: 'Bearer',
    azp: 'batch',
    sub: 'c1a2b3c4-0000-4000-8000-000000000002',
    preferred_username: 'service-account-batch',
    clientId: 'batch',
  },
};

export const auth0AccessToken: SampleToken = {
  header: { alg: 'RS256', typ: 'JWT', kid: 'a0-1' },
  payload: {
    iss: 'https://example.us.auth0.com/',
    sub: 'auth0|64f1c2d3e4',
    iat: NOW,
    exp: NOW + 86_400,
    aud: ['https://api.example.com', 'https://example.us.auth0.com/userinfo'],
    azp: 'abcXYZclient',
    scope: 'openid profile read:messages',
    permissions: ['read:messages'],
    org_id: 'org_123',
  },
};

export const auth0MachineToken: SampleToken = {
  header: { alg: 'RS256', typ: 'JWT', kid: 'a0-1' },
  payload: {
    iss: 'https://login.example.com/',
    sub: 'abcXYZclient@clients',
    aud: 'https://api.example.com',
    iat: NOW,
    exp: NOW + 86_400,
    azp: 'abcXYZclient',
    gty: 'client-credentials',
  },
};

export const oktaAccessToken: SampleToken = {
  header: { kid: 'ok-1', alg: 'RS256' },
  payload: {
    ver: 1,
    jti: 'AT.0mP4JKAZX1iACIT4vbEDF7LpvDVjxypPMf0D7uX39RE',
    iss: 'https://dev-123456.okta.com/oauth2/default',
    aud: 'api://default',
    iat: NOW,
    exp: NOW + 3600,
    cid: '0oa1b2c3d4',
    uid: '00u1b2c3d4',
    scp: ['openid', 'email'],
    sub: 'ada@example.com',
  },
};

export const oktaClientCredentials: SampleToken = {
  header: { kid: 'ok-1', alg: 'RS256' },
  payload: {
    ver: 1,
    jti: 'AT.x',
    iss: 'https://id.example.com/oauth2/default',
    aud: 'api://default',
    iat: NOW,
    exp: NOW + 3600,
    cid: '0oa1b2c3d4',
    scp: ['orders.read'],
    sub: '0oa1b2c3d4',
  },
};
