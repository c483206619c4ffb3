import { describe, expect, it } from 'vitest';
import { classifyTransportFailure, codeRedemptionBody, readTokenAnswer, refreshBody } from './token-exchange';

describe('token request bodies', () => {
  it('redeem a code with the PKCE verifier and no secret', () => {
    const body = new URLSearchParams(codeRedemptionBody({ code: 'C&1', verifier: 'V', redirectUri: 'https://app/x/', clientId: 'cid' }));
    expect([...body]).toEqual([
      ['grant_type', 'authorization_code'],
      ['code', 'C&1'],
      ['redirect_uri', 'https://app/x/'],
      ['client_id', 'cid'],
      ['code_verifier', 'V'],
    ]);
  });

  it('redeem a refresh token, with scopes only when given', () => {
    expect(refreshBody({ refreshToken: 'R', clientId: 'cid', scope: '  ' })).toBe('grant_type=refresh_token&refresh_token=R&client_id=cid');
    expect(new URLSearchParams(refreshBody({ refreshToken: 'R', clientId: 'cid', scope: 'api://x/.default  openid' })).get('scope')).toBe(
      'api://x/.default openid',
    );
  });
});

describe('readTokenAnswer', () => {
  it('reads a token response and its tokens', () => {
    const text = JSON.stringify({ access_token: 'a.b.c', id_token: 'i.d.t', refresh_token: 'r', token_type: 'Bearer' });
    expect(readTokenAnswer(200, text)).toEqual({ kind: 'tokens', json: text, refreshToken: 'r', idToken: 'i.d.t', accessToken: 'a.b.c' });
  });

  it('reads an Entra error with its codes and trace id', () => {
    const text = JSON.stringify({
      error: 'invalid_request',
      error_description: 'AADSTS9002326: Cross-origin token redemption is permitted only for the Single-Page Application client-type.',
      error_codes: [9002326],
      trace_id: 't1',
    });
    expect(readTokenAnswer(400, text)).toMatchObject({
      kind: 'oauth_error',
      status: 400,
      error: { error: 'invalid_request', codes: [9002326], traceId: 't1' },
    });
  });

  it.each([
    [502, '<html>Bad gateway</html>', 'not_json'],
    [200, '{"hello":1}', 'no_tokens'],
    [500, '{"message":"boom"}', 'no_tokens'],
  ])('calls a %i answer %j unexpected (%s)', (status, text, reason) => {
    expect(readTokenAnswer(status, text)).toEqual({ kind: 'unexpected', status, reason });
  });
});

describe('classifyTransportFailure', () => {
  it.each([
    ['https://login.microsoftonline.com/common/oauth2/v2.0/token', false, 'cors_entra_platform'],
    ['https://contoso.b2clogin.com/contoso.onmicrosoft.com/b2c_1_x/oauth2/v2.0/token', false, 'cors_entra_platform'],
    ['https://op.example.com/token', false, 'cors_or_network'],
    ['https://login.microsoftonline.com/common/oauth2/v2.0/token', true, 'offline_mode'],
  ])('%s (offline %s) → %s', (url, offline, code) => {
    expect(classifyTransportFailure(url, offline)).toBe(code);
  });

  it('names a timeout as such, whatever the provider', () => {
    expect(classifyTransportFailure('https://login.microsoftonline.com/common/oauth2/v2.0/token', false, true)).toBe('timeout');
    expect(classifyTransportFailure('https://op.example.com/token', false, true)).toBe('timeout');
  });
});
