import { describe, expect, it } from 'vitest';
import { recognizeInput, MAX_INPUT_CHARS } from './recognize';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';

function tokenOf(input: string) {
  const r = recognizeInput(input);
  if (r.kind !== 'token') throw new Error(`expected a token, got ${r.kind}`);
  return r;
}

describe('recognizeInput strips the noise around a pasted token', () => {
  it.each([
    ['bare', T, []],
    ['surrounded by whitespace and newlines', `\n\n   ${T}  \r\n`, []],
    ['wrapped in double quotes', `"${T}"`, ['quotes_stripped']],
    ['copied out of JSON with a trailing comma', `"${T}",`, ['quotes_stripped']],
    ['wrapped in single quotes', `'${T}'`, ['quotes_stripped']],
    ['with a Bearer prefix', `Bearer ${T}`, ['bearer_stripped']],
    ['with a lower-case bearer prefix', `bearer   ${T}`, ['bearer_stripped']],
    ['as a whole Authorization header line', `Authorization: Bearer ${T}`, ['authorization_header_stripped', 'bearer_stripped']],
    ['as a quoted header', `"Authorization: BEARER ${T}"`, ['quotes_stripped', 'authorization_header_stripped', 'bearer_stripped']],
    ['broken over several lines', `${T.slice(0, 80)}\n${T.slice(80, 300)}\r\n${T.slice(300)}`, ['whitespace_removed']],
  ])('%s', (_name, input, notes) => {
    const r = tokenOf(input);
    expect(r.token.compact).toBe(T);
    expect(r.token.format).toBe('jws');
    expect(r.notes).toEqual(notes);
  });

  it('still decodes a token with a stray character so the message can point at it', () => {
    const bad = `${T.slice(0, 100)}!${T.slice(101)}`;
    const r = tokenOf(bad);
    expect(r.token.format === 'jws' && !r.token.payload.ok && r.token.payload.issue).toMatchObject({ code: 'base64url_char', char: '!' });
  });

  it('finds a token inside free text such as a curl command', () => {
    const r = tokenOf(`curl -H "Authorization: Bearer ${T}" https://graph.microsoft.com/v1.0/me`);
    expect(r.token.compact).toBe(T);
    expect(r.notes).toEqual(['extracted_from_text']);
  });
});

describe('recognizeInput reads token-endpoint responses', () => {
  it('labels every token by its role, in ID, access, refresh order', () => {
    const body = JSON.stringify({
      token_type: 'Bearer',
      scope: 'openid profile',
      expires_in: 3599,
      ext_expires_in: 3599,
      access_token: T,
      refresh_token: '0.AVYAexampleexampleexample.AgABAAEAAAD',
      id_token: T,
    });
    const r = recognizeInput(body);
    expect(r.kind).toBe('bundle');
    if (r.kind !== 'bundle') return;
    expect(r.source).toBe('token_response');
    expect(r.tokens.map((t) => [t.role, t.token.format])).toEqual([
      ['id_token', 'jws'],
      ['access_token', 'jws'],
      ['refresh_token', 'opaque'],
    ]);
    expect(r.params).toContainEqual({ name: 'expires_in', value: '3599', from: 'body' });
    expect(r.error).toBe(null);
  });

  it('reads an Entra error response with its AADSTS numbers', () => {
    const r = recognizeInput(
      JSON.stringify({
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
        trace_id: 't',
        correlation_id: 'c',
      }),
    );
    expect(r.kind === 'bundle' && r.source).toBe('error_response');
    expect(r.kind === 'bundle' && r.error).toMatchObject({ error: 'invalid_client', codes: [7000215], traceId: 't', correlationId: 'c' });
  });
});

describe('recognizeInput reads redirect URLs and fragments', () => {
  it('takes tokens and state from an implicit-flow fragment', () => {
    const r = recognizeInput(`https://app.example/callback#id_token=${T}&state=abc&session_state=xyz`);
    expect(r.kind === 'bundle' && r.source).toBe('redirect_url');
    expect(r.kind === 'bundle' && r.tokens.map((t) => t.role)).toEqual(['id_token']);
    expect(r.kind === 'bundle' && r.params.map((p) => [p.name, p.from])).toEqual([
      ['state', 'fragment'],
      ['session_state', 'fragment'],
    ]);
  });

  it('reads an error redirect in the query, decoding + and %20', () => {
    const r = recognizeInput(
      'https://app.example/cb?error=access_denied&error_description=AADSTS65004%3A+User+declined%20to+consent.&state=s1',
    );
    expect(r.kind === 'bundle' && r.error).toMatchObject({ error: 'access_denied', description: 'AADSTS65004: User declined to consent.' });
    expect(r.kind === 'bundle' && r.tokens).toEqual([]);
  });

  it.each([
    ['a bare fragment', `#access_token=${T}&token_type=Bearer`],
    ['a bare query', `?id_token=${T}`],
    ['a form string', `id_token=${T}&state=1`],
    ['the deep-link token parameter', `token=${T}`],
  ])('reads %s', (_n, input) => {
    const r = recognizeInput(input);
    expect(r.kind === 'bundle' && r.tokens[0]?.token.compact).toBe(T);
  });

  it('says a URL carries no token rather than calling it a broken token', () => {
    expect(recognizeInput('https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=1')).toEqual({
      kind: 'unrecognized',
      reason: 'url_without_token',
      detail: null,
    });
  });
});

describe('recognizeInput recognises key documents pasted into the token box', () => {
  it('recognises a JWKS with its kids', () => {
    expect(recognizeInput('{"keys":[{"kty":"RSA","kid":"a","n":"x","e":"AQAB"},{"kty":"EC","kid":"b"}]}')).toEqual({
      kind: 'jwks',
      keyCount: 2,
      kids: ['a', 'b'],
    });
  });
  it('recognises a single JWK', () => {
    expect(recognizeInput('{"kty":"oct","k":"c2VjcmV0"}')).toEqual({ kind: 'jwk', kty: 'oct', kid: null });
  });
  it('recognises an OpenID discovery document', () => {
    const doc = {
      issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
      jwks_uri: 'https://login.microsoftonline.com/common/discovery/v2.0/keys',
      authorization_endpoint: 'https://x',
    };
    expect(recognizeInput(JSON.stringify(doc))).toEqual({ kind: 'discovery', issuer: doc.issuer, jwksUri: doc.jwks_uri });
  });
});

describe('recognizeInput explains what it cannot read', () => {
  it.each([
    ['empty input', '   \n ', { kind: 'empty' }],
    ['a sentence', 'this is not a token', { kind: 'unrecognized', reason: 'not_a_token', detail: null }],
    ['unknown JSON', '{"hello":"world"}', { kind: 'unrecognized', reason: 'json_unknown', detail: 'hello' }],
    ['a JSON array', '[1,2,3]', { kind: 'unrecognized', reason: 'json_not_object', detail: 'array' }],
  ])('%s', (_n, input, expected) => {
    expect(recognizeInput(input)).toEqual(expected);
  });

  it('reports invalid JSON with the parser detail', () => {
    const r = recognizeInput('{"access_token": ');
    expect(r.kind === 'unrecognized' && r.reason).toBe('json_invalid');
    expect(r.kind === 'unrecognized' && r.detail).toBeTruthy();
  });

  it('refuses input larger than the limit instead of freezing', () => {
    expect(recognizeInput('a'.repeat(MAX_INPUT_CHARS + 1))).toMatchObject({ kind: 'unrecognized', reason: 'too_large' });
  });

  it('decodes a 1 MB single-segment paste as an opaque token without throwing', () => {
    const r = recognizeInput('x'.repeat(1024 * 1024));
    expect(r.kind === 'token' && r.token.format).toBe('opaque');
  });
});
