import { describe, expect, it } from 'vitest';
import { apiOfHost, diagnosisStart } from './api-host';

describe('apiOfHost names the API a request went to', () => {
  it.each([
    ['graph.microsoft.com', { api: 'graph', resource: null }],
    ['microsoftgraph.chinacloudapi.cn', { api: 'graph', resource: null }],
    ['management.azure.com', { api: 'arm', resource: null }],
    ['vault.azure.net', { api: 'custom', resource: 'https://vault.azure.net' }],
    ['contoso.sharepoint.com', { api: 'custom', resource: 'https://contoso.sharepoint.com' }],
    ['api.contoso.com', { api: 'custom', resource: null }],
  ])('%s', (host, expected) => {
    expect(apiOfHost(host)).toEqual(expected);
  });

  it('knows nothing without a host', () => {
    expect(apiOfHost(null)).toBeNull();
  });
});

describe('diagnosisStart', () => {
  it('starts the diagnosis from the called API and the challenge of the response', () => {
    const www = 'Bearer error="insufficient_claims", claims="e30="';
    expect(diagnosisStart({ host: 'graph.microsoft.com', wwwAuthenticate: www })).toEqual({ api: 'graph', wwwAuthenticate: www });
    expect(diagnosisStart({ host: 'vault.azure.net', wwwAuthenticate: null })).toEqual({
      api: 'custom',
      customApi: 'https://vault.azure.net',
    });
    expect(diagnosisStart({ host: null, wwwAuthenticate: null })).toEqual({});
  });
});
