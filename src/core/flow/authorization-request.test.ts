import { describe, expect, it } from 'vitest';
import { authorizationParams, authorizationUrl, checkSettings } from './authorization-request';
import { DEFAULT_SETTINGS, redirectUriFor, type FlowSettings } from './flow-settings';
import { authContextClaims, isAuthContextId, readClaimsInput } from './claims-helper';

const SECRETS = { state: 'st', nonce: 'no', challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM' };
const REDIRECT = 'https://tools.example.com/token-explorer/';
const SETTINGS: FlowSettings = {
  ...DEFAULT_SETTINGS,
  issuer: 'common',
  clientId: ' 00000000-0000-0000-0000-00000000c1a1 ',
  scopes: ' openid  profile\noffline_access ',
};

describe('redirectUriFor', () => {
  it('keeps origin and path and drops the query and fragment', () => {
    expect(redirectUriFor('https://tools.example.com/token-explorer/?code=x&state=y#flow=abc')).toBe(REDIRECT);
  });
});

describe('checkSettings', () => {
  it('accepts a complete form', () => {
    expect(checkSettings(SETTINGS, REDIRECT)).toEqual([]);
  });

  it('lists every problem at once', () => {
    const bad = { ...SETTINGS, clientId: ' ', scopes: '', claims: '{', extra: 'client_secret=x' };
    expect(checkSettings(bad, 'https://x.example/#frag').map((e) => e.code)).toEqual([
      'client_id_missing',
      'scope_missing',
      'redirect_uri_invalid',
      'claims_not_json',
      'extra_secret',
    ]);
  });

  it('refuses a claims request that is JSON but not an object', () => {
    expect(checkSettings({ ...SETTINGS, claims: '["acrs"]' }, REDIRECT)).toEqual([{ code: 'claims_not_object' }]);
  });
});

describe('authorizationParams', () => {
  it('builds a code request with S256 PKCE, state and nonce, in a fixed order', () => {
    expect(authorizationParams(SETTINGS, REDIRECT, SECRETS).map((p) => [p.name, p.value])).toEqual([
      ['client_id', '00000000-0000-0000-0000-00000000c1a1'],
      ['response_type', 'code'],
      ['redirect_uri', REDIRECT],
      ['scope', 'openid profile offline_access'],
      ['state', 'st'],
      ['nonce', 'no'],
      ['code_challenge', SECRETS.challenge],
      ['code_challenge_method', 'S256'],
    ]);
  });

  it('adds the optional parameters and extras the person filled in', () => {
    const full: FlowSettings = {
      ...SETTINGS,
      responseMode: 'fragment',
      prompt: 'select_account',
      loginHint: 'ada@contoso.com',
      domainHint: 'contoso.com',
      claims: '{ "access_token": { "acrs": { "essential": true, "value": "c1" } } }',
      extra: 'resource=https://api.example.com',
    };
    const params = authorizationParams(full, REDIRECT, SECRETS).slice(8);
    expect(params).toEqual([
      { name: 'response_mode', value: 'fragment', role: 'response_mode' },
      { name: 'prompt', value: 'select_account', role: 'prompt' },
      { name: 'login_hint', value: 'ada@contoso.com', role: 'login_hint' },
      { name: 'domain_hint', value: 'contoso.com', role: 'domain_hint' },
      { name: 'claims', value: '{"access_token":{"acrs":{"essential":true,"value":"c1"}}}', role: 'claims' },
      { name: 'resource', value: 'https://api.example.com', role: 'extra' },
    ]);
  });
});

describe('authorizationUrl', () => {
  it('appends encoded parameters and keeps the endpoint query', () => {
    const url = authorizationUrl({ authorizationEndpoint: 'https://b2c.example/authorize?p=B2C_1_x' }, [
      { name: 'scope', value: 'openid profile', role: 'scope' },
      { name: 'redirect_uri', value: REDIRECT, role: 'redirect_uri' },
    ]);
    expect(url).toBe(
      'https://b2c.example/authorize?p=B2C_1_x&scope=openid+profile&redirect_uri=https%3A%2F%2Ftools.example.com%2Ftoken-explorer%2F',
    );
    expect(new URL(url).searchParams.get('redirect_uri')).toBe(REDIRECT);
  });
});

describe('the authentication-context helper', () => {
  it('asks for an access token satisfying the context, in the form Entra documents', () => {
    expect(JSON.parse(authContextClaims('c1'))).toEqual({ access_token: { acrs: { essential: true, value: 'c1' } } });
  });

  it.each([
    ['c1', true],
    ['c99', true],
    ['c0', false],
    ['c100', false],
    ['C1', false],
    ['c01', false],
  ])('knows whether %s is a context ID', (id, ok) => {
    expect(isAuthContextId(id)).toBe(ok);
  });

  it('compacts a typed claims request and treats blank as none', () => {
    expect(readClaimsInput(' ')).toEqual({ ok: true, json: '' });
    expect(readClaimsInput('{ "id_token": { "auth_time": { "essential": true } } }')).toEqual({
      ok: true,
      json: '{"id_token":{"auth_time":{"essential":true}}}',
    });
  });
});
