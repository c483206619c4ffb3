import type { JsonObject } from './parse-part';

/** Start points offered by the Create view. */
export type TemplateId = 'entra-access-delegated' | 'entra-access-app' | 'entra-id' | 'b2c-id' | 'oidc-id';

export const TEMPLATE_IDS: readonly TemplateId[] = ['entra-access-delegated', 'entra-access-app', 'entra-id', 'b2c-id', 'oidc-id'];

// A fictional tenant and fictional apps: GUIDs made up for these templates, not real objects.
const TENANT = '5f0c2b7e-93a4-4d1c-8e6b-2a7f9c3d1e48';
const API_APP = 'a7e3c912-4b6d-4f28-9c1e-6d2b8f0a5c37';
const CLIENT_APP = '2c9d4e81-7f3a-4b5c-a6d2-e8f1b0c3d9a4';
const USER_OID = '8b2f6a1d-3c4e-4d7f-9a0b-1e5c7d9f2a6b';
const CLIENT_SP_OID = 'e4a1c7b9-2d5f-4e8a-b3c6-9f0d2a4e6b18';
const B2C_TENANT = '0d6e3f8a-5b2c-4a9e-8f1d-7c3b9e2a4d60';

/** Entra v2 signs both kinds of token with RS256 (its discovery lists no other algorithm). */
const ENTRA_HEADER = { typ: 'JWT', alg: 'RS256' };

/**
 * Header and payload of a realistic token of the chosen kind, issued at `now` (seconds): Entra
 * back-dates iat/nbf by five minutes and issues access tokens for about an hour, ID tokens for an
 * hour. The tenant, apps and user are fictional; the claim names and shapes follow Microsoft's and
 * OpenID's claim references. Does NOT produce a signature.
 */
export function templateToken(id: TemplateId, now: number): { header: JsonObject; payload: JsonObject } {
  const times = { iat: now - 300, nbf: now - 300, exp: now + 3600 };
  const entraIss = `https://login.microsoftonline.com/${TENANT}/v2.0`;
  switch (id) {
    case 'entra-access-delegated':
      return {
        header: { ...ENTRA_HEADER },
        payload: {
          aud: API_APP,
          iss: entraIss,
          ...times,
          aio: 'AXQAi/8aAAAAtemplate',
          azp: CLIENT_APP,
          azpacr: '0',
          name: 'Megan Bowen',
          oid: USER_OID,
          preferred_username: 'megan@contoso.example',
          rh: '1.AXkAtemplate.',
          scp: 'Orders.Read Orders.Write',
          sid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          sub: 'pQ3x-template-pairwise-subject',
          tid: TENANT,
          uti: 'tMpL4t3UtiVaLuE',
          ver: '2.0',
        },
      };
    case 'entra-access-app':
      return {
        header: { ...ENTRA_HEADER },
        payload: {
          aud: API_APP,
          iss: entraIss,
          ...times,
          aio: 'k2BgYtemplateAppOnly',
          azp: CLIENT_APP,
          azpacr: '1',
          idtyp: 'app',
          // App-only tokens: oid equals sub (the client's service principal), permissions in roles.
          oid: CLIENT_SP_OID,
          rh: '1.AXkAtemplate.',
          roles: ['Orders.Read.All'],
          sub: CLIENT_SP_OID,
          tid: TENANT,
          uti: 'aPpT3mPlAt3Uti',
          ver: '2.0',
        },
      };
    case 'entra-id':
      return {
        header: { ...ENTRA_HEADER },
        payload: {
          aud: CLIENT_APP,
          iss: entraIss,
          ...times,
          name: 'Megan Bowen',
          nonce: 'n-0S6_WzA2Mj',
          oid: USER_OID,
          preferred_username: 'megan@contoso.example',
          rh: '1.AXkAtemplate.',
          sid: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
          sub: 'Xy7-template-id-token-subject',
          tid: TENANT,
          uti: 'iDT3mPlAt3Uti',
          ver: '2.0',
        },
      };
    case 'b2c-id':
      return {
        header: { typ: 'JWT', alg: 'RS256' },
        payload: {
          // B2C's default issuer keeps a trailing slash; its tokens say ver 1.0 even on the v2.0 endpoint.
          exp: times.exp,
          nbf: now,
          ver: '1.0',
          iss: `https://contosob2c.b2clogin.com/${B2C_TENANT}/v2.0/`,
          sub: USER_OID,
          aud: CLIENT_APP,
          nonce: 'n-0S6_WzA2Mj',
          iat: now,
          auth_time: now - 60,
          oid: USER_OID,
          name: 'Megan Bowen',
          emails: ['megan@contoso.example'],
          tfp: 'B2C_1_signupsignin',
        },
      };
    case 'oidc-id':
      return {
        header: { typ: 'JWT', alg: 'RS256' },
        payload: {
          iss: 'https://id.example.com',
          sub: '248289761001',
          aud: 's6BhdRkqt3',
          exp: now + 3600,
          iat: now,
          auth_time: now - 60,
          nonce: 'n-0S6_WzA2Mj',
          name: 'Jane Doe',
          email: 'janedoe@example.com',
          email_verified: true,
        },
      };
  }
}
