/**
 * Decoded token payloads shaped like real Entra tokens, for the diagnosis tests.
 * Only imported by *.test.ts files.
 */
import type { DiagnoseInput, JsonObject } from './finding';

export const NOW = 1_700_000_000;
export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
export const CUSTOM_API_ID = '6e2c1d3f-8a4b-4c5d-9e6f-7a8b9c0d1e2f';
export const CLIENT_ID = '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const USER_OID = 'aaaaaaaa-1111-4222-8333-444444444444';
const SP_OID = 'bbbbbbbb-1111-4222-8333-555555555555';

/** A Graph user token: v1 format, `scp`, the Graph header nonce, default-user `wids`. */
export const delegatedGraphHeader: JsonObject = { typ: 'JWT', nonce: 'AQABAAAAAAB-nonce', alg: 'RS256', x5t: 'k1', kid: 'k1' };
export const delegatedGraphPayload: JsonObject = {
  aud: 'https://graph.microsoft.com',
  iss: `https://sts.windows.net/${TENANT}/`,
  iat: NOW - 600,
  nbf: NOW - 600,
  exp: NOW + 3300,
  acr: '1',
  amr: ['pwd', 'mfa'],
  app_displayname: 'Contoso web',
  appid: CLIENT_ID,
  appidacr: '1',
  idtyp: 'user',
  name: 'Megan Bowen',
  oid: USER_OID,
  scp: 'openid profile User.Read Mail.Read email',
  sub: 'pairwise-subject-1',
  tid: TENANT,
  upn: 'megan@contoso.example',
  ver: '1.0',
  wids: ['b79fbf4d-3ef9-4689-8143-76b194e85509'],
  xms_cc: ['CP1'],
};

/** A Graph client-credentials token: `roles`, `idtyp=app`, `oid == sub`. */
export const appOnlyGraphHeader: JsonObject = { typ: 'JWT', nonce: 'AQABAAAAAAB-other', alg: 'RS256', x5t: 'k1', kid: 'k1' };
export const appOnlyGraphPayload: JsonObject = {
  aud: '00000003-0000-0000-c000-000000000000',
  iss: `https://sts.windows.net/${TENANT}/`,
  iat: NOW - 600,
  nbf: NOW - 600,
  exp: NOW + 3300,
  app_displayname: 'Contoso daemon',
  appid: CLIENT_ID,
  appidacr: '2',
  idtyp: 'app',
  oid: SP_OID,
  roles: ['User.Read.All', 'Mail.Send'],
  sub: SP_OID,
  tid: TENANT,
  ver: '1.0',
};

/** A v2 user token for the user's own API (`aud` is its client ID). */
export const delegatedCustomHeader: JsonObject = { typ: 'JWT', alg: 'RS256', kid: 'k2' };
export const delegatedCustomPayload: JsonObject = {
  aud: CUSTOM_API_ID,
  iss: `https://login.microsoftonline.com/${TENANT}/v2.0`,
  iat: NOW - 60,
  nbf: NOW - 60,
  exp: NOW + 4000,
  azp: CLIENT_ID,
  azpacr: '0',
  name: 'Megan Bowen',
  oid: USER_OID,
  preferred_username: 'megan@contoso.example',
  scp: 'access_as_user',
  sub: 'pairwise-subject-2',
  tid: TENANT,
  ver: '2.0',
};

/** Input builder: the given token at NOW with a 300 s skew, merged with overrides. */
export function inputFor(header: JsonObject, payload: JsonObject, overrides: Partial<DiagnoseInput> = {}): DiagnoseInput {
  return { header, payload, now: NOW, skewSeconds: 300, context: {}, ...overrides };
}
