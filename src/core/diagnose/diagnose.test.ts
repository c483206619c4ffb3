import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import {
  CUSTOM_API_ID,
  NOW,
  TENANT,
  appOnlyGraphPayload,
  delegatedCustomPayload,
  delegatedGraphHeader,
  delegatedGraphPayload,
  inputFor,
} from './test-tokens';
import type { DiagnoseContext, DiagnoseInput } from './finding';

type Case = {
  name: string;
  header?: DiagnoseInput['header'];
  payload: DiagnoseInput['payload'];
  context?: DiagnoseContext;
  wwwAuthenticate?: string;
  expected: { id: string; severity: string; evidence?: Record<string, unknown> };
};

const graph = delegatedGraphPayload;
const app = appOnlyGraphPayload;
const custom = delegatedCustomPayload;

const triggers: Case[] = [
  {
    name: 'an expired token',
    payload: { ...graph, exp: NOW - 300 },
    expected: { id: 'token-expired', severity: 'error', evidence: { secondsAgo: 300 } },
  },
  {
    name: 'a token not valid yet',
    payload: { ...graph, nbf: NOW + 301 },
    expected: { id: 'token-not-yet-valid', severity: 'error', evidence: { secondsUntil: 301 } },
  },
  {
    name: 'an Azure AD Graph token sent to Microsoft Graph',
    payload: { ...graph, aud: 'https://graph.windows.net/' },
    context: { api: 'graph' },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { audienceResource: 'azure-ad-graph', api: 'graph' } },
  },
  {
    name: 'an Outlook token sent to Microsoft Graph',
    payload: { ...graph, aud: 'https://outlook.office.com' },
    context: { api: 'graph' },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { audienceResource: 'exchange-online' } },
  },
  {
    name: 'a SharePoint token sent to Microsoft Graph',
    payload: { ...graph, aud: 'https://contoso-my.sharepoint.com' },
    context: { api: 'graph' },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { audienceResource: 'sharepoint-online' } },
  },
  {
    // One first-party table: the claims table and the diagnosis name the same resources.
    name: 'a US Government Key Vault token sent to Microsoft Graph',
    payload: { ...graph, aud: '7e7c393b-45d0-48b1-a35e-2905ddf8183c' },
    context: { api: 'graph' },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { audienceResource: 'azure-key-vault-us-gov' } },
  },
  {
    name: 'a Graph token sent to ARM',
    payload: graph,
    context: { api: 'arm' },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { audienceResource: 'microsoft-graph', api: 'arm' } },
  },
  {
    name: 'a token for another custom API',
    payload: { ...custom, aud: '99999999-8888-4777-8666-555555555555' },
    context: { api: 'custom', customApi: CUSTOM_API_ID },
    expected: { id: 'audience-mismatch', severity: 'error', evidence: { expected: [CUSTOM_API_ID], audienceResource: 'unknown' } },
  },
  {
    name: 'a Graph token validated by a custom API',
    header: delegatedGraphHeader,
    payload: graph,
    context: { api: 'custom', customApi: CUSTOM_API_ID },
    expected: { id: 'graph-token-for-custom-api', severity: 'error', evidence: { signals: ['aud', 'header-nonce'] } },
  },
  {
    name: 'a v1 token for an API that expects v2',
    payload: { ...custom, ver: '1.0', iss: `https://sts.windows.net/${TENANT}/` },
    context: { api: 'custom', customApi: CUSTOM_API_ID, expectedVersion: '2.0' },
    expected: {
      id: 'token-version-mismatch',
      severity: 'error',
      evidence: { tokenVersion: '1.0', expectedVersion: '2.0', expectedIssuer: `https://login.microsoftonline.com/${TENANT}/v2.0` },
    },
  },
  {
    name: 'a v2 issuer without ver for an API that expects v1',
    payload: { ...custom, ver: undefined },
    context: { expectedVersion: '1.0' },
    expected: {
      id: 'token-version-mismatch',
      severity: 'error',
      evidence: { tokenVersion: '2.0', expectedIssuer: `https://sts.windows.net/${TENANT}/` },
    },
  },
  {
    name: 'an app-only token in a delegated scenario',
    payload: app,
    context: { permissionType: 'delegated' },
    expected: { id: 'app-only-token-for-delegated', severity: 'error', evidence: { signals: ['idtyp=app', 'no-scp', 'roles', 'oid=sub'] } },
  },
  {
    name: 'a delegated token in an application-permission scenario',
    payload: graph,
    context: { permissionType: 'application' },
    expected: {
      id: 'delegated-token-for-application',
      severity: 'error',
      evidence: { scopes: ['openid', 'profile', 'User.Read', 'Mail.Read', 'email'] },
    },
  },
  {
    name: 'a delegated token without the required scope',
    payload: graph,
    context: { requiredPermission: 'Mail.Send', permissionType: 'delegated' },
    expected: { id: 'permission-missing', severity: 'error', evidence: { required: 'Mail.Send', claim: 'scp' } },
  },
  {
    name: 'an app-only token without the required role',
    payload: app,
    context: { requiredPermission: 'https://graph.microsoft.com/Group.Read.All' },
    expected: {
      id: 'permission-missing',
      severity: 'error',
      evidence: { required: 'Group.Read.All', claim: 'roles', granted: ['User.Read.All', 'Mail.Send'] },
    },
  },
  {
    name: 'an app-only Graph token without any roles',
    payload: { ...app, roles: undefined },
    context: { api: 'graph' },
    expected: { id: 'no-permissions-in-token', severity: 'error', evidence: { api: 'graph' } },
  },
  {
    name: 'a personal-account token for an API that refuses them',
    payload: { ...graph, tid: '9188040d-6c67-4c5b-b112-36a304b66dad' },
    context: { acceptsPersonalAccounts: false },
    expected: { id: 'personal-account-token', severity: 'error' },
  },
  {
    name: 'a personal-account token sent to Graph',
    payload: { ...custom, tid: undefined, iss: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0' },
    context: { api: 'graph' },
    expected: { id: 'personal-account-token', severity: 'warning' },
  },
  {
    name: 'an app-only token resetting a password',
    payload: app,
    context: { passwordReset: true },
    expected: { id: 'privileged-operation-app-only', severity: 'warning', evidence: { trigger: 'password-reset' } },
  },
  {
    name: 'an app-only token for a delegated-only permission',
    payload: app,
    context: { requiredPermission: 'Directory.AccessAsUser.All' },
    expected: { id: 'privileged-operation-app-only', severity: 'error', evidence: { trigger: 'Directory.AccessAsUser.All' } },
  },
  {
    name: 'a non-admin user changing authentication methods',
    payload: graph,
    context: { requiredPermission: 'UserAuthenticationMethod.ReadWrite.All' },
    expected: {
      id: 'privileged-operation-no-admin-role',
      severity: 'warning',
      evidence: { wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'] },
    },
  },
  {
    name: 'a delegated token without wids acting as another user',
    payload: { ...graph, wids: undefined, scp: 'Directory.AccessAsUser.All' },
    context: { requiredPermission: 'Directory.AccessAsUser.All' },
    expected: { id: 'privileged-operation-role-unknown', severity: 'info' },
  },
  {
    name: 'an ID token with a nonce sent to a custom API',
    payload: { aud: CUSTOM_API_ID, iss: custom['iss'], tid: TENANT, nonce: 'n-0S6', exp: NOW + 100, ver: '2.0', roles: ['Reader'] },
    context: { api: 'custom', customApi: CUSTOM_API_ID },
    expected: { id: 'id-token-as-access-token', severity: 'error', evidence: { signals: ['nonce', 'no-client-id'] } },
  },
  {
    name: 'a v1 ID token naming no client, sent to Graph',
    payload: { aud: CUSTOM_API_ID, iss: `https://sts.windows.net/${TENANT}/`, tid: TENANT, exp: NOW + 100, ver: '1.0', unique_name: 'x' },
    context: { api: 'graph' },
    expected: { id: 'id-token-as-access-token', severity: 'error', evidence: { signals: ['no-client-id'] } },
  },
  {
    name: 'an ID token with no API stated (only a note)',
    payload: { aud: CUSTOM_API_ID, iss: custom['iss'], tid: TENANT, nonce: 'n-0S6', exp: NOW + 100, ver: '2.0' },
    expected: { id: 'id-token-as-access-token', severity: 'info', evidence: { signals: ['nonce', 'no-client-id'] } },
  },
  {
    name: 'a groups overage pointer',
    payload: {
      ...graph,
      _claim_names: { groups: 'src1' },
      _claim_sources: { src1: { endpoint: 'https://graph.windows.net/x/users/y/getMemberObjects' } },
    },
    expected: {
      id: 'groups-overage',
      severity: 'warning',
      evidence: { source: 'claim-names', endpoint: 'https://graph.windows.net/x/users/y/getMemberObjects' },
    },
  },
  {
    name: 'the implicit-flow hasgroups flag',
    payload: { ...graph, hasgroups: true },
    expected: { id: 'groups-overage', severity: 'warning', evidence: { source: 'hasgroups' } },
  },
  {
    name: 'a Conditional Access claims challenge',
    payload: graph,
    wwwAuthenticate:
      'WWW-Authenticate: Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX19"',
    expected: {
      id: 'claims-challenge',
      severity: 'error',
      evidence: {
        requirements: ['auth-context'],
        requestedClaims: ['access_token.acrs'],
        missingAuthContext: ['c1'],
        claimsJson: '{"access_token":{"acrs":{"essential":true,"value":"c1"},"xms_cc":{"values":["cp1"]}}}',
      },
    },
  },
  {
    name: 'a claims challenge whose value is not base64',
    payload: graph,
    wwwAuthenticate: 'Bearer error="insufficient_claims", claims="%%%"',
    expected: { id: 'claims-challenge-unreadable', severity: 'warning', evidence: { problem: 'invalid-base64' } },
  },
  {
    name: 'an insufficient_claims error without claims',
    payload: graph,
    wwwAuthenticate: 'Bearer error="insufficient_claims"',
    expected: { id: 'claims-challenge-unreadable', severity: 'warning', evidence: { problem: 'missing-claims' } },
  },
  {
    name: 'an unparseable WWW-Authenticate header',
    payload: graph,
    wwwAuthenticate: 'Bearer error="insufficient_claims',
    expected: { id: 'claims-challenge-unreadable', severity: 'warning', evidence: { problem: 'unterminated-quote' } },
  },
  {
    name: 'an insufficient_scope error from the API',
    payload: graph,
    wwwAuthenticate: 'Bearer error="insufficient_scope", scope="Files.Read"',
    expected: { id: 'insufficient-scope-reported', severity: 'error', evidence: { scope: 'Files.Read' } },
  },
  {
    name: 'an invalid_token error from the API',
    payload: graph,
    wwwAuthenticate: 'Bearer error="invalid_token", error_description="The token is expired"',
    expected: { id: 'invalid-token-reported', severity: 'error', evidence: { description: 'The token is expired' } },
  },
];

describe('diagnose on broken tokens', () => {
  it.each(triggers)('reports $expected.id for $name', ({ header, payload, context, wwwAuthenticate, expected }) => {
    const input = inputFor(header ?? {}, payload, {
      context: context ?? {},
      ...(wwwAuthenticate === undefined ? {} : { wwwAuthenticate }),
    });
    const findings = diagnose(input);
    expect(findings.map((f) => f.id)).toContain(expected.id);
    expect(findings.find((f) => f.id === expected.id)).toMatchObject({ severity: expected.severity, evidence: expected.evidence ?? {} });
  });

  it('stays silent when a v2 client-ID audience cannot be compared with a stated App ID URI', () => {
    const input = inputFor({}, custom, { context: { api: 'custom', customApi: 'https://api.contoso.example' } });
    expect(diagnose(input)).toEqual([]);
  });

  it('reports an audience mismatch when a custom API receives a first-party token other than Graph', () => {
    const input = inputFor(
      {},
      { ...custom, aud: 'https://management.azure.com/' },
      { context: { api: 'custom', customApi: 'https://api.contoso.example' } },
    );
    expect(diagnose(input).map((f) => f.id)).toEqual(['audience-mismatch']);
  });

  it('leaves the permission check to the type-mismatch finding when the token kind contradicts the stated type', () => {
    const input = inputFor({}, app, { context: { permissionType: 'delegated', requiredPermission: 'User.Read' } });
    expect(diagnose(input).map((f) => f.id)).toEqual(['app-only-token-for-delegated']);
  });

  it('accepts a user token whose permission is an app role assigned to the user when no type is stated', () => {
    const input = inputFor({}, { ...custom, roles: ['Tasks.Admin'] }, { context: { requiredPermission: 'tasks.admin' } });
    expect(diagnose(input)).toEqual([]);
  });

  it('builds the claims parameter without cp1 when the token does not show the client capability', () => {
    const input = inputFor({}, custom, {
      wwwAuthenticate:
        'Bearer error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0="',
    });
    const [first] = diagnose(input);
    expect(first).toMatchObject({
      id: 'claims-challenge',
      evidence: {
        requirements: ['cae-revocation'],
        claimsJson: '{"access_token":{"nbf":{"essential":true,"value":"1604106651"}}}',
        missingAuthContext: [],
      },
    });
  });

  it('lists errors before warnings and infos', () => {
    const findings = diagnose(inputFor({}, { ...graph, hasgroups: true, exp: NOW - 1000 }));
    expect(findings.map((f) => [f.id, f.severity])).toEqual([
      ['token-expired', 'error'],
      ['groups-overage', 'warning'],
    ]);
  });
});
