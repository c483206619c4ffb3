import { describe, expect, it } from 'vitest';
import { readPopRequest } from './pop-request';
import { recognizeInput } from './recognize';

const AT = 'eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJ1In0.c2ln';
const PROOF = 'eyJ0eXAiOiJkcG9wK2p3dCJ9.eyJodG0iOiJHRVQifQ.c2ln';

// RFC 9449 §7.1: "Authorization: DPoP <token>" and "DPoP: <proof>" on a protected-resource request.
describe('readPopRequest', () => {
  it.each([
    [
      'raw HTTP lines with a Host header',
      `GET /protected?x=1 HTTP/1.1\nHost: resource.example.org\nAuthorization: DPoP ${AT}\nDPoP: ${PROOF}`,
      'GET',
      'https://resource.example.org/protected?x=1',
    ],
    [
      'an absolute request line',
      `POST https://api.example.com/items HTTP/1.1\r\nDPoP: ${PROOF}\r\nAuthorization: DPoP ${AT}`,
      'POST',
      'https://api.example.com/items',
    ],
    [
      'a curl command',
      `curl -X PUT -H "Authorization: DPoP ${AT}" -H 'DPoP: ${PROOF}' https://api.example.com/x`,
      'PUT',
      'https://api.example.com/x',
    ],
    ['header lines only', `Authorization: DPoP ${AT}\nDPoP: ${PROOF}`, null, null],
  ])('reads %s', (_name, text, method, url) => {
    expect(readPopRequest(text)).toEqual({ scheme: 'DPoP', credential: AT, proof: PROOF, target: { method, url } });
  });

  it('reads a Microsoft PoP authorization header', () => {
    expect(readPopRequest(`GET https://graph.example.com/v1.0/me\nAuthorization: PoP ${AT}`)).toEqual({
      scheme: 'PoP',
      credential: AT,
      proof: null,
      target: { method: 'GET', url: 'https://graph.example.com/v1.0/me' },
    });
  });

  it.each([`Authorization: Bearer ${AT}`, AT, 'DPoP is a nice RFC', `DPoP: ${PROOF}`])('ignores %s', (text) => {
    expect(readPopRequest(text)).toBeNull();
  });

  it('makes the recogniser return the access token and the proof as one bundle', () => {
    const r = recognizeInput(`GET /protected HTTP/1.1\nHost: resource.example.org\nAuthorization: DPoP ${AT}\nDPoP: ${PROOF}`);
    expect(r.kind).toBe('bundle');
    if (r.kind !== 'bundle') return;
    expect(r.source).toBe('dpop_request');
    expect(r.tokens.map((t) => [t.role, t.token.compact])).toEqual([
      ['access_token', AT],
      ['dpop_proof', PROOF],
    ]);
    expect(r.request).toEqual({ scheme: 'DPoP', method: 'GET', url: 'https://resource.example.org/protected' });
  });

  it('leaves a plain Bearer header to the token recogniser', () => {
    expect(recognizeInput(`Authorization: Bearer ${AT}`).kind).toBe('token');
  });
});

describe('readPopRequest on large inputs', () => {
  // A megabyte of base64 (the common paste) must not be scanned by the header expressions.
  it('returns at once for a 1 MB token without any header', () => {
    const big = `eyJhbGciOiJSUzI1NiJ9.${'x'.repeat(1024 * 1024)}.c2ln`;
    const start = performance.now();
    expect(readPopRequest(big)).toBeNull();
    expect(performance.now() - start).toBeLessThan(200);
  });
});
