import { describe, expect, it } from 'vitest';
import { aadstsLookupHost } from './lookup-host';
import { extractAadstsCodes } from './extract-aadsts-codes';

// The lookup page follows the token's cloud: reference-error-codes.md names login.microsoftonline.com/error;
// the China cloud (21Vianet, authentication-national-cloud.md) answers on its own login host.
describe('aadstsLookupHost', () => {
  it.each([
    ['https://sts.chinacloudapi.cn/0000/', '', 'login.chinacloudapi.cn'],
    ['https://login.partner.microsoftonline.cn/0000/v2.0', '', 'login.chinacloudapi.cn'],
    ['https://login.microsoftonline.com/0000/v2.0', '', 'login.microsoftonline.com'],
    ['https://sts.windows.net/0000/', 'https://login.chinacloudapi.cn/x', 'login.microsoftonline.com'],
    ['https://login.microsoftonline.us/0000/v2.0', '', 'login.microsoftonline.com'],
    [undefined, 'https://app.example/#error=x&error_uri=https%3A%2F%2Flogin.chinacloudapi.cn%2Ferror', 'login.chinacloudapi.cn'],
    [undefined, '{"error_uri":"https://login.chinacloudapi.cn/error?code=50011"}', 'login.chinacloudapi.cn'],
    [undefined, 'https://login.partner.microsoftonline.cn/common/oauth2/v2.0/authorize?x', 'login.chinacloudapi.cn'],
    [undefined, 'https://evilchinacloudapi.cn.example.com/', 'login.microsoftonline.com'],
    ['https://issuer.example.com/', '', 'login.microsoftonline.com'],
  ] as const)('issuer %s with text %s links to %s', (iss, text, host) => {
    expect(aadstsLookupHost(iss, text)).toBe(host);
  });

  it('makes every extracted code link to the China cloud page when the token came from there', () => {
    const host = aadstsLookupHost('https://login.partner.microsoftonline.cn/t/v2.0', 'AADSTS50011');
    expect(extractAadstsCodes('AADSTS50011 and AADSTS123456', host).map((c) => c.lookupUrl)).toEqual([
      'https://login.chinacloudapi.cn/error?code=50011',
      'https://login.chinacloudapi.cn/error?code=123456',
    ]);
  });
});
