import { describe, it, expect } from 'vitest';
import { classifyToken } from './classify';
import * as t from './test-tokens';

const TENANT = 'aaaabbbb-0000-cccc-1111-dddd2222eeee';

function withoutClaim(payload: Record<string, unknown>, name: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => key !== name));
}

describe('classifyToken on realistic tokens', () => {
  it.each([
    [
      'Entra v1 Graph access token',
      t.entraV1GraphAccess,
      {
        family: 'entra-v1',
        kind: 'access',
        kindEvidence: 'scp',
        subject: 'user',
        subjectEvidence: 'idtyp',
        version: '1.0',
        tenantId: TENANT,
        isGraphAudience: true,
        cae: true,
      },
    ],
    [
      'Entra v2 delegated access token',
      t.entraV2DelegatedAccess,
      {
        family: 'entra-v2',
        kind: 'access',
        kindEvidence: 'scp',
        subject: 'user',
        subjectEvidence: 'delegated-scp',
        version: '2.0',
        tenantId: TENANT,
        isGraphAudience: false,
        cae: false,
      },
    ],
    [
      'Entra v2 app-only access token',
      t.entraV2AppOnlyAccess,
      { family: 'entra-v2', kind: 'access', kindEvidence: 'idtyp', subject: 'app', subjectEvidence: 'idtyp' },
    ],
    [
      'Entra v2 ID token',
      t.entraV2IdToken,
      { family: 'entra-v2', kind: 'id', kindEvidence: 'nonce', subject: 'user', subjectEvidence: 'id-token' },
    ],
    [
      'MSA ID token',
      t.msaIdToken,
      { family: 'entra-msa', kind: 'id', isMsaTenant: true, tenantId: '9188040d-6c67-4c5b-b112-36a304b66dad' },
    ],
    [
      'B2C ID token',
      t.b2cIdToken,
      { family: 'b2c', kind: 'id', version: '1.0', tenantId: '775527ff-9a37-4307-8b3d-cc311f58d925', isMsaTenant: false },
    ],
    [
      'B2C access token (tfp issuer, custom domain)',
      t.b2cAccessToken,
      { family: 'b2c', kind: 'access', kindEvidence: 'scp', subject: 'user', tenantId: '775527ff-9a37-4307-8b3d-cc311f58d925' },
    ],
    ['External ID (CIAM) access token', t.ciamAccessToken, { family: 'external-id', kind: 'access', subject: 'user', tenantId: TENANT }],
    ['Google ID token', t.googleIdToken, { family: 'google', kind: 'id', kindEvidence: 'id-token-hash', subject: 'user' }],
    [
      'Cognito access token',
      t.cognitoAccessToken,
      { family: 'cognito', kind: 'access', kindEvidence: 'cognito-token-use', subject: 'user', subjectEvidence: 'cognito-username' },
    ],
    [
      'Cognito client-credentials token',
      t.cognitoClientCredentials,
      { family: 'cognito', kind: 'access', subject: 'app', subjectEvidence: 'sub-is-client' },
    ],
    [
      'Keycloak access token',
      t.keycloakAccessToken,
      { family: 'keycloak', kind: 'access', kindEvidence: 'keycloak-typ', subject: 'user', subjectEvidence: 'keycloak-username' },
    ],
    [
      'Keycloak service-account token (pre-17 path)',
      t.keycloakServiceAccount,
      { family: 'keycloak', kind: 'access', subject: 'app', subjectEvidence: 'keycloak-service-account' },
    ],
    [
      'Auth0 user access token',
      t.auth0AccessToken,
      { family: 'auth0', kind: 'access', kindEvidence: 'scope', subject: 'user', subjectEvidence: 'auth0-connection-sub' },
    ],
    [
      'Auth0 machine-to-machine token on a custom domain',
      t.auth0MachineToken,
      { family: 'auth0', kind: 'access', kindEvidence: 'auth0-gty', subject: 'app', subjectEvidence: 'auth0-client-credentials' },
    ],
    [
      'Okta access token',
      t.oktaAccessToken,
      { family: 'okta', kind: 'access', kindEvidence: 'okta-jti-prefix', subject: 'user', subjectEvidence: 'okta-uid' },
    ],
    [
      'Okta client-credentials token on a custom domain',
      t.oktaClientCredentials,
      { family: 'okta', kind: 'access', subject: 'app', subjectEvidence: 'sub-is-client' },
    ],
  ] as const)('classifies the %s', (_label, token, expected) => {
    expect(classifyToken(token.header, token.payload)).toMatchObject(expected);
  });

  it('lists every CAE marker on the Graph token', () => {
    expect(classifyToken(t.entraV1GraphAccess.header, t.entraV1GraphAccess.payload).caeSignals).toEqual(['xms_cc-cp1', 'xms_ssm']);
  });

  it('omits version and tenant for non-Microsoft tokens', () => {
    const result = classifyToken(t.googleIdToken.header, t.googleIdToken.payload);
    expect(result).not.toHaveProperty('version');
    expect(result).not.toHaveProperty('tenantId');
    expect(result.isMsaTenant).toBe(false);
  });
});

describe('classifyToken rules', () => {
  const v2 = t.entraV2AppOnlyAccess.payload;

  it('uses oid == sub as the app-only test when idtyp is absent', () => {
    const payload = withoutClaim(v2, 'idtyp');
    expect(classifyToken({}, payload)).toMatchObject({
      kind: 'access',
      kindEvidence: 'client-auth-method',
      subject: 'app',
      subjectEvidence: 'oid-equals-sub',
    });
  });

  it('calls an Entra token with neither appid nor azp an ID token', () => {
    const payload = withoutClaim(t.entraV2IdToken.payload, 'nonce');
    expect(classifyToken({}, payload)).toMatchObject({ kind: 'id', kindEvidence: 'entra-no-client-claim' });
  });

  it('refuses to guess when ID-token and access-token claims are mixed', () => {
    const payload = { ...t.entraV2DelegatedAccess.payload, nonce: 'abc' };
    expect(classifyToken({}, payload)).toMatchObject({ kind: 'unknown', kindEvidence: 'conflicting' });
  });

  it.each(['at+jwt', 'application/at+jwt', 'AT+JWT'])('treats header typ %s as an access token (RFC 9068)', (typ) => {
    const payload = { iss: 'https://as.example.com', sub: 'u1', aud: 'https://api.example.com', client_id: 'c1' };
    expect(classifyToken({ typ }, payload)).toMatchObject({ family: 'generic', kind: 'access', kindEvidence: 'header-at-jwt' });
  });

  it('treats a Keycloak refresh token as neither ID nor access token', () => {
    const payload = { ...t.keycloakAccessToken.payload, typ: 'Refresh' };
    expect(classifyToken({}, payload)).toMatchObject({ kind: 'unknown', kindEvidence: 'keycloak-refresh' });
  });

  it('treats a generic client-credentials token whose sub is the client as app-only (RFC 9068 §2.2)', () => {
    const payload = { iss: 'https://as.example.com', sub: 'svc', client_id: 'svc', scope: 'jobs.run', aud: 'api' };
    expect(classifyToken({}, payload)).toMatchObject({ kind: 'access', subject: 'app', subjectEvidence: 'sub-is-client' });
  });

  it('recognises the Graph audience by GUID in a v2-style token and in an aud array', () => {
    expect(classifyToken({}, { ...v2, aud: '00000003-0000-0000-c000-000000000000' }).isGraphAudience).toBe(true);
    expect(classifyToken({}, { ...v2, aud: ['https://graph.microsoft.com/'] }).isGraphAudience).toBe(true);
  });

  it('recognises legacy B2C tokens by a policy name in acr', () => {
    const payload = {
      iss: 'https://login.microsoftonline.com/775527ff-9a37-4307-8b3d-cc311f58d925/v2.0/',
      acr: 'b2c_1_signin',
      aud: 'c',
      nonce: 'n',
    };
    expect(classifyToken({}, payload).family).toBe('b2c');
  });

  it('prefers tid over the issuer path for the tenant and flags MSA on v1 issuers too', () => {
    const payload = { iss: 'https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/', ver: '1.0', appid: 'x', scp: 'a' };
    expect(classifyToken({}, payload)).toMatchObject({ family: 'entra-msa', isMsaTenant: true });
  });

  it.each([
    ['no payload claims', {}],
    ['a non-string issuer', { iss: 42 }],
    ['prototype-named claims', JSON.parse('{"__proto__":"x","constructor":"y","toString":"z"}') as Record<string, unknown>],
  ])('returns unknown for %s without throwing', (_label, payload) => {
    expect(classifyToken({}, payload)).toMatchObject({ family: 'unknown', kind: 'unknown', subject: 'unknown', cae: false });
  });

  it('does not treat a lookalike issuer host as Entra', () => {
    const payload = { iss: `https://login.microsoftonline.com.evil.example/${TENANT}/v2.0`, tid: TENANT, scp: 'a' };
    expect(classifyToken({}, payload).family).toBe('generic');
  });
});
