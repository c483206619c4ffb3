import { describe, expect, it } from 'vitest';
import { resolveIssuerInput } from './issuer-input';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const WK = '/.well-known/openid-configuration';

describe('resolveIssuerInput', () => {
  it.each([
    ['a Microsoft tenant GUID', TID, `https://login.microsoftonline.com/${TID}/v2.0${WK}`, 'entra_tenant'],
    ['a verified domain', 'contoso.onmicrosoft.com', `https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0${WK}`, 'entra_tenant'],
    ['common', 'common', `https://login.microsoftonline.com/common/v2.0${WK}`, 'entra_tenant'],
    ['organizations', ' organizations ', `https://login.microsoftonline.com/organizations/v2.0${WK}`, 'entra_tenant'],
    ['consumers', 'consumers', `https://login.microsoftonline.com/consumers/v2.0${WK}`, 'entra_tenant'],
    [
      'a B2C tenant and user flow',
      'contoso/B2C_1_signin',
      `https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1_signin/v2.0${WK}`,
      'b2c_user_flow',
    ],
    [
      'a B2C domain and custom policy',
      'contoso.onmicrosoft.com/B2C_1A_signup',
      `https://contoso.b2clogin.com/contoso.onmicrosoft.com/B2C_1A_signup/v2.0${WK}`,
      'b2c_user_flow',
    ],
    [
      'an Entra v2 issuer URL',
      `https://login.microsoftonline.com/${TID}/v2.0`,
      `https://login.microsoftonline.com/${TID}/v2.0${WK}`,
      'issuer_url',
    ],
    [
      'an Entra v1 issuer (sts.windows.net)',
      `https://sts.windows.net/${TID}/`,
      `https://login.microsoftonline.com/${TID}${WK}`,
      'issuer_url',
    ],
    ['a generic issuer with a path', 'https://id.example.com/realms/demo', `https://id.example.com/realms/demo${WK}`, 'issuer_url'],
    ['a local test issuer', 'http://127.0.0.1:4500', `http://127.0.0.1:4500${WK}`, 'issuer_url'],
    ['a discovery URL as typed', `https://accounts.google.com${WK}`, `https://accounts.google.com${WK}`, 'discovery_url'],
  ])('reads %s', (_label, text, url, kind) => {
    const result = resolveIssuerInput(text);
    expect(result).toMatchObject({ ok: true, value: { discoveryUrl: url, kind } });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['not an issuer!', 'not_understood'],
    ['contoso/not-a-flow', 'not_understood'],
    ['a/b/c', 'not_understood'],
    ['http://id.example.com', 'not_fetchable'],
    ['ftp://id.example.com', 'not_fetchable'],
    ['https://user:pw@id.example.com', 'not_fetchable'],
  ])('refuses %j with %s', (text, code) => {
    const result = resolveIssuerInput(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe(code);
  });
});
