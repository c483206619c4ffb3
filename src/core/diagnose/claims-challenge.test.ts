import { describe, expect, it } from 'vitest';
import { decodeClaimsChallenge, parseWwwAuthenticate } from './claims-challenge';
import type { ClaimsChallengeErrorCode, WwwAuthenticateErrorCode } from './claims-challenge';

// CAE revocation example of the Entra claims-challenge docs: standard base64 with one '=' pad.
const CAE_CLAIMS = 'eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwNDEwNjY1MSJ9fX0=';
const CAE_JSON = '{"access_token":{"nbf":{"essential":true, "value":"1604106651"}}}';

const ENTRA_HEADER =
  'WWW-Authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", ' +
  `client_id="00000003-0000-0000-c000-000000000000", error="insufficient_claims", claims="${CAE_CLAIMS}"`;

describe('parseWwwAuthenticate', () => {
  it('reads an Entra claims challenge with the header name in front', () => {
    const result = parseWwwAuthenticate(ENTRA_HEADER);
    expect(result).toEqual({
      ok: true,
      challenges: [
        {
          scheme: 'Bearer',
          params: {
            realm: '',
            authorization_uri: 'https://login.microsoftonline.com/common/oauth2/authorize',
            client_id: '00000003-0000-0000-c000-000000000000',
            error: 'insufficient_claims',
            claims: CAE_CLAIMS,
          },
        },
      ],
    });
  });

  it('reads several challenges in one header, including a token68 one', () => {
    const result = parseWwwAuthenticate('Basic realm="x", Negotiate YII=, Bearer error=invalid_token, error_description="expired"');
    expect(result.ok && result.challenges).toEqual([
      { scheme: 'Basic', params: { realm: 'x' } },
      { scheme: 'Negotiate', params: {}, token68: 'YII=' },
      { scheme: 'Bearer', params: { error: 'invalid_token', error_description: 'expired' } },
    ]);
  });

  it('reads challenges spread over several header lines', () => {
    const result = parseWwwAuthenticate('WWW-Authenticate: Basic realm="a"\r\nwww-authenticate: Bearer scope="User.Read Mail.Read"');
    expect(result.ok && result.challenges.map((c) => [c.scheme, c.params])).toEqual([
      ['Basic', { realm: 'a' }],
      ['Bearer', { scope: 'User.Read Mail.Read' }],
    ]);
  });

  it('unescapes quoted-pairs and lower-cases parameter names', () => {
    const result = parseWwwAuthenticate('Bearer Realm="say \\"hi\\" \\\\ ok", ERROR = "insufficient_scope"');
    expect(result.ok && result.challenges[0]?.params).toEqual({ realm: 'say "hi" \\ ok', error: 'insufficient_scope' });
  });

  it('accepts a scheme without parameters and empty list items', () => {
    const result = parseWwwAuthenticate(' , Bearer ,, Basic');
    expect(result.ok && result.challenges.map((c) => c.scheme)).toEqual(['Bearer', 'Basic']);
  });

  it('reads a bare word after a comma as a new scheme, as the RFC 9110 grammar says', () => {
    const result = parseWwwAuthenticate('Bearer error="x", claims');
    expect(result.ok && result.challenges).toEqual([
      { scheme: 'Bearer', params: { error: 'x' } },
      { scheme: 'claims', params: {} },
    ]);
  });

  const malformed: { input: string; code: WwwAuthenticateErrorCode; partial: number }[] = [
    { input: '', code: 'empty', partial: 0 },
    { input: 'WWW-Authenticate:   ', code: 'empty', partial: 0 },
    { input: 'Bearer realm="unterminated', code: 'unterminated-quote', partial: 1 },
    { input: '"Bearer"', code: 'expected-scheme', partial: 0 },
    { input: 'Bearer realm="a" error="b"', code: 'unexpected-character', partial: 1 },
    { input: 'Basic realm="a", Bearer error "x"', code: 'unexpected-character', partial: 2 },
  ];
  it.each(malformed)('reports $code for "$input" and keeps $partial parsed challenges', ({ input, code, partial }) => {
    const result = parseWwwAuthenticate(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe(code);
    expect(result.partial).toHaveLength(partial);
  });
});

describe('decodeClaimsChallenge', () => {
  const valid: { name: string; value: string; json: string; encoding: string }[] = [
    { name: 'padded base64 (CAE revocation)', value: CAE_CLAIMS, json: CAE_JSON, encoding: 'base64' },
    {
      name: 'base64 with + in it',
      value: 'eyJhY2Nlc3NfdG9rZW4iOnsiYWNycyI6eyJlc3NlbnRpYWwiOnRydWUsInZhbHVlIjoiYzEifX0sImlkX3Rva2VuIjp7IngiOiLDqT8+In19',
      json: '{"access_token":{"acrs":{"essential":true,"value":"c1"}},"id_token":{"x":"é?>"}}',
      encoding: 'base64',
    },
    {
      name: 'base64url without padding',
      value: 'eyJhY2Nlc3NfdG9rZW4iOnsieG1zX2NjIjp7InZhbHVlcyI6WyJjcDEiXX0sIm5vdGUiOiLDv35-PyJ9fQ',
      json: '{"access_token":{"xms_cc":{"values":["cp1"]},"note":"ÿ~~?"}}',
      encoding: 'base64url',
    },
    {
      name: 'base64 with its padding removed',
      value: 'eyJhY2Nlc3NfdG9rZW4iOnsieG1zX2NjIjp7InZhbHVlcyI6WyJjcDEiXX0sIm5vdGUiOiLDv35+PyJ9fQ',
      json: '{"access_token":{"xms_cc":{"values":["cp1"]},"note":"ÿ~~?"}}',
      encoding: 'base64',
    },
    { name: 'JSON pasted already decoded', value: ` ${CAE_JSON} `, json: CAE_JSON, encoding: 'json' },
  ];
  it.each(valid)('decodes $name', ({ value, json, encoding }) => {
    const result = decodeClaimsChallenge(value);
    expect(result).toEqual({ ok: true, claims: JSON.parse(json), json, encoding });
  });

  const invalid: { name: string; value: string; code: ClaimsChallengeErrorCode }[] = [
    { name: 'an empty value', value: '  ', code: 'empty' },
    { name: 'a character outside both alphabets', value: 'eyJh$', code: 'invalid-base64' },
    { name: 'an impossible length', value: 'eyJhY', code: 'invalid-base64' },
    { name: 'padding in the middle', value: 'ey=J', code: 'invalid-base64' },
    { name: 'too much padding', value: 'eyJ===', code: 'invalid-base64' },
    { name: 'mixed base64 and base64url alphabets', value: 'ab+_', code: 'invalid-base64' },
    { name: 'bytes that are not UTF-8', value: '//4=', code: 'invalid-utf8' },
    { name: 'text that is not JSON', value: 'aGVsbG8=', code: 'not-json' },
    { name: 'JSON that is not an object', value: 'WzFd', code: 'not-object' },
    { name: 'broken JSON pasted directly', value: '{"access_token":', code: 'not-json' },
  ];
  it.each(invalid)('rejects $name with $code', ({ value, code }) => {
    expect(decodeClaimsChallenge(value)).toEqual({ ok: false, error: { code } });
  });
});
