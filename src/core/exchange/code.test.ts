import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { parseCurlCommand } from './curl-command';
import { parseFetch, parsePowerShell } from './code-snippets';
import { curlBash, curlCmd, FETCH_TEMPLATE, fetchCode, POWERSHELL_VARIABLE, powerShellLiteral } from './samples/code-samples';

describe('command lines and code yield the token and the URL', () => {
  it('reads Chrome "Copy as cURL (bash)" and leaves the cookie out', () => {
    const ex = parseCurlCommand(curlBash(T));
    expect(ex).toMatchObject({
      source: 'curl-command',
      method: 'GET',
      url: 'https://graph.microsoft.com/v1.0/me/messages',
      host: 'graph.microsoft.com',
      credential: T,
    });
    expect(JSON.stringify(ex)).not.toContain('secret-cookie');
    expect(ex.omittedHeaders).toEqual(expect.arrayContaining(['cookie', 'accept', 'origin']));
  });

  it('reads Chrome "Copy as cURL (cmd)" with ^ escapes and the -X method', () => {
    const ex = parseCurlCommand(curlCmd(T));
    expect(ex).toMatchObject({ method: 'DELETE', url: 'https://api.contoso.com/orders', credential: T });
  });

  it("reads --oauth2-bearer, a POST implied by data, and curl's default http scheme", () => {
    const ex = parseCurlCommand(`curl --oauth2-bearer ${T} -d 'password=hunter2' api.local:8080/things`);
    expect(ex).toMatchObject({ method: 'POST', url: 'http://api.local:8080/things', credential: T });
    expect(JSON.stringify(ex)).not.toContain('hunter2');
  });

  it('reads PowerShell Invoke-RestMethod with a $headers hashtable and a backtick continuation', () => {
    const ex = parsePowerShell(powerShellLiteral(T));
    expect(ex).toMatchObject({
      source: 'powershell',
      method: 'GET',
      host: 'management.azure.com',
      url: 'https://management.azure.com/subscriptions',
      credential: T,
    });
    expect(JSON.stringify(ex)).not.toContain('x=secret');
  });

  it('says when the PowerShell token is a variable rather than a value', () => {
    const ex = parsePowerShell(POWERSHELL_VARIABLE);
    expect(ex).toMatchObject({ url: 'https://graph.microsoft.com/v1.0/users', credential: null, credentialVariable: '$token' });
  });

  it('reads fetch code: URL, method and token, never the body', () => {
    const ex = parseFetch(fetchCode(T));
    expect(ex).toMatchObject({ source: 'fetch', method: 'POST', url: 'https://api.contoso.com/v1/orders', credential: T });
    expect(JSON.stringify(ex)).not.toContain('hunter2');
  });

  it('says when the fetch token is a template variable or a concatenation', () => {
    expect(parseFetch(FETCH_TEMPLATE)).toMatchObject({
      credential: null,
      credentialVariable: '${accessToken}',
      host: 'graph.microsoft.com',
    });
    expect(parseFetch("fetch(url, { headers: { Authorization: 'Bearer ' + token } })")).toMatchObject({
      credential: null,
      credentialVariable: 'token',
    });
  });
});
