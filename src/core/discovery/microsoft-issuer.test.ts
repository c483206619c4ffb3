import { describe, expect, it } from 'vitest';
import { isMicrosoftIdentityIssuer } from './microsoft-issuer';

const TID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('isMicrosoftIdentityIssuer', () => {
  it.each([
    `https://sts.windows.net/${TID}/`,
    `https://login.microsoftonline.com/${TID}/v2.0`,
    `https://login.microsoftonline.us/${TID}/v2.0`,
    `https://sts.chinacloudapi.cn/${TID}/`,
    `https://login.partner.microsoftonline.cn/${TID}/v2.0`,
  ])('accepts the Entra issuer %s', (iss) => {
    expect(isMicrosoftIdentityIssuer(iss)).toBe(true);
  });

  it.each([
    ['a look-alike host', `https://sts.windows.net.evil.example/${TID}/`],
    ['a sub-domain of a Microsoft host', `https://evil.sts.windows.net/${TID}/`],
    ['http', `http://sts.windows.net/${TID}/`],
    ['a port', `https://sts.windows.net:8443/${TID}/`],
    ['a tenant that is not a GUID', 'https://sts.windows.net/contoso.onmicrosoft.com/'],
    ['a longer path', `https://login.microsoftonline.com/${TID}/v2.0/extra`],
    ['a query', `https://sts.windows.net/${TID}/?x=1`],
    ['an upper-case spelling', `https://STS.windows.net/${TID}/`],
    ['a B2C issuer', `https://contoso.b2clogin.com/${TID}/v2.0/`],
    ['another OIDC issuer', 'https://accounts.google.com'],
    ['no issuer', undefined],
  ])('refuses %s', (_name, iss) => {
    expect(isMicrosoftIdentityIssuer(iss)).toBe(false);
  });
});
