import { describe, expect, it } from 'vitest';
import { diagnose } from './diagnose';
import {
  CLIENT_ID,
  NOW,
  TENANT,
  appOnlyGraphHeader,
  appOnlyGraphPayload,
  delegatedGraphHeader,
  delegatedGraphPayload,
  inputFor,
} from './test-tokens';
import type { DiagnoseContext, JsonObject } from './finding';

const MSA = '9188040d-6c67-4c5b-b112-36a304b66dad';
const B2C_ISS = 'https://contoso.b2clogin.com/11111111-2222-4333-8444-555555555555/v2.0/';
const b2cAccess: JsonObject = {
  iss: B2C_ISS,
  aud: '22222222-3333-4444-8555-666666666666',
  azp: CLIENT_ID,
  scp: 'read',
  sub: 'user-1',
  tfp: 'B2C_1_susi',
  ver: '1.0',
  iat: NOW - 60,
  nbf: NOW - 60,
  exp: NOW + 3000,
};

const ids = (header: JsonObject, payload: JsonObject, context: DiagnoseContext = {}, wwwAuthenticate?: string) =>
  diagnose(inputFor(header, payload, { context, ...(wwwAuthenticate === undefined ? {} : { wwwAuthenticate }) })).map(
    (f) => `${f.id}/${f.severity}`,
  );

describe('diagnosis rules added for issue 11', () => {
  it.each([
    // Microsoft Graph troubleshooting: "identity of the calling application could not be established" = no service principal, no oid.
    [
      'an app-only token without oid',
      appOnlyGraphHeader,
      { ...appOnlyGraphPayload, oid: undefined },
      {},
      undefined,
      'app-only-without-oid/error',
    ],
    // RFC 6750 §3.1: a challenge without an error code means no authentication information arrived.
    ['a bare Bearer challenge', delegatedGraphHeader, delegatedGraphPayload, {}, 'Bearer realm=""', 'no-token-received/error'],
    [
      'a bare Bearer challenge with authorization_uri',
      delegatedGraphHeader,
      delegatedGraphPayload,
      {},
      'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
      'no-token-received/error',
    ],
    // Each first-party resource accepts only tokens whose aud is itself (access-token reference, aud).
    [
      'a Graph token sent to SharePoint REST',
      delegatedGraphHeader,
      delegatedGraphPayload,
      { api: 'sharepoint' },
      undefined,
      'audience-mismatch/error',
    ],
    [
      'a Graph token sent to Exchange',
      delegatedGraphHeader,
      delegatedGraphPayload,
      { api: 'exchange' },
      undefined,
      'audience-mismatch/error',
    ],
    [
      'a SharePoint token sent to Graph',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, aud: 'https://contoso.sharepoint.com' },
      { api: 'graph' },
      undefined,
      'audience-mismatch/error',
    ],
    [
      'an Outlook token sent to Graph',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, aud: 'https://outlook.office365.com' },
      { api: 'graph' },
      undefined,
      'audience-mismatch/error',
    ],
    // Access/ID token references: idp live.com (or the MSA tenant STS) marks a personal account; a work tid makes it a guest.
    [
      'a personal-account guest against a work-only API',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, idp: 'live.com' },
      { acceptsPersonalAccounts: false },
      undefined,
      'personal-account-guest/error',
    ],
    [
      'a personal-account guest (MSA tenant STS as idp)',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, idp: `https://sts.windows.net/${MSA}/` },
      {},
      undefined,
      'personal-account-guest/info',
    ],
    // Seed 002 (B2C: requesting access tokens): scp holds only the granted subset; consent is admin-only.
    [
      'a B2C token without the required scope',
      { alg: 'RS256' },
      b2cAccess,
      { api: 'custom', requiredPermission: 'write', permissionType: 'delegated' },
      undefined,
      'b2c-permission-not-granted/info',
    ],
    // Seed 002: response_type=token needs a resource scope beside openid/offline_access.
    [
      'a B2C token without any API scope',
      { alg: 'RS256' },
      { ...b2cAccess, scp: undefined, aud: CLIENT_ID },
      { api: 'custom' },
      undefined,
      'b2c-no-resource-scope/warning',
    ],
    ['"it used to work"', delegatedGraphHeader, delegatedGraphPayload, { usedToWork: true }, undefined, 'used-to-work/info'],
  ] as const)('finds %s', (_name, header, payload, context, www, expected) => {
    expect(ids(header, payload as JsonObject, context, www)).toContain(expected);
  });

  it.each([
    ['an app-only token with oid', appOnlyGraphHeader, appOnlyGraphPayload, {}, undefined, 'app-only-without-oid'],
    [
      'a delegated token without oid',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, oid: undefined },
      {},
      undefined,
      'app-only-without-oid',
    ],
    [
      'a challenge with an error code',
      delegatedGraphHeader,
      delegatedGraphPayload,
      {},
      'Bearer error="invalid_token"',
      'no-token-received',
    ],
    [
      'a claims challenge',
      delegatedGraphHeader,
      delegatedGraphPayload,
      {},
      'Bearer realm="", error="insufficient_claims", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZX19fQ=="',
      'no-token-received',
    ],
    ['a Basic challenge', delegatedGraphHeader, delegatedGraphPayload, {}, 'Basic realm="x"', 'no-token-received'],
    [
      'a SharePoint token sent to SharePoint',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, aud: '00000003-0000-0ff1-ce00-000000000000' },
      { api: 'sharepoint' },
      undefined,
      'audience-mismatch',
    ],
    [
      'an Exchange token sent to Exchange',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, aud: 'https://outlook.office.com' },
      { api: 'exchange' },
      undefined,
      'audience-mismatch',
    ],
    ['a member (idp absent)', delegatedGraphHeader, delegatedGraphPayload, {}, undefined, 'personal-account-guest'],
    [
      'a personal account in its own tenant',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, idp: 'live.com', tid: MSA },
      {},
      undefined,
      'personal-account-guest',
    ],
    [
      'a guest when personal accounts are accepted',
      delegatedGraphHeader,
      { ...delegatedGraphPayload, idp: 'live.com' },
      { acceptsPersonalAccounts: true },
      undefined,
      'personal-account-guest',
    ],
    [
      'a B2C token holding the required scope',
      { alg: 'RS256' },
      b2cAccess,
      { api: 'custom', requiredPermission: 'read', permissionType: 'delegated' },
      undefined,
      'b2c-permission-not-granted',
    ],
    [
      'an Entra token missing a scope',
      delegatedGraphHeader,
      delegatedGraphPayload,
      { api: 'graph', requiredPermission: 'Mail.Send', permissionType: 'delegated' },
      undefined,
      'b2c-permission-not-granted',
    ],
    ['a B2C token with no API stated', { alg: 'RS256' }, { ...b2cAccess, scp: undefined }, {}, undefined, 'b2c-no-resource-scope'],
    ['"it used to work" not ticked', delegatedGraphHeader, delegatedGraphPayload, {}, undefined, 'used-to-work'],
  ] as const)('stays silent for %s', (_name, header, payload, context, www, id) => {
    expect(ids(header, payload as JsonObject, context, www).map((s) => s.split('/')[0])).not.toContain(id);
  });

  it('quotes the token version, kid and issuer for "it used to work"', () => {
    const [f] = diagnose(inputFor(delegatedGraphHeader, delegatedGraphPayload, { context: { usedToWork: true } })).filter(
      (x) => x.id === 'used-to-work',
    );
    expect(f?.evidence).toEqual({ tokenVersion: '1.0', kid: 'k1', issuer: `https://sts.windows.net/${TENANT}/` });
  });
});
