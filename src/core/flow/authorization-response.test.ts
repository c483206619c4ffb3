import { describe, expect, it } from 'vitest';
import { addressWithoutResponse, checkResponse, readAuthorizationResponse, type AuthorizationResponse } from './authorization-response';
import { DEFAULT_SETTINGS } from './flow-settings';
import type { PendingSignIn } from './pending-sign-in';

const PENDING: PendingSignIn = {
  state: 'S1',
  nonce: 'N1',
  verifier: 'V'.repeat(43),
  discoveryUrl: 'https://op/.well-known/openid-configuration',
  issuer: 'https://op',
  issParameter: false,
  tokenEndpoint: 'https://op/token',
  redirectUri: 'https://app/',
  createdAt: 10_000,
  settings: DEFAULT_SETTINGS,
};
const OK = 10_060;
const response = (over: Partial<AuthorizationResponse>): AuthorizationResponse => ({
  from: 'query',
  code: 'C',
  state: 'S1',
  error: null,
  errorDescription: null,
  iss: null,
  ...over,
});

describe('readAuthorizationResponse', () => {
  it('reads a code response from the query', () => {
    expect(readAuthorizationResponse('?code=abc&state=S1&iss=https%3A%2F%2Fop', '')).toEqual({
      from: 'query',
      code: 'abc',
      state: 'S1',
      error: null,
      errorDescription: null,
      iss: 'https://op',
    });
  });

  it('reads an error response from the fragment', () => {
    expect(readAuthorizationResponse('', '#error=access_denied&error_description=User+cancelled&state=S1')).toMatchObject({
      from: 'fragment',
      error: 'access_denied',
      errorDescription: 'User cancelled',
      code: null,
    });
  });

  it('leaves hybrid responses carrying tokens to the explorer', () => {
    expect(readAuthorizationResponse('', '#id_token=x.y.z&code=c&state=S1')).toBeNull();
  });

  it('ignores addresses without code or error', () => {
    expect(readAuthorizationResponse('?state=S1', '#token=eyJ')).toBeNull();
  });
});

describe('checkResponse', () => {
  it('accepts a code answering the pending request', () => {
    expect(checkResponse(response({}), PENDING, OK)).toEqual({ ok: true, kind: 'code', code: 'C', pending: PENDING });
  });

  it('accepts a code whose iss is the issuer, announced or not (RFC 9207)', () => {
    expect(checkResponse(response({ iss: 'https://op' }), { ...PENDING, issParameter: true }, OK)).toMatchObject({
      ok: true,
      kind: 'code',
    });
    expect(checkResponse(response({ iss: 'https://op' }), PENDING, OK)).toMatchObject({ ok: true, kind: 'code' });
  });

  it('accepts an error answering the pending request, to explain it', () => {
    expect(checkResponse(response({ code: null, error: 'access_denied' }), PENDING, OK)).toMatchObject({
      ok: true,
      kind: 'error',
      error: 'access_denied',
    });
  });

  it.each([
    ['no request was started in this tab', response({}), null, OK, 'no_pending_request'],
    ['the state is missing', response({ state: null }), PENDING, OK, 'state_missing'],
    ['the state differs by case', response({ state: 's1' }), PENDING, OK, 'state_mismatch'],
    ['the request is over an hour old', response({}), PENDING, 10_000 + 3601, 'request_expired'],
    ['iss names another issuer (RFC 9207)', response({ iss: 'https://evil' }), PENDING, OK, 'issuer_mismatch'],
    ['iss is missing though announced', response({}), { ...PENDING, issParameter: true }, OK, 'issuer_missing'],
    ['the code is empty', response({ code: '' }), PENDING, OK, 'no_code'],
    // An error redirect is a response like any other: forged ones are refused before they are explained.
    [
      'an error arrives with another state',
      response({ code: null, error: 'access_denied', state: 'forged' }),
      PENDING,
      OK,
      'state_mismatch',
    ],
    ['an error arrives without a state', response({ code: null, error: 'access_denied', state: null }), PENDING, OK, 'state_missing'],
    [
      'an error names another issuer',
      response({ code: null, error: 'access_denied', iss: 'https://evil' }),
      PENDING,
      OK,
      'issuer_mismatch',
    ],
    [
      'an error arrives for an expired request',
      response({ code: null, error: 'access_denied' }),
      PENDING,
      10_000 + 3601,
      'request_expired',
    ],
  ])('refuses the response when %s', (_label, r, pending, ctx, refusal) => {
    expect(checkResponse(r, pending, ctx)).toEqual({ ok: false, refusal });
  });
});

describe('addressWithoutResponse', () => {
  it.each([
    ['https://app/x/?code=C&state=S&iss=https%3A%2F%2Fop', 'https://app/x/'],
    ['https://app/x/?keep=1&code=C&state=S', 'https://app/x/?keep=1'],
    ['https://app/x/#code=C&state=S', 'https://app/x/'],
    ['https://app/x/#error=access_denied&state=S', 'https://app/x/'],
    ['https://app/x/?code=C&state=S#flow=%7B%7D', 'https://app/x/#flow=%7B%7D'],
  ])('removes the response from %s', (href, expected) => {
    expect(addressWithoutResponse(href)).toBe(expected);
  });
});
