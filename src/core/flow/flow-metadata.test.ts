import { describe, expect, it } from 'vitest';
import { parseFlowMetadata } from './flow-metadata';

const DOC = {
  issuer: 'https://op.example.com',
  authorization_endpoint: 'https://op.example.com/auth',
  token_endpoint: 'https://op.example.com/token',
  jwks_uri: 'https://op.example.com/jwks',
  code_challenge_methods_supported: ['S256'],
  response_modes_supported: ['query', 'fragment'],
  authorization_response_iss_parameter_supported: true,
};

describe('parseFlowMetadata', () => {
  it('reads the endpoints, PKCE methods, response modes and RFC 9207 support', () => {
    expect(parseFlowMetadata(DOC)).toEqual({
      ok: true,
      value: {
        issuer: DOC.issuer,
        authorizationEndpoint: DOC.authorization_endpoint,
        tokenEndpoint: DOC.token_endpoint,
        jwksUri: DOC.jwks_uri,
        s256Supported: true,
        responseModes: ['query', 'fragment'],
        issParameter: true,
      },
    });
  });

  it('treats unlisted PKCE methods as possibly supported, and a list without S256 as not', () => {
    expect(parseFlowMetadata({ ...DOC, code_challenge_methods_supported: undefined })).toMatchObject({
      ok: true,
      value: { s256Supported: true },
    });
    expect(parseFlowMetadata({ ...DOC, code_challenge_methods_supported: ['plain'] })).toMatchObject({
      ok: true,
      value: { s256Supported: false },
    });
  });

  it.each([
    ['an array', [], { code: 'not_an_object' }],
    ['no token endpoint', { ...DOC, token_endpoint: undefined }, { code: 'endpoint_missing', member: 'token_endpoint' }],
    ['no authorization endpoint', { ...DOC, authorization_endpoint: 5 }, { code: 'endpoint_missing', member: 'authorization_endpoint' }],
    [
      'a plain-http token endpoint',
      { ...DOC, token_endpoint: 'http://op.example.com/token' },
      { code: 'endpoint_not_usable', member: 'token_endpoint', reason: 'http_not_loopback' },
    ],
    [
      'a javascript: authorization endpoint',
      { ...DOC, authorization_endpoint: 'javascript:alert(1)' },
      { code: 'endpoint_not_usable', member: 'authorization_endpoint', reason: 'wrong_scheme' },
    ],
  ])('refuses metadata with %s', (_label, doc, error) => {
    expect(parseFlowMetadata(doc)).toMatchObject({ ok: false, error });
  });
});
