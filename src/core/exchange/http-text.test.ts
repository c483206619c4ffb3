import { describe, expect, it } from 'vitest';
import { SEED_SAMPLE_ID_TOKEN as T } from '../samples/seed-id-token';
import { looksLikeHttp, parseHttpText } from './http-text';
import { chromeHttp2Headers, curl8Verbose, firefoxHeaders, http11Crlf } from './samples/http-samples';

describe('parseHttpText reads pasted HTTP exchanges', () => {
  it('reads a curl 8 verbose HTTP/2 transcript: token, API host, status, challenge and error body', () => {
    const ex = parseHttpText(curl8Verbose(T));
    expect(ex.source).toBe('curl-verbose');
    expect(ex).toMatchObject({
      method: 'GET',
      host: 'graph.microsoft.com',
      url: 'https://graph.microsoft.com/v1.0/me',
      status: 401,
      scheme: 'Bearer',
      credential: T,
    });
    expect(ex.wwwAuthenticate).toContain('client_id="00000003-0000-0000-c000-000000000000"');
    expect(ex.responseBody).toContain('"InvalidAuthenticationToken"');
    expect(ex.responseBody).not.toContain('bytes data');
    expect(ex.responseBody).not.toContain('Connection #0');
  });

  it('never keeps a cookie value from a transcript, only the header name', () => {
    const ex = parseHttpText(curl8Verbose(T));
    expect(JSON.stringify(ex)).not.toContain('abc123secret');
    expect(ex.omittedHeaders).toContain('cookie');
  });

  it('reads an HTTP/1.1 request and response with CRLF line ends and an absolute request target', () => {
    const ex = parseHttpText(http11Crlf(T));
    expect(ex).toMatchObject({
      source: 'http',
      method: 'GET',
      host: 'api.contoso.com',
      url: 'https://api.contoso.com/orders/42',
      status: 403,
      credential: T,
    });
    expect(ex.wwwAuthenticate).toBe(
      'Bearer error="insufficient_scope", error_description="The scope Orders.Read is required", scope="api://contoso-orders/Orders.Read"',
    );
    expect(ex.responseBody).toBe('{"title":"Forbidden","status":403}');
    expect(JSON.stringify(ex)).not.toContain('CfDJ8secretcookie');
  });

  it('reads HTTP/2 pseudo-headers as Chrome DevTools copies them', () => {
    const ex = parseHttpText(chromeHttp2Headers(T));
    expect(ex).toMatchObject({
      method: 'POST',
      url: 'https://api.contoso.com/v2/invoices',
      host: 'api.contoso.com',
      status: null,
      credential: T,
    });
    expect(JSON.stringify(ex)).not.toContain('secret-value');
  });

  it('reads Firefox request and response headers pasted together, localhost as http', () => {
    const ex = parseHttpText(firefoxHeaders(T));
    expect(ex).toMatchObject({ url: 'http://localhost:5001/api/profile', host: 'localhost', status: 401, credential: T });
    expect(ex.wwwAuthenticate).toContain('invalid_token');
  });

  it('treats the same exchange with LF and CRLF line ends alike', () => {
    const lf = parseHttpText(http11Crlf(T).replace(/\r\n/g, '\n'));
    expect(lf).toEqual(parseHttpText(http11Crlf(T)));
  });

  it('joins several WWW-Authenticate headers into one list', () => {
    const ex = parseHttpText('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nWWW-Authenticate: DPoP algs="ES256"\n');
    expect(ex.wwwAuthenticate).toBe('Bearer realm="api", DPoP algs="ES256"');
  });

  it('reads a DPoP-bound request: scheme DPoP and the proof header', () => {
    const ex = parseHttpText(`GET /r HTTP/1.1\nHost: rs.example.com\nAuthorization: DPoP ${T}\nDPoP: eyJ0eXAiOiJkcG9wK2p3dCJ9.e30.sig\n`);
    expect(ex).toMatchObject({ scheme: 'DPoP', credential: T, dpopProof: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.e30.sig' });
  });

  it('drops Basic credentials: a password is never kept', () => {
    const ex = parseHttpText(
      'POST /token HTTP/1.1\nHost: login.example.com\nAuthorization: Basic Y2xpZW50OnNlY3JldA==\n\ngrant_type=password&password=hunter2',
    );
    expect(ex.scheme).toBe('Basic');
    expect(ex.credential).toBeNull();
    expect(JSON.stringify(ex)).not.toContain('hunter2');
    expect(JSON.stringify(ex)).not.toContain('Y2xpZW50OnNlY3JldA');
  });

  it('recognises exchanges but not a lone Authorization line or prose', () => {
    expect(looksLikeHttp(http11Crlf(T))).toBe(true);
    expect(looksLikeHttp(chromeHttp2Headers(T))).toBe(true);
    expect(looksLikeHttp(`Authorization: Bearer ${T}`)).toBe(false);
    expect(looksLikeHttp('Note: this is a sentence.\nAnother: line')).toBe(false);
  });
});
